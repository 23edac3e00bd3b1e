export * from './jobs.service';
