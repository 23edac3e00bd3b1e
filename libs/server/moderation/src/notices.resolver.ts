import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowRestricted, CurrentActor, type Actor } from '@haven/server/core';
import {
  ModerationNoticeConnectionObject,
  ModerationNoticeObject,
  toNoticeObject,
} from './dto/moderation-notice.object';
import { NoticesService } from './notices.service';

/** A member's notices of moderation actions about their content or account. */
@Resolver(() => ModerationNoticeObject)
export class NoticesResolver {
  constructor(private readonly notices: NoticesService) {}

  @Query(() => ModerationNoticeConnectionObject, {
    description: 'The signed-in member’s moderation notices, newest first.',
  })
  async myNotices(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ModerationNoticeConnectionObject> {
    const page = await this.notices.pageFor(actor.id, first, after);
    return { nodes: page.nodes.map(toNoticeObject), pageInfo: page.pageInfo, unreadCount: page.unreadCount };
  }

  @Query(() => ModerationNoticeObject, {
    nullable: true,
    description:
      'The signed-in member’s latest notice about one piece of their own content (e.g. why a post waits for review).',
  })
  async myNoticeAbout(
    @CurrentActor() actor: Actor,
    @Args('contentId', { type: () => ID }) contentId: string,
  ): Promise<ModerationNoticeObject | null> {
    const row = await this.notices.latestAbout(actor.id, contentId);
    return row ? toNoticeObject(row) : null;
  }

  @AllowRestricted()
  @Mutation(() => Int, { description: 'Marks the given notices (or all) read; returns how many changed.' })
  markNoticesRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
  ): Promise<number> {
    return this.notices.markRead(actor.id, ids);
  }
}
