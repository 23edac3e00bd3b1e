import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, NotFoundError, type RequestLoaders } from '@haven/server/core';
import { UserLoader, UserObject } from '@haven/server/identity';
import { ModerationLogEntryObject } from './dto/moderation-log-entry.object';

@Resolver(() => ModerationLogEntryObject)
export class ModerationLogFieldsResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => UserObject)
  async actor(
    @Parent() parent: ModerationLogEntryObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<UserObject> {
    const user = await loaders.get(this.userLoader).load(parent.actorId);
    if (!user) throw new NotFoundError('The moderator of this entry');
    return user;
  }

  @ResolveField(() => UserObject, { nullable: true })
  targetUser(@Parent() parent: ModerationLogEntryObject, @Loaders() loaders: RequestLoaders) {
    return parent.targetUserId ? loaders.get(this.userLoader).load(parent.targetUserId) : null;
  }
}
