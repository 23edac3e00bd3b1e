export * from './account-events';
export * from './content-events';
export * from './moderated-content.registry';
export * from './moderation-history';
export * from './moderation-recorder';
export * from './notification-events';
export * from './mail-events';
export * from './session-events';
