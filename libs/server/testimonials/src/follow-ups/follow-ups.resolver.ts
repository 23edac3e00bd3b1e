import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TestimonialStatus } from '@haven/shared/contracts';
import {
  AllowRestricted,
  Clock,
  CurrentActor,
  Loaders,
  renderMarkdown,
  type Actor,
  type RequestLoaders,
} from '@haven/server/core';
import { TestimonialObject } from '../dto/testimonial.object';
import { isAuthorOrModerator } from '../testimonial.visibility';
import { CheckInsLoader } from './check-ins.loader';
import { CheckInInput, CheckInObject, CheckInPayloadObject } from './dto/check-in.objects';
import { FollowUpScheduler } from './follow-up-scheduler';
import { FollowUpsService } from './follow-ups.service';

const REGION = {
  type: () => String,
  nullable: true,
  description: 'Region code for the crisis resources in the safety check, e.g. US or GB.',
} as const;

/** Follow-ups: opting in and out, check-ins, and the timeline on the testimonial. */
@Resolver(() => TestimonialObject)
export class FollowUpsResolver {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly scheduler: FollowUpScheduler,
    private readonly checkInsLoader: CheckInsLoader,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => TestimonialObject, {
    description: 'The author turns follow-ups on (with the first session date if not given before) or off.',
  })
  setTestimonialFollowUps(
    @CurrentActor() actor: Actor,
    @Args('testimonialId', { type: () => ID }) testimonialId: string,
    @Args('enabled') enabled: boolean,
    @Args('firstSessionDate', { type: () => Date, nullable: true }) firstSessionDate: Date | null,
  ): Promise<TestimonialObject> {
    return this.followUps.setFollowUps(actor, testimonialId, enabled, firstSessionDate);
  }

  @Mutation(() => CheckInPayloadObject, { description: 'Answers the follow-up point open now.' })
  submitCheckIn(
    @CurrentActor() actor: Actor,
    @Args('testimonialId', { type: () => ID }) testimonialId: string,
    @Args('input') input: CheckInInput,
    @Args('region', REGION) region: string | null,
  ): Promise<CheckInPayloadObject> {
    return this.followUps.submitCheckIn(actor, testimonialId, input, region);
  }

  /** Suspended members may still take their own words down. */
  @AllowRestricted()
  @Mutation(() => CheckInObject)
  withdrawCheckIn(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CheckInObject> {
    return this.followUps.withdrawCheckIn(actor, id);
  }

  @ResolveField(() => [CheckInObject], {
    description:
      'The timeline: PUBLISHED check-ins for everyone; the author and moderators also see those waiting for review or rejected.',
  })
  async checkIns(
    @Parent() testimonial: TestimonialObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CheckInObject[]> {
    const all = await loaders.get(this.checkInsLoader).load(testimonial.id);
    return isAuthorOrModerator(testimonial, actor)
      ? all
      : all.filter((c) => c.status === TestimonialStatus.PUBLISHED);
  }

  @ResolveField(() => Date, { nullable: true, description: 'The next check-in due, for the author only.' })
  async nextCheckInDue(
    @Parent() testimonial: TestimonialObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Date | null> {
    if (!actor || actor.id !== testimonial.authorId || !testimonial.followUpsEnabled) return null;
    const all = await loaders.get(this.checkInsLoader).load(testimonial.id);
    return this.scheduler.nextDue(
      { ...testimonial, firstSessionDate: testimonial.firstSessionDate },
      all.map((c) => c.monthsAfter),
      this.clock.now(),
    );
  }
}

/** The note of a check-in rendered from Markdown and sanitised. */
@Resolver(() => CheckInObject)
export class CheckInFieldsResolver {
  @ResolveField(() => String, { nullable: true })
  noteHtml(@Parent() checkIn: CheckInObject): string | null {
    return checkIn.note ? renderMarkdown(checkIn.note) : null;
  }
}
