import type { ContentStatus, ContentWarning } from '@haven/shared/contracts';
import type { CommentObject } from './dto/comment.object';
import type { PostObject } from './dto/post.object';
import { DELETED_HTML, DELETED_TEXT } from './forum.rules';
import { commentListedForEveryone } from './visibility/comment.visibility';

/**
 * Rows of the forum tables as raw SQL returns them, and their mapping to GraphQL objects. Sort keys
 * come back as text with microseconds, so cursors compare exactly what PostgreSQL stores.
 */

const KEY_FORMAT = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
const timeKey = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${KEY_FORMAT})`;

export const POST_COLUMNS = `p.id, p.category_id, p.author_id, p.title, p.body, p.body_html, p.tags, p.content_warnings,
  p.status, p.pinned, p.locked, p.lock_note, p.crisis_support, p.comment_count, p.reaction_count, p.created_at, p.updated_at, p.last_activity_at, p.deleted_at,
  ${timeKey('p.created_at')} AS created_key, ${timeKey('p.last_activity_at')} AS activity_key`;

export const COMMENT_COLUMNS = `c.id, c.post_id, c.parent_id, c.author_id, c.body, c.body_html, c.status, c.created_at, c.updated_at,
  c.deleted_at, ${timeKey('c.created_at')} AS created_key`;

export interface PostRow {
  id: string;
  category_id: string;
  author_id: string;
  title: string;
  body: string;
  body_html: string;
  tags: string[];
  content_warnings: ContentWarning[];
  status: ContentStatus;
  pinned: boolean;
  locked: boolean;
  lock_note: string | null;
  crisis_support: boolean;
  comment_count: number;
  reaction_count: number;
  created_at: Date;
  updated_at: Date;
  last_activity_at: Date;
  deleted_at: Date | null;
  created_key: string;
  activity_key: string;
}

export interface CommentRow {
  id: string;
  post_id: string;
  parent_id: string | null;
  author_id: string;
  body: string;
  body_html: string;
  status: ContentStatus;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  created_key: string;
}

export function toPostObject(row: PostRow): PostObject {
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    categoryId: row.category_id,
    authorId: row.author_id,
    title: deleted ? DELETED_TEXT : row.title,
    body: deleted ? DELETED_TEXT : row.body,
    bodyHtml: deleted ? DELETED_HTML : row.body_html,
    tags: deleted ? [] : row.tags,
    contentWarnings: deleted ? [] : row.content_warnings,
    status: row.status,
    commentCount: row.comment_count,
    pinned: row.pinned,
    locked: row.locked,
    lockNote: row.locked ? row.lock_note : null,
    authorShownCrisisResources: !deleted && row.crisis_support === true,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at,
    deleted,
  };
}

export function toCommentObject(row: CommentRow): CommentObject {
  const deleted = row.deleted_at !== null;
  return {
    id: row.id,
    postId: row.post_id,
    parentId: row.parent_id,
    authorId: row.author_id,
    body: deleted ? DELETED_TEXT : row.body,
    bodyHtml: deleted ? DELETED_HTML : row.body_html,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deleted,
  };
}

/** Whether a comment counts in its post's `commentCount`: it is listed for everyone. */
export function countsInThread(row: CommentRow): boolean {
  return commentListedForEveryone(row);
}
