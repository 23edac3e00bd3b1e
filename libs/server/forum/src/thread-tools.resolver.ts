import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import { CurrentActor, Roles, type Actor } from '@haven/server/core';
import { PostObject } from './dto/post.object';
import { toPostObject } from './forum.rows';
import { ThreadToolsService } from './thread-tools.service';

/** Moderators' thread tools; each change is written to the moderation log. */
@Roles(Role.MODERATOR)
@Resolver(() => PostObject)
export class ThreadToolsResolver {
  constructor(private readonly tools: ThreadToolsService) {}

  @Mutation(() => PostObject, { description: 'Moderators: pins a post first in its category, or unpins it.' })
  async pinPost(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('pinned') pinned: boolean,
  ): Promise<PostObject> {
    return toPostObject(await this.tools.pin(actor, id, pinned));
  }

  @Mutation(() => PostObject, {
    description: 'Moderators: locks a post against new comments, with a note shown on it, or unlocks it.',
  })
  async lockPost(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('locked') locked: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<PostObject> {
    return toPostObject(await this.tools.lock(actor, id, locked, note));
  }

  @Mutation(() => PostObject, { description: 'Moderators: moves a post to another, not archived, category.' })
  async movePost(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('categoryId', { type: () => ID }) categoryId: string,
  ): Promise<PostObject> {
    return toPostObject(await this.tools.move(actor, id, categoryId));
  }
}
