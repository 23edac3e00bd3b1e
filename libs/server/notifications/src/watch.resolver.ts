import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Loaders, Public, type Actor, type RequestLoaders } from '@haven/server/core';
import { CategoryObject, PostObject, toCategoryObject, toPostObject } from '@haven/server/forum';
import { WatchLevel } from './dto/notification.enums';
import { CategoryWatchLoader, PostWatchLoader } from './watch-level.loader';
import { WatchesService } from './watches.service';

/** Watching and muting posts and categories, and the viewer's level on each. */
@Resolver(() => PostObject)
export class PostWatchResolver {
  constructor(
    private readonly watches: WatchesService,
    private readonly loader: PostWatchLoader,
  ) {}

  @Mutation(() => PostObject, {
    description: 'WATCHING: every reply; NORMAL: replies to me and mentions; MUTED: nothing from this post.',
  })
  async setPostWatch(
    @CurrentActor() actor: Actor,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('level', { type: () => WatchLevel }) level: WatchLevel,
  ): Promise<PostObject> {
    return toPostObject(await this.watches.setPostWatch(actor, postId, level));
  }

  @Public()
  @ResolveField(() => WatchLevel, { nullable: true, description: 'Null for visitors.' })
  viewerWatch(
    @Parent() post: PostObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<WatchLevel> | null {
    return actor ? loaders.get(this.loader).load(`${actor.id}|${post.id}`) : null;
  }
}

@Resolver(() => CategoryObject)
export class CategoryWatchResolver {
  constructor(
    private readonly watches: WatchesService,
    private readonly loader: CategoryWatchLoader,
  ) {}

  @Mutation(() => CategoryObject)
  async setCategoryWatch(
    @CurrentActor() actor: Actor,
    @Args('categoryId', { type: () => ID }) categoryId: string,
    @Args('level', { type: () => WatchLevel }) level: WatchLevel,
  ): Promise<CategoryObject> {
    return toCategoryObject(await this.watches.setCategoryWatch(actor, categoryId, level));
  }

  @Public()
  @ResolveField(() => WatchLevel, { nullable: true, description: 'Null for visitors.' })
  viewerWatch(
    @Parent() category: CategoryObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<WatchLevel> | null {
    return actor ? loaders.get(this.loader).load(`${actor.id}|${category.id}`) : null;
  }
}
