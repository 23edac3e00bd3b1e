import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, type RequestLoaders } from '@haven/server/core';
import { UserLoader, UserObject } from '@haven/server/identity';
import { ConversationLoader } from './conversation.loader';
import { ConversationLineObject, toConversationLineObject } from './dto/conversation-line.object';
import { ModeratedContentObject } from './dto/moderated-content.object';

/** The conversation around a case's content (a chat message's room), and who wrote each line. */
@Resolver(() => ModeratedContentObject)
export class ModeratedContentFieldsResolver {
  constructor(private readonly conversations: ConversationLoader) {}

  @ResolveField(() => [ConversationLineObject], {
    description:
      'For a chat message: the ten messages before and after it in its room, and itself, oldest first; empty for other content.',
  })
  async conversation(
    @Parent() content: ModeratedContentObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ConversationLineObject[]> {
    const lines = await loaders.get(this.conversations).load({ kind: content.kind, id: content.id });
    return lines.map(toConversationLineObject);
  }
}

@Resolver(() => ConversationLineObject)
export class ConversationLineFieldsResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => UserObject, { nullable: true })
  author(@Parent() line: ConversationLineObject, @Loaders() loaders: RequestLoaders) {
    return loaders.get(this.userLoader).load(line.authorId);
  }
}
