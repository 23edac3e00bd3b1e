import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReactableKind, ReactionKind } from '@haven/shared/contracts';
import {
  CurrentActor,
  Loaders,
  NotFoundError,
  Public,
  actorOf,
  pageSize,
  type Actor,
  type GraphqlContext,
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

/** The fields of a post that load something: each through a per-request DataLoader unless preloaded. */
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

  // The fields a feed asks for on every post take graphql-js's own arguments (the post, the field's
  // arguments, the request's context) and no parameter decorators: Nest then hands graphql-js the bare
  // method instead of wrapping each call in an execution context and parameter pipes. Field resolvers
  // run no guards (`fieldResolverEnhancers` is off); the query that returned the post authorised it.
  // A post read with its fields' data (`PostPreloads`, a feed page) answers them from it, without a
  // promise; any other post, or data its statement did not find, goes through the loaders.

  @ResolveField(() => String, { description: 'The start of the body as plain text, for lists.' })
  excerpt(post: PostObject): string {
    return plainExcerpt(post.body);
  }

  @ResolveField(() => CategoryObject)
  category(
    post: PostObject,
    _args: unknown,
    context: GraphqlContext,
  ): CategoryObject | Promise<CategoryObject> {
    return post.preloaded?.category ?? this.loadCategory(post, context);
  }

  @ResolveField(() => UserObject)
  author(post: PostObject, _args: unknown, context: GraphqlContext): UserObject | Promise<UserObject> {
    return post.preloaded?.author ?? this.loadAuthor(post, context);
  }

  @ResolveField(() => [ReactionCountObject])
  reactions(
    post: PostObject,
    _args: unknown,
    context: GraphqlContext,
  ): ReactionCountObject[] | Promise<ReactionCountObject[]> {
    if (post.preloaded) return toReactionCounts(post.preloaded.reactionCounts);
    return context.loaders
      .get(this.reactionCounts)
      .load(reactionTargetKey(ReactableKind.POST, post.id))
      .then(toReactionCounts);
  }

  @ResolveField(() => [ReactionKind])
  viewerReactions(
    post: PostObject,
    _args: unknown,
    context: GraphqlContext,
  ): ReactionKind[] | Promise<ReactionKind[]> {
    const actor = actorOf(context);
    if (!actor) return [];
    return (
      post.preloaded?.viewerReactions ??
      context.loaders
        .get(this.viewerReactionsLoader)
        .load(`${actor.id}|${reactionTargetKey(ReactableKind.POST, post.id)}`)
    );
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

  @ResolveField(() => Boolean, {
    description:
      'Whether you have blocked the author: the web collapses it. Always false for its author and visitors.',
  })
  authorBlocked(post: PostObject, _args: unknown, context: GraphqlContext): Promise<boolean> | boolean {
    const actor = actorOf(context);
    if (!actor) return false;
    return (
      post.preloaded?.authorBlocked ??
      context.loaders.get(this.blockedAuthors).load(blockedAuthorKey(actor.id, post.authorId))
    );
  }

  private async loadCategory(post: PostObject, context: GraphqlContext): Promise<CategoryObject> {
    const category = await context.loaders.get(this.categories).load(post.categoryId);
    if (!category) throw new NotFoundError('That category');
    return category;
  }

  private async loadAuthor(post: PostObject, context: GraphqlContext): Promise<UserObject> {
    const author = await context.loaders.get(this.users).load(post.authorId);
    if (!author) throw new NotFoundError('That member');
    return author;
  }
}
