export * from './notifications.module';
export { BlockListService } from './block-list.service';
export { NotificationsService } from './notifications.service';
export { summarize, emailSubject } from './notification.rules';
export { notificationsEntities, notificationsMigrations } from './notifications.database';
