import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ForumModule } from '@haven/server/forum';
import { BlockListService } from './block-list.service';
import { ContentNotifier } from './content-notifier.service';
import { MentionResolver } from './mention.resolver';
import { NotificationDelivery } from './notification-delivery.service';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationSettingsEntity } from './notification-settings.entity';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationWriter } from './notification-writer.service';
import { NotificationEntity } from './notification.entity';
import { NotificationsGateway } from './notifications.gateway';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PreferencesService } from './preferences.service';
import { SubjectVisibility } from './subject-visibility.service';
import { CategoryWatchLoader, PostWatchLoader } from './watch-level.loader';
import { CategoryWatchResolver, PostWatchResolver } from './watch.resolver';
import { CategoryWatchEntity, PostWatchEntity } from './watch.entity';
import { WatchesService } from './watches.service';
import { PushSubscriptionEntity } from './push-subscription.entity';
import { PushResolver } from './push.resolver';
import { PushService } from './push.service';

/** Notifications: the list, preferences, watching and muting, mentions, and live delivery at /notifications. */
@Module({
  imports: [
    ForumModule,
    TypeOrmModule.forFeature([
      NotificationEntity,
      NotificationPreferenceEntity,
      PostWatchEntity,
      CategoryWatchEntity,
      NotificationSettingsEntity,
      PushSubscriptionEntity,
    ]),
  ],
  providers: [
    BlockListService,
    NotificationsService,
    SubjectVisibility,
    PreferencesService,
    WatchesService,
    NotificationWriter,
    NotificationDelivery,
    NotificationMailer,
    NotificationSettingsService,
    NotificationSettingsResolver,
    NotificationsGateway,
    ContentNotifier,
    PostWatchLoader,
    CategoryWatchLoader,
    NotificationsResolver,
    PostWatchResolver,
    CategoryWatchResolver,
    MentionResolver,
    PushService,
    PushResolver,
  ],
  exports: [BlockListService, NotificationsService],
})
export class NotificationsModule {}
