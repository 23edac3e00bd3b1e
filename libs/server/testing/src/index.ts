export * from './graphql-client';
export * from './test-config';
export * from './test-database';
export * from './test-app';
export * from './members';
export * from './test-smtp';
export * from './test-clock';
