import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@haven/shared/contracts';
import {
  CurrentActor,
  Loaders,
  Roles,
  isModerator,
  type Actor,
  type RequestLoaders,
} from '@haven/server/core';
import { BlockedAuthorLoader, UserLoader, UserObject, blockedAuthorKey } from '@haven/server/identity';
import {
  ChatMessageConnectionObject,
  ChatMessageObject,
  toChatMessageObject,
} from './dto/chat-message.object';
import { MessageHistoryService } from './message-history.service';
import { MessageModerationService } from './message-moderation.service';

@Resolver(() => ChatMessageObject)
export class MessagesResolver {
  constructor(
    private readonly history: MessageHistoryService,
    private readonly moderation: MessageModerationService,
    private readonly userLoader: UserLoader,
    private readonly blockedAuthors: BlockedAuthorLoader,
  ) {}

  @Query(() => ChatMessageConnectionObject, {
    description:
      'Newest messages first in time order: a page holds the `last` messages before `before` (or the newest), oldest first. pageInfo.endCursor marks the oldest message of the page and hasNextPage says whether older ones exist; pass endCursor as `before` for the older page.',
  })
  async chatMessages(
    @CurrentActor() actor: Actor,
    @Args('roomId', { type: () => ID }) roomId: string,
    @Args('last', { type: () => Int, nullable: true, defaultValue: 50 }) last: number | null,
    @Args('before', { type: () => String, nullable: true }) before: string | null,
  ): Promise<ChatMessageConnectionObject> {
    const page = await this.history.page(actor, roomId, last, before);
    return { nodes: page.nodes.map(toChatMessageObject), pageInfo: page.pageInfo };
  }

  @ResolveField(() => UserObject)
  async author(
    @Parent() message: ChatMessageObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<UserObject> {
    const author = await loaders.get(this.userLoader).load(message.authorId);
    if (!author) throw new Error(`The author of chat message ${message.id} is missing`);
    return author;
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ChatMessageObject, {
    description: 'Moderators: remove a chat message; connected clients receive message:removed.',
  })
  async removeChatMessage(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ChatMessageObject> {
    return toChatMessageObject(await this.moderation.removeByModerator(actor.id, id));
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Moderators only (null for everyone else): the safety check found crisis language in the message.',
  })
  crisisDetected(@Parent() message: ChatMessageObject, @CurrentActor() actor: Actor | null): boolean | null {
    return actor && isModerator(actor) ? message.crisis : null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you have blocked the author: the web collapses it. Always false for its author and visitors.',
  })
  authorBlocked(
    @Parent() message: ChatMessageObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> | boolean {
    if (!actor) return false;
    return loaders.get(this.blockedAuthors).load(blockedAuthorKey(actor.id, message.authorId));
  }
}
