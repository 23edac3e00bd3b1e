import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AllowRestricted,
  CurrentActor,
  Loaders,
  Public,
  type Actor,
  type RequestLoaders,
} from '@haven/server/core';
import { UserObject } from '../dto/user.object';
import { BlockedAuthorLoader, blockedAuthorKey } from './blocked-author.loader';
import { BlocksService } from './blocks.service';

/**
 * Blocking, for the blocker only. A suspended member may still block and unblock: protecting
 * oneself is never taken away.
 */
@Resolver(() => UserObject)
export class BlocksResolver {
  constructor(
    private readonly blocks: BlocksService,
    private readonly blockedAuthors: BlockedAuthorLoader,
  ) {}

  @AllowRestricted()
  @Mutation(() => Boolean, {
    description:
      'Blocks a member: their content is collapsed for you, they cannot reply to you, and nothing between you notifies. They are not told. Blocking someone already blocked succeeds.',
  })
  blockUser(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.blocks.block(actor, userId);
  }

  @AllowRestricted()
  @Mutation(() => Boolean, { description: 'Lifts a block; lifting one that is not there succeeds.' })
  unblockUser(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.blocks.unblock(actor, userId);
  }

  @Query(() => [UserObject], { description: 'The members you have blocked, most recent first.' })
  blockedUsers(@CurrentActor() actor: Actor): Promise<UserObject[]> {
    return this.blocks.blockedBy(actor.id);
  }

  @Public()
  @ResolveField(() => Boolean, {
    description: 'Whether you have blocked this member; false for visitors. Says nothing of blocks of you.',
  })
  async blockedByViewer(
    @Parent() user: UserObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> {
    if (!actor || actor.id === user.id) return false;
    return loaders.get(this.blockedAuthors).load(blockedAuthorKey(actor.id, user.id));
  }
}
