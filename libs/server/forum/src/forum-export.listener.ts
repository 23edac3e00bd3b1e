import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  ACCOUNT_EXPORT_EVENT,
  type AccountExportRequest,
  type AccountExportSection,
} from '@haven/server/core';
import { HiddenWarningsService } from './warning-filters/hidden-warnings.service';

/** A member's forum content for their data export: posts, comments, reactions they gave, their filter. */
@Injectable()
export class ForumExportListener {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly filters: HiddenWarningsService,
  ) {}

  @OnEvent(ACCOUNT_EXPORT_EVENT)
  async export({ userId }: AccountExportRequest): Promise<AccountExportSection[]> {
    const [posts, comments, reactions, hiddenWarnings] = await Promise.all([
      this.db.query(
        `SELECT p.id, c.slug AS category, p.title, p.body, p.tags, p.content_warnings AS "contentWarnings", p.status,
           p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.deleted_at AS "deletedAt"
         FROM forum_posts p JOIN forum_categories c ON c.id = p.category_id
         WHERE p.author_id = $1 ORDER BY p.created_at`,
        [userId],
      ),
      this.db.query(
        `SELECT id, post_id AS "postId", body, status, created_at AS "createdAt", updated_at AS "updatedAt",
           deleted_at AS "deletedAt"
         FROM forum_comments WHERE author_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.db.query(
        `SELECT target_kind AS "targetKind", target_id AS "targetId", kind, created_at AS "createdAt"
         FROM forum_reactions WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.filters.get(userId),
    ]);
    return [
      { section: 'posts', data: posts },
      { section: 'comments', data: comments },
      { section: 'reactions', data: reactions },
      { section: 'hiddenContentWarnings', data: hiddenWarnings },
    ];
  }
}
