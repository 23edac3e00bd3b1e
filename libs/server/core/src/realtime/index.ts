export * from './origin';
export * from './haven-io.adapter';
export * from './socket-auth';
