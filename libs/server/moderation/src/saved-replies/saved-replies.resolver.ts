import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import { Roles } from '@haven/server/core';
import { SavedRepliesService } from './saved-replies.service';
import { SavedReplyInput, SavedReplyObject, toSavedReplyObject } from './saved-reply.object';

/** Saved replies: moderators read them; administrators create, edit and delete them. */
@Roles(Role.MODERATOR)
@Resolver(() => SavedReplyObject)
export class SavedRepliesResolver {
  constructor(private readonly replies: SavedRepliesService) {}

  @Query(() => [SavedReplyObject], { description: 'Moderators: the saved replies, by title.' })
  async savedReplies(): Promise<SavedReplyObject[]> {
    return (await this.replies.list()).map(toSavedReplyObject);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SavedReplyObject, { description: 'Admins: adds a saved reply (at most 200).' })
  async createSavedReply(
    @Args('input', { type: () => SavedReplyInput }) input: SavedReplyInput,
  ): Promise<SavedReplyObject> {
    return toSavedReplyObject(await this.replies.create(input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => SavedReplyObject, { description: 'Admins: changes a saved reply.' })
  async updateSavedReply(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => SavedReplyInput }) input: SavedReplyInput,
  ): Promise<SavedReplyObject> {
    return toSavedReplyObject(await this.replies.update(id, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins: deletes a saved reply.' })
  deleteSavedReply(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.replies.delete(id);
  }
}
