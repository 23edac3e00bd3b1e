import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { COMMENT_COLUMNS, POST_COLUMNS, type CommentRow, type PostRow } from './forum.rows';
import { Surface, commentVisibilitySql, postVisibilitySql } from './visibility';

/** How many posts and comments a public profile shows. */
export const PROFILE_RECENT = 5;

/** A profile lists content as the public sees it (the visibility rule for a visitor), for every viewer. */
const PUBLIC_POSTS = postVisibilitySql(null, [], Surface.LIST);
const PUBLIC_COMMENTS = commentVisibilitySql(null, [], Surface.LIST);

/** Groups rows by their author, in the order of the ids asked for. */
function byAuthor<T extends { author_id: string }>(ids: readonly string[], rows: readonly T[]): T[][] {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.author_id, [...(grouped.get(row.author_id) ?? []), row]);
  return ids.map((id) => grouped.get(id) ?? []);
}

/**
 * What a member's public profile shows of their forum activity: their newest published posts and
 * comments, for everyone alike (the member and moderators included). Held, hidden, removed and deleted
 * content never appears, nor a comment on a post that is no longer published. One query per list for
 * any number of members.
 */
@Injectable()
export class MemberActivityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async recentPosts(authorIds: readonly string[]): Promise<PostRow[][]> {
    const ids = [...new Set(authorIds.filter((id) => isUUID(id)))];
    const rows =
      ids.length === 0
        ? []
        : await this.db.query<PostRow[]>(
            `SELECT * FROM (
               SELECT ${POST_COLUMNS},
                      row_number() OVER (PARTITION BY p.author_id ORDER BY p.created_at DESC, p.id DESC) AS rn
                 FROM forum_posts p
                WHERE p.author_id = ANY($1::uuid[]) AND ${PUBLIC_POSTS}
             ) t WHERE t.rn <= $2 ORDER BY t.author_id, t.rn`,
            [ids, PROFILE_RECENT],
          );
    return byAuthor(authorIds, rows);
  }

  async recentComments(authorIds: readonly string[]): Promise<CommentRow[][]> {
    const ids = [...new Set(authorIds.filter((id) => isUUID(id)))];
    const rows =
      ids.length === 0
        ? []
        : await this.db.query<CommentRow[]>(
            `SELECT * FROM (
               SELECT ${COMMENT_COLUMNS},
                      row_number() OVER (PARTITION BY c.author_id ORDER BY c.created_at DESC, c.id DESC) AS rn
                 FROM forum_comments c
                 JOIN forum_posts p ON p.id = c.post_id
                WHERE c.author_id = ANY($1::uuid[]) AND ${PUBLIC_COMMENTS} AND ${PUBLIC_POSTS}
             ) t WHERE t.rn <= $2 ORDER BY t.author_id, t.rn`,
            [ids, PROFILE_RECENT],
          );
    return byAuthor(authorIds, rows);
  }
}
