import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRestricted, CurrentActor, type Actor } from '@haven/server/core';
import {
  MoodEntryInput,
  MoodEntryPayloadObject,
  TrackerObject,
  TrackerSessionInput,
  TrackerSessionObject,
} from './dto/tracker.objects';
import { TrackerService } from './tracker.service';

const REGION = {
  type: () => String,
  nullable: true,
  description: 'Region code for the crisis resources, e.g. US or GB.',
} as const;

/** The private tracker: every field is the signed-in member's own; no argument names another member. */
@Resolver(() => TrackerObject)
export class TrackerResolver {
  constructor(private readonly tracker: TrackerService) {}

  @Query(() => TrackerObject, { description: "The viewer's own log; nobody else can read it." })
  myTracker(@CurrentActor() actor: Actor): Promise<TrackerObject> {
    return this.tracker.mine(actor.id);
  }

  /** A private log is the member's own: suspension does not stop them keeping it. */
  @AllowRestricted()
  @Mutation(() => TrackerSessionObject)
  logTrackerSession(
    @CurrentActor() actor: Actor,
    @Args('input') input: TrackerSessionInput,
  ): Promise<TrackerSessionObject> {
    return this.tracker.logSession(actor, input);
  }

  @AllowRestricted()
  @Mutation(() => Boolean)
  deleteTrackerSession(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.tracker.deleteSession(actor, id);
  }

  @AllowRestricted()
  @Mutation(() => MoodEntryPayloadObject)
  logMood(
    @CurrentActor() actor: Actor,
    @Args('input') input: MoodEntryInput,
    @Args('region', REGION) region: string | null,
  ): Promise<MoodEntryPayloadObject> {
    return this.tracker.logMood(actor, input, region);
  }

  @AllowRestricted()
  @Mutation(() => Boolean)
  deleteMoodEntry(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.tracker.deleteMood(actor, id);
  }

  @AllowRestricted()
  @Mutation(() => TrackerObject, {
    description: 'Whether a severe mood entry sends moderators a "check in with me" notice.',
  })
  setTrackerCheckInConsent(
    @CurrentActor() actor: Actor,
    @Args('enabled') enabled: boolean,
  ): Promise<TrackerObject> {
    return this.tracker.setCheckInConsent(actor, enabled);
  }
}
