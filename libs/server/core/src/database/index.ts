export * from './database.module';
export * from './migrate';
export * from './embedded-postgres';
export * from './decision-transaction';
export * from './database-unavailable';
export * from './embedded-postgres-root';
export * from './embedded-postgres-cluster';
export * from './prepared-query';
