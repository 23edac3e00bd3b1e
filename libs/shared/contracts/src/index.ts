export * from './enums';
export * from './limits';
export * from './realtime';
export * from './notifications';
export * from './web-pages';
