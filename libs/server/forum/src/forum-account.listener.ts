import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ACCOUNT_DELETED_EVENT, type AccountDeletedEvent } from '@haven/server/core';
import { FeedCacheService } from './feed-cache.service';
import { DELETED_HTML, DELETED_TEXT } from './forum.rules';

/**
 * A deleted member's posts and comments, as they chose: kept, each moved to its own former-member
 * pseudonym (so no two can be linked, nor any to the account), or erased (text, tags and edit history
 * gone; replies by others stay under the "[deleted]" post).
 */
@Injectable()
export class ForumAccountListener {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: FeedCacheService,
  ) {}

  @OnEvent(ACCOUNT_DELETED_EVENT)
  async onDeleted(event: AccountDeletedEvent): Promise<void> {
    if (event.content === 'ERASE') await this.erase(event.userId);
    else if (event.pseudonyms) await this.unlink(event.userId, event.pseudonyms);
    await this.cache.invalidate();
  }

  private async unlink(userId: string, pseudonyms: (count: number) => Promise<string[]>): Promise<void> {
    const [posts, comments] = await Promise.all([
      this.db.query<{ id: string }[]>(`SELECT id FROM forum_posts WHERE author_id = $1 ORDER BY id`, [
        userId,
      ]),
      this.db.query<{ id: string }[]>(`SELECT id FROM forum_comments WHERE author_id = $1 ORDER BY id`, [
        userId,
      ]),
    ]);
    const authors = await pseudonyms(posts.length + comments.length);
    const postAuthors = authors.slice(0, posts.length);
    const commentAuthors = authors.slice(posts.length);
    await this.db.transaction(async (manager) => {
      await reassign(manager, 'forum_posts', posts, postAuthors, userId);
      await reassign(manager, 'forum_comments', comments, commentAuthors, userId);
      // Their own edits follow each item to its pseudonym.
      for (const [kind, table] of [
        ['POST', 'forum_posts'],
        ['COMMENT', 'forum_comments'],
      ] as const) {
        await manager.query(
          `UPDATE forum_revisions r SET editor_id = t.author_id FROM ${table} t
            WHERE r.content_kind = $1 AND r.content_id = t.id AND r.editor_id = $2`,
          [kind, userId],
        );
      }
    });
  }

  private async erase(userId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(
        `DELETE FROM forum_revisions r USING forum_posts p
          WHERE r.content_kind = 'POST' AND r.content_id = p.id AND p.author_id = $1`,
        [userId],
      );
      await manager.query(
        `DELETE FROM forum_revisions r USING forum_comments c
          WHERE r.content_kind = 'COMMENT' AND r.content_id = c.id AND c.author_id = $1`,
        [userId],
      );
      await manager.query(
        `UPDATE forum_posts SET title = $2::varchar, body = $2::text, body_html = $3::text, tags = '{}',
           deleted_at = coalesce(deleted_at, now()) WHERE author_id = $1`,
        [userId, DELETED_TEXT, DELETED_HTML],
      );
      // An UPDATE … RETURNING answers [rows, count].
      const [touched] = await manager.query<[{ post_id: string }[], number]>(
        `UPDATE forum_comments SET body = $2::text, body_html = $3::text, deleted_at = coalesce(deleted_at, now())
          WHERE author_id = $1 RETURNING post_id`,
        [userId, DELETED_TEXT, DELETED_HTML],
      );
      // The threads' reply counts follow (a count holds published, undeleted replies).
      const postIds = [...new Set(touched.map((r) => r.post_id))];
      if (postIds.length > 0) {
        await manager.query(
          `UPDATE forum_posts p SET comment_count = (
             SELECT count(*)::int FROM forum_comments c
              WHERE c.post_id = p.id AND c.status = 'PUBLISHED' AND c.deleted_at IS NULL)
           WHERE p.id = ANY($1::uuid[])`,
          [postIds],
        );
      }
    });
  }
}

async function reassign(
  manager: EntityManager,
  table: 'forum_posts' | 'forum_comments',
  rows: { id: string }[],
  authors: string[],
  from: string,
): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `UPDATE ${table} t SET author_id = m.author_id
       FROM unnest($1::uuid[], $2::uuid[]) AS m(id, author_id)
      WHERE t.id = m.id AND t.author_id = $3`,
    [rows.map((r) => r.id), authors, from],
  );
}
