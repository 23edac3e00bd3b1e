import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReactableKind, ReactionKind } from '@haven/shared/contracts';
import {
  CurrentActor,
  Loaders,
  NotFoundError,
  Public,
  type Actor,
  type RequestLoaders,
} from '@haven/server/core';
import { BlockedAuthorLoader, UserLoader, UserObject, blockedAuthorKey } from '@haven/server/identity';
import { CommentsService } from './comments.service';
import { CommentObject, CommentPayloadObject } from './dto/comment.object';
import { CreateCommentInput } from './dto/post.inputs';
import { PostObject } from './dto/post.object';
import { ReactionCountObject, toReactionCounts } from './dto/reaction-count.object';
import { toCommentObject, toPostObject } from './forum.rows';
import { PostLoader } from './post.loader';
import { ReactionCountsLoader, ViewerReactionsLoader, reactionTargetKey } from './reaction-counts.loader';

@Resolver(() => CommentObject)
export class CommentResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly users: UserLoader,
    private readonly postLoader: PostLoader,
    private readonly reactionCounts: ReactionCountsLoader,
    private readonly viewerReactionsLoader: ViewerReactionsLoader,
    private readonly blockedAuthors: BlockedAuthorLoader,
  ) {}

  @Mutation(() => CommentPayloadObject)
  async createComment(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateCommentInput,
  ): Promise<CommentPayloadObject> {
    const { row, safety } = await this.comments.create(actor, input);
    return { comment: toCommentObject(row), safety };
  }

  @Mutation(() => CommentPayloadObject, { description: 'Replies to a comment, one level deep.' })
  async replyToComment(
    @CurrentActor() actor: Actor,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('body') body: string,
  ): Promise<CommentPayloadObject> {
    const { row, safety } = await this.comments.reply(actor, commentId, body);
    return { comment: toCommentObject(row), safety };
  }

  @Mutation(() => CommentPayloadObject)
  async updateComment(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<CommentPayloadObject> {
    const { row, safety } = await this.comments.update(actor, id, body);
    return { comment: toCommentObject(row), safety };
  }

  @Mutation(() => Boolean)
  deleteComment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.comments.delete(actor, id);
  }

  @Public()
  @ResolveField(() => PostObject)
  async post(@Parent() comment: CommentObject, @Loaders() loaders: RequestLoaders): Promise<PostObject> {
    const row = await loaders.get(this.postLoader).load(comment.postId);
    if (!row) throw new NotFoundError('That post');
    return toPostObject(row);
  }

  @Public()
  @ResolveField(() => UserObject)
  async author(@Parent() comment: CommentObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const author = await loaders.get(this.users).load(comment.authorId);
    if (!author) throw new NotFoundError('That member');
    return author;
  }

  @Public()
  @ResolveField(() => [ReactionCountObject])
  async reactions(
    @Parent() comment: CommentObject,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReactionCountObject[]> {
    const key = reactionTargetKey(ReactableKind.COMMENT, comment.id);
    return toReactionCounts(await loaders.get(this.reactionCounts).load(key));
  }

  @Public()
  @ResolveField(() => [ReactionKind])
  async viewerReactions(
    @Parent() comment: CommentObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReactionKind[]> {
    if (!actor) return [];
    const key = `${actor.id}|${reactionTargetKey(ReactableKind.COMMENT, comment.id)}`;
    return loaders.get(this.viewerReactionsLoader).load(key);
  }

  @Public()
  @ResolveField(() => Boolean, {
    description:
      'Whether you have blocked the author: the web collapses it. Always false for its author and visitors.',
  })
  authorBlocked(
    @Parent() comment: CommentObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> | boolean {
    if (!actor) return false;
    return loaders.get(this.blockedAuthors).load(blockedAuthorKey(actor.id, comment.authorId));
  }
}
