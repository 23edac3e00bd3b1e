import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ContentKind, ContentStatus } from '@haven/shared/contracts';
import {
  ModeratedContentRegistry,
  NotFoundError,
  type ContentModerationOutcome,
  type ModeratedContentHandler,
  type ModeratedContentInfo,
} from '@haven/server/core';
import { CommentQueriesService } from './comment-queries.service';
import { CommentsService } from './comments.service';
import { excerptOf } from './forum.rules';
import { PostQueriesService } from './post-queries.service';
import { PostsService } from './posts.service';

const STATUS_OF: Record<ContentModerationOutcome, ContentStatus> = {
  APPROVE: ContentStatus.PUBLISHED,
  RESTORE: ContentStatus.PUBLISHED,
  HIDE: ContentStatus.HIDDEN,
  REMOVE: ContentStatus.REMOVED,
};

/** Lets moderation describe and act on posts and comments without knowing the forum's tables. */
@Injectable()
export class ForumModerationService implements OnModuleInit {
  constructor(
    private readonly registry: ModeratedContentRegistry,
    private readonly postQueries: PostQueriesService,
    private readonly posts: PostsService,
    private readonly commentQueries: CommentQueriesService,
    private readonly comments: CommentsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(ContentKind.POST, this.postHandler);
    this.registry.register(ContentKind.COMMENT, this.commentHandler);
  }

  readonly postHandler: ModeratedContentHandler = {
    describe: async (ids) => {
      const found = new Map<string, ModeratedContentInfo>();
      for (const row of await this.postQueries.findByIds(ids)) {
        if (!row) continue;
        found.set(row.id, {
          id: row.id,
          authorId: row.author_id,
          excerpt: row.deleted_at ? '[deleted]' : excerptOf(row.title, row.body),
          status: row.status,
          createdAt: row.created_at,
          context: {
            title: row.deleted_at ? '[deleted]' : row.title,
            categoryId: row.category_id,
            postId: row.id,
          },
        });
      }
      return found;
    },
    apply: async (id, outcome, _context, tx) => {
      const [row] = await this.postQueries.findByIds([id]);
      if (!row) throw new NotFoundError('That post');
      await this.posts.setStatus(id, STATUS_OF[outcome], tx);
    },
  };

  readonly commentHandler: ModeratedContentHandler = {
    describe: async (ids) => {
      const found = new Map<string, ModeratedContentInfo>();
      for (const row of await this.commentQueries.findByIds(ids)) {
        if (!row) continue;
        found.set(row.id, {
          id: row.id,
          authorId: row.author_id,
          excerpt: row.deleted_at ? '[deleted]' : excerptOf(row.body),
          status: row.status,
          createdAt: row.created_at,
          context: { postId: row.post_id },
        });
      }
      return found;
    },
    apply: async (id, outcome, _context, tx) => {
      const [row] = await this.commentQueries.findByIds([id]);
      if (!row) throw new NotFoundError('That comment');
      await this.comments.setStatus(id, STATUS_OF[outcome], tx);
    },
  };
}
