export * from './rate-limiter.service';
