import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ContentKind, Role } from '@haven/shared/contracts';
import { CurrentActor, Roles, type Actor } from '@haven/server/core';
import { CaseActionsService } from './case-actions.service';
import { DirectModerationService } from './direct-moderation.service';
import {
  ModerationCaseConnectionObject,
  ModerationCaseObject,
  toCaseObject,
} from './dto/moderation-case.object';
import { ModerationLogConnectionObject, toLogEntryObject } from './dto/moderation-log-entry.object';
import { ModerateContentInput, ModerationQueueFilter, ResolveCaseInput } from './dto/moderation.inputs';
import { ModerationQueueService } from './moderation-queue.service';

/** The moderators' queue, cases, actions and log. */
@Roles(Role.MODERATOR)
@Resolver(() => ModerationCaseObject)
export class ModerationResolver {
  constructor(
    private readonly queue: ModerationQueueService,
    private readonly actions: CaseActionsService,
    private readonly direct: DirectModerationService,
  ) {}

  @Query(() => ModerationCaseConnectionObject, {
    description: 'Open cases unless a status is given: URGENT first, then the longest-waiting.',
  })
  async moderationQueue(
    @Args('filter', { type: () => ModerationQueueFilter, nullable: true })
    filter: ModerationQueueFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ModerationCaseConnectionObject> {
    const page = await this.queue.queue(filter, first, after);
    return { nodes: page.nodes.map(toCaseObject), pageInfo: page.pageInfo };
  }

  @Query(() => ModerationCaseObject, { nullable: true })
  async moderationCase(@Args('id', { type: () => ID }) id: string): Promise<ModerationCaseObject | null> {
    const found = await this.queue.findCase(id);
    return found ? toCaseObject(found) : null;
  }

  @Query(() => ModerationCaseConnectionObject, {
    description: "Moderators: every case about a member's content or account, newest first.",
  })
  async memberCaseHistory(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ModerationCaseConnectionObject> {
    const page = await this.queue.memberHistory(userId, first, after);
    return { nodes: page.nodes.map(toCaseObject), pageInfo: page.pageInfo };
  }

  @Query(() => ModerationLogConnectionObject, { description: 'Every moderation action, newest first.' })
  async moderationLog(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('targetUserId', { type: () => ID, nullable: true, description: 'Only actions about this member.' })
    targetUserId: string | null,
  ): Promise<ModerationLogConnectionObject> {
    const page = await this.queue.logPage(first, after, targetUserId);
    return { nodes: page.nodes.map(toLogEntryObject), pageInfo: page.pageInfo };
  }

  @Mutation(() => ModerationCaseObject)
  async claimCase(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toCaseObject(await this.actions.claim(actor, id));
  }

  @Mutation(() => ModerationCaseObject)
  async resolveCase(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ResolveCaseInput }) input: ResolveCaseInput,
  ): Promise<ModerationCaseObject> {
    return toCaseObject(await this.actions.resolve(actor, id, input));
  }

  @Mutation(() => ModerationCaseObject, {
    description:
      'Acts on a post outside the queue: opens (or joins) its case and resolves it, logged and noticed.',
  })
  async moderatePost(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ModerateContentInput }) input: ModerateContentInput,
  ): Promise<ModerationCaseObject> {
    return toCaseObject(await this.direct.moderate(actor, ContentKind.POST, id, input));
  }

  @Mutation(() => ModerationCaseObject, {
    description:
      'Acts on a comment outside the queue: opens (or joins) its case and resolves it, logged and noticed.',
  })
  async moderateComment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ModerateContentInput }) input: ModerateContentInput,
  ): Promise<ModerationCaseObject> {
    return toCaseObject(await this.direct.moderate(actor, ContentKind.COMMENT, id, input));
  }
}
