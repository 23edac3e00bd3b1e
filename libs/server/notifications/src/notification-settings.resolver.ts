import { Args, Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AllowRestricted, CurrentActor, type Actor } from '@haven/server/core';
import { NotificationSettingsService } from './notification-settings.service';

@ObjectType('NotificationSettings')
export class NotificationSettingsObject {
  @Field({ description: 'IANA time zone the daily digest follows (08:00 local time).' })
  timeZone: string;
}

/** The member's time zone for the daily digest. */
@Resolver(() => NotificationSettingsObject)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Query(() => NotificationSettingsObject)
  async notificationSettings(@CurrentActor() actor: Actor): Promise<NotificationSettingsObject> {
    return { timeZone: await this.settings.timeZone(actor.id) };
  }

  @AllowRestricted()
  @Mutation(() => NotificationSettingsObject, { description: 'Sets the time zone the daily digest follows.' })
  async setTimeZone(
    @CurrentActor() actor: Actor,
    @Args('timeZone') timeZone: string,
  ): Promise<NotificationSettingsObject> {
    return { timeZone: await this.settings.setTimeZone(actor.id, timeZone) };
  }
}
