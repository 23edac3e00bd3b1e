export * from './domain-error';
export * from './error-mapper';
export * from './http-error.filter';
