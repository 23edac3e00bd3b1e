import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CurrentActor,
  Loaders,
  NotFoundError,
  Public,
  isModerator,
  type Actor,
  type RequestLoaders,
} from '@haven/server/core';
import { UserLoader, UserObject } from '@haven/server/identity';
import { CommentObject } from './dto/comment.object';
import { PostObject } from './dto/post.object';
import { RevisionObject } from './dto/revision.object';
import { CommentRevisionsLoader, PostRevisionsLoader } from './revisions.loader';

const REVISIONS_DESCRIPTION =
  'What it said before each edit, oldest first. The author and moderators only; empty for others.';

/** Whether the reader may see the edit history of content by `authorId`. */
function mayReadHistory(actor: Actor | null, authorId: string): actor is Actor {
  return !!actor && (actor.id === authorId || isModerator(actor));
}

@Resolver(() => PostObject)
export class PostRevisionsResolver {
  constructor(private readonly history: PostRevisionsLoader) {}

  @Public()
  @ResolveField(() => [RevisionObject], { description: REVISIONS_DESCRIPTION })
  async revisions(
    @Parent() post: PostObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<RevisionObject[]> {
    if (!mayReadHistory(actor, post.authorId)) return [];
    return loaders.get(this.history).load(post.id);
  }
}

@Resolver(() => CommentObject)
export class CommentRevisionsResolver {
  constructor(private readonly history: CommentRevisionsLoader) {}

  @Public()
  @ResolveField(() => [RevisionObject], { description: REVISIONS_DESCRIPTION })
  async revisions(
    @Parent() comment: CommentObject,
    @CurrentActor() actor: Actor | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<RevisionObject[]> {
    if (!mayReadHistory(actor, comment.authorId)) return [];
    return loaders.get(this.history).load(comment.id);
  }
}

@Resolver(() => RevisionObject)
export class RevisionFieldsResolver {
  constructor(private readonly users: UserLoader) {}

  @Public()
  @ResolveField(() => UserObject, { description: 'Who made the edit.' })
  async editor(@Parent() revision: RevisionObject, @Loaders() loaders: RequestLoaders): Promise<UserObject> {
    const editor = await loaders.get(this.users).load(revision.editorId);
    if (!editor) throw new NotFoundError('That member');
    return editor;
  }
}
