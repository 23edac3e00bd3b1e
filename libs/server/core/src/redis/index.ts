export * from './shared-store';
export * from './memory-store';
export * from './redis-store';
export * from './redis.module';
export * from './redis-connection';
