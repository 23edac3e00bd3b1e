export * from './after-startup';
