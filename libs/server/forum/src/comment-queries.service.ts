import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { ContentStatus } from '@haven/shared/contracts';
import { TIME_ID, cursorCodec, pageSize, type Actor, type Page } from '@haven/server/core';
import { COMMENT_COLUMNS, type CommentRow } from './forum.rows';
import { Surface, commentVisibilitySql, mayOpenComment, mayOpenPost } from './visibility';

const THREAD_CURSOR = cursorCodec('C', TIME_ID);

export interface CommentPageRequest {
  postId: string;
  first: number;
  after: string | null;
}

/** Reading comments: threads (oldest first) for many posts at once, and single comments. */
@Injectable()
export class CommentQueriesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One page of comments for each post asked about, in one query for all of them (the requests of
   * one batch share `first` and `after`; the loader groups them so).
   */
  async pages(requests: readonly CommentPageRequest[], actor: Actor | null): Promise<Page<CommentRow>[]> {
    if (requests.length === 0) return [];
    const { first, after } = requests[0];
    const limit = pageSize(first, 50);
    const postIds = [...new Set(requests.map((r) => r.postId))];
    const params: unknown[] = [postIds];
    const where = [`c.post_id = ANY($1::uuid[])`, commentVisibilitySql(actor, params, Surface.OPEN)];
    if (after) {
      const [createdKey, id] = THREAD_CURSOR.decode(after);
      params.push(createdKey, id);
      where.push(`(c.created_at, c.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.db.query<(CommentRow & { rn: string })[]>(
      `SELECT * FROM (
         SELECT ${COMMENT_COLUMNS}, row_number() OVER (PARTITION BY c.post_id ORDER BY c.created_at, c.id) AS rn
         FROM forum_comments c WHERE ${where.join(' AND ')}
       ) t WHERE t.rn <= $${params.length} ORDER BY t.post_id, t.rn`,
      params,
    );
    const byPost = new Map<string, CommentRow[]>();
    for (const row of rows) {
      const list = byPost.get(row.post_id) ?? [];
      list.push(row);
      byPost.set(row.post_id, list);
    }
    return requests.map((r) =>
      THREAD_CURSOR.page(byPost.get(r.postId) ?? [], limit, (c) => [c.created_key, c.id]),
    );
  }

  async findByIds(ids: readonly string[]): Promise<(CommentRow | null)[]> {
    const valid = [...new Set(ids.filter((id) => isUUID(id)))];
    const rows =
      valid.length > 0
        ? await this.db.query<CommentRow[]>(
            `SELECT ${COMMENT_COLUMNS} FROM forum_comments c WHERE c.id = ANY($1::uuid[])`,
            [valid],
          )
        : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** A comment the reader may open, on a post the reader may open; null otherwise. */
  async findVisible(
    id: string,
    actor: Actor | null,
  ): Promise<
    (CommentRow & { post_status: ContentStatus; post_author_id: string; post_deleted_at: Date | null }) | null
  > {
    if (!isUUID(id)) return null;
    const [row] = await this.db.query<
      (CommentRow & { post_status: ContentStatus; post_author_id: string; post_deleted_at: Date | null })[]
    >(
      `SELECT ${COMMENT_COLUMNS}, p.status AS post_status, p.author_id AS post_author_id,
         p.deleted_at AS post_deleted_at
       FROM forum_comments c JOIN forum_posts p ON p.id = c.post_id WHERE c.id = $1`,
      [id],
    );
    if (!row) return null;
    const post = { author_id: row.post_author_id, status: row.post_status, deleted_at: row.post_deleted_at };
    return mayOpenPost(actor, post) && mayOpenComment(actor, row) ? row : null;
  }
}
