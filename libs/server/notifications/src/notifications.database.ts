import { NotificationSettings1796159392412 } from './migrations/1796159392412-notification-settings';
import { NotificationsInit1796157561448 } from './migrations/1796157561448-notifications-init';
import { WebPush1796700000002 } from './migrations/1796700000002-web-push';
import { PushSubscriptionEntity } from './push-subscription.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationSettingsEntity } from './notification-settings.entity';
import { NotificationEntity } from './notification.entity';
import { CategoryWatchEntity, PostWatchEntity } from './watch.entity';

export const notificationsEntities = [
  NotificationEntity,
  NotificationPreferenceEntity,
  PostWatchEntity,
  CategoryWatchEntity,
  NotificationSettingsEntity,
  PushSubscriptionEntity,
];
export const notificationsMigrations = [
  NotificationsInit1796157561448,
  NotificationSettings1796159392412,
  WebPush1796700000002,
];
