import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRestricted, CurrentActor, Loaders, type Actor, type RequestLoaders } from '@haven/server/core';
import { UserLoader, UserObject } from '@haven/server/identity';
import {
  NotificationConnectionObject,
  NotificationObject,
  NotificationPreferenceObject,
} from './dto/notification.object';
import { NotificationDelivery, NotificationKind } from './dto/notification.enums';
import { NotificationDelivery as LiveDelivery } from './notification-delivery.service';
import { toNotificationObject } from './notification.rows';
import { summarize } from './notification.rules';
import { NotificationsService } from './notifications.service';
import { PreferencesService } from './preferences.service';

/** The signed-in member's notifications and preferences. */
@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly preferences: PreferencesService,
    private readonly live: LiveDelivery,
    private readonly users: UserLoader,
  ) {}

  @Query(() => NotificationConnectionObject)
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NotificationConnectionObject> {
    const page = await this.service.page(actor.id, { unreadOnly, first, after });
    return {
      nodes: page.nodes.map(toNotificationObject),
      pageInfo: page.pageInfo,
      unreadCount: page.unreadCount,
    };
  }

  @Query(() => [NotificationPreferenceObject])
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceObject[]> {
    return this.preferences.list(actor.id);
  }

  @AllowRestricted()
  @Mutation(() => Int, {
    description:
      'Marks the given notifications read, or all of them when ids is omitted. Returns the new unread count.',
  })
  async markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    const unread = await this.service.markRead(actor.id, ids);
    this.live.countChanged(actor.id, unread);
    return unread;
  }

  @AllowRestricted()
  @Mutation(() => [NotificationPreferenceObject])
  setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('delivery', { type: () => NotificationDelivery }) delivery: NotificationDelivery,
  ): Promise<NotificationPreferenceObject[]> {
    return this.preferences.set(actor.id, kind, delivery);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async actor(
    @Parent() notification: NotificationObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<UserObject | null> {
    return notification.actorId ? loaders.get(this.users).load(notification.actorId) : null;
  }

  @ResolveField(() => String)
  async summary(
    @Parent() notification: NotificationObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string> {
    const actor = notification.actorId ? await loaders.get(this.users).load(notification.actorId) : null;
    return summarize({
      kind: notification.kind,
      actorHandle: actor?.handle ?? null,
      count: notification.count,
      subjectKind: notification.subjectKind,
      data: notification.data,
    });
  }
}
