export * from './full-text';
