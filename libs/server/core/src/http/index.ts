export * from './health.controller';
export * from './metrics';
export * from './general-rate-limit.middleware';
export * from './configure-app';
export * from './visitor-response-cache';
