import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import { CurrentActor, Roles, isModerator, type Actor } from '@haven/server/core';
import { ViewerObject } from '@haven/server/identity';
import { CaseAgeBandObject, UrgentResponseStatsObject } from './escalation.objects';
import { OnCallService } from './on-call.service';
import { ResponseStatsService } from './response-stats.service';

/** On-call moderators and the dashboard figures of the moderation page. */
@Resolver(() => ViewerObject)
export class EscalationResolver {
  constructor(
    private readonly onCallService: OnCallService,
    private readonly stats: ResponseStatsService,
  ) {}

  @Roles(Role.MODERATOR)
  @Mutation(() => Boolean, {
    description:
      'Moderators: whether you are on call. URGENT cases left unclaimed page those on call, or every moderator when nobody is.',
  })
  setOnCall(@CurrentActor() actor: Actor, @Args('onCall', { type: () => Boolean }) onCall: boolean) {
    return this.onCallService.setOnCall(actor, onCall);
  }

  @Roles(Role.MODERATOR)
  @Query(() => UrgentResponseStatsObject, {
    description: 'Moderators: response to URGENT cases over the last `days` days.',
  })
  urgentResponseStats(
    @Args('days', { type: () => Int, nullable: true, defaultValue: 7 }) days: number,
  ): Promise<UrgentResponseStatsObject> {
    return this.stats.urgentResponse(days);
  }

  @Roles(Role.MODERATOR)
  @Query(() => [CaseAgeBandObject], {
    description: 'Moderators: the open cases by how long they have waited.',
  })
  openCasesByAge(): Promise<CaseAgeBandObject[]> {
    return this.stats.openCasesByAge();
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Moderators and admins: whether they are on call; null for everyone else.',
  })
  async onCall(@Parent() viewer: ViewerObject, @CurrentActor() actor: Actor | null): Promise<boolean | null> {
    if (!actor || actor.id !== viewer.user.id || !isModerator(actor)) return null;
    return this.onCallService.isOnCall(actor.id);
  }
}
