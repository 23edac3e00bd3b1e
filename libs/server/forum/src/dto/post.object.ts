import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContentStatus, ContentWarning, type ReactionKind } from '@haven/shared/contracts';
import { PageInfoObject, SearchSnippetObject } from '@haven/server/core';
import type { UserObject } from '@haven/server/identity';
import { SafetyCheckObject } from '@haven/server/safety';
import type { CategoryObject } from './category.object';

/**
 * What the statement that read a post already loaded for its fields (a feed page, `feedPage`): the
 * fields answer from it at once, without their loaders. Null where that statement found nothing, or
 * for a visitor (viewer fields); the field then asks its loader, as for any other post.
 */
export interface PostPreloads {
  author: UserObject | null;
  category: CategoryObject | null;
  reactionCounts: ReadonlyMap<ReactionKind, number>;
  viewerReactions: ReactionKind[] | null;
  authorBlocked: boolean | null;
}

@ObjectType('Post')
export class PostObject {
  @Field(() => ID)
  id: string;

  @Field(() => SearchSnippetObject, {
    nullable: true,
    description: 'In search results only: where the words matched, highlighted.',
  })
  searchSnippet?: SearchSnippetObject | null;

  categoryId: string;
  authorId: string;
  /** Not in the schema: see `PostPreloads`. */
  preloaded?: PostPreloads;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field()
  bodyHtml: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => [ContentWarning])
  contentWarnings: ContentWarning[];

  @Field(() => ContentStatus)
  status: ContentStatus;

  @Field(() => Int, { description: 'Published comments that are not deleted.' })
  commentCount: number;

  @Field({ description: 'Pinned by a moderator: first in its category.' })
  pinned: boolean;

  @Field({ description: 'Locked by a moderator: no new comments.' })
  locked: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The moderator's note on a locked post; null when unlocked.",
  })
  lockNote: string | null;

  @Field({
    description:
      'The author was shown crisis resources when posting: readers are shown how to respond safely (#chatsafe).',
  })
  authorShownCrisisResources: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field()
  lastActivityAt: Date;

  @Field({ description: 'The author deleted the post; it shows as "[deleted]" and its comments stay.' })
  deleted: boolean;
}

@ObjectType('PostConnection')
export class PostConnectionObject {
  @Field(() => [PostObject])
  nodes: PostObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}

@ObjectType('PostPayload')
export class PostPayloadObject {
  @Field(() => PostObject)
  post: PostObject;

  @Field(() => SafetyCheckObject)
  safety: SafetyCheckObject;
}
