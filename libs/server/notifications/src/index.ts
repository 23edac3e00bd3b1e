export * from './notifications.module';
export { BlockListService } from './block-list.service';
export { NotificationsService } from './notifications.service';
export { summarize, emailSubject, digestLines } from './notification.rules';
export { NotificationMailer, DIGEST_HOUR } from './notification-mailer.service';
export { notificationsEntities, notificationsMigrations } from './notifications.database';
