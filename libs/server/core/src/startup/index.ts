export * from './warm-ups';
