import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReactableKind, ReactionKind } from '@haven/shared/contracts';
import {
  CurrentActor,
  Loaders,
  NotFoundError,
  Public,
  pageSize,
  type Actor,
  type RequestLoaders,
} from '@haven/server/core';
import { BlockedAuthorLoader, UserLoader, UserObject, blockedAuthorKey } from '@haven/server/identity';
import { CategoryLoader } from './category.loader';
import { CommentsPageLoader } from './comments-page.loader';
import { CategoryObject } from './dto/category.object';
import { CommentConnectionObject } from './dto/comment.object';
import { PostObject } from './dto/post.object';
import { ReactionCountObject, toReactionCounts } from './dto/reaction-count.object';
import { toCommentObject } from './forum.rows';
import { plainExcerpt } from './forum.rules';
import { ReactionCountsLoader, ViewerReactionsLoader, reactionTargetKey } from './reaction-counts.loader';

/** The fields of a post that load something: each through a per-request DataLoader. */
@Resolver(() => PostObject)
export class PostFieldsResolver {
  constructor(
    private readonly users: UserLoader,
    private readonly categories: CategoryLoader,
    private readonly reactionCounts: ReactionCountsLoader,
    private readonly viewerReactionsLoader: ViewerReactionsLoader,
    private readonly commentPages: CommentsPageLoader,
    private readonly blockedAuthors: BlockedAuthorLoader,
  ) {}

  @Public()
  @ResolveField(() => String, { description: 'The start of the body as plain text, for lists.' })
  excerpt(@Parent() post: PostObject): string {
    return plainExcerpt(post.body);
  }

  @Public()
  @ResolveField(() => CategoryObject)
  async category(@Parent() post: PostObject, @Loaders() loaders: RequestLoaders): Promise<CategoryObject> {
    const category = await loaders.get(this.categories).load(post.categoryId);
    if (!category) throw new NotFoundError('That category');
    return category;
  }

  @Public()
  @ResolveField(() => UserObject)
  async author(@Parent() post: PostObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const author = await loaders.get(this.users).load(post.authorId);
    if (!author) throw new NotFoundError('That member');
    return author;
  }

  @Public()
  @ResolveField(() => [ReactionCountObject])
  async reactions(
    @Parent() post: PostObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReactionCountObject[]> {
    return toReactionCounts(
      await loaders.get(this.reactionCounts).load(reactionTargetKey(ReactableKind.POST, post.id)),
    );
  }

  @Public()
  @ResolveField(() => [ReactionKind])
  async viewerReactions(
    @Parent() post: PostObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReactionKind[]> {
    if (!actor) return [];
    return loaders
      .get(this.viewerReactionsLoader)
      .load(`${actor.id}|${reactionTargetKey(ReactableKind.POST, post.id)}`);
  }

  @Public()
  @ResolveField(() => CommentConnectionObject)
  async comments(
    @Parent() post: PostObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CommentConnectionObject> {
    const size = pageSize(first, 50);
    const page = await loaders
      .get(this.commentPages)
      .load({ postId: post.id, first: size, after: after ?? null, actor });
    return { nodes: page.nodes.map(toCommentObject), pageInfo: page.pageInfo };
  }

  @Public()
  @ResolveField(() => Boolean, {
    description:
      'Whether you have blocked the author: the web collapses it. Always false for its author and visitors.',
  })
  authorBlocked(
    @Parent() post: PostObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> | boolean {
    if (!actor) return false;
    return loaders.get(this.blockedAuthors).load(blockedAuthorKey(actor.id, post.authorId));
  }
}
