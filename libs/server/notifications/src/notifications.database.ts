import { NotificationsInit1796157561448 } from './migrations/1796157561448-notifications-init';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity } from './notification.entity';
import { CategoryWatchEntity, PostWatchEntity } from './watch.entity';

export const notificationsEntities = [
  NotificationEntity,
  NotificationPreferenceEntity,
  PostWatchEntity,
  CategoryWatchEntity,
];
export const notificationsMigrations = [NotificationsInit1796157561448];
