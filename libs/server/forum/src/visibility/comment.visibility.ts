import type { CommentRow } from '../forum.rows';
import {
  Surface,
  Visibility,
  visibilityOf,
  visibilitySql,
  type ContentRule,
  type Viewer,
  type VisibilityFacts,
} from './visibility.rules';

/** Comments carry no content warnings: filters never leave them out. */
export const COMMENT_RULE: ContentRule = { alias: 'c', filtered: false };

/** The SQL condition over `forum_comments c` for what `viewer` may see on `surface`. */
export function commentVisibilitySql(viewer: Viewer, params: unknown[], surface: Surface): string {
  return visibilitySql(COMMENT_RULE, viewer, params, surface);
}

export function commentFacts(
  row: Pick<CommentRow, 'author_id' | 'status' | 'deleted_at'>,
  viewerChoices: Pick<VisibilityFacts, 'viewerBlocksAuthor'> = {},
): VisibilityFacts {
  return { authorId: row.author_id, status: row.status, deleted: row.deleted_at !== null, ...viewerChoices };
}

/** How `viewer` sees a loaded comment on `surface`. */
export function commentVisibility(viewer: Viewer, facts: VisibilityFacts, surface: Surface): Visibility {
  return visibilityOf(COMMENT_RULE, viewer, facts, surface);
}

/** Whether `viewer` may open the comment (visible or collapsed). */
export function mayOpenComment(
  viewer: Viewer,
  row: Pick<CommentRow, 'author_id' | 'status' | 'deleted_at'>,
): boolean {
  return commentVisibility(viewer, commentFacts(row), Surface.OPEN) !== Visibility.HIDDEN;
}

/** Whether a comment is listed for everyone: it takes replies and reactions, notifications point at it. */
export function commentListedForEveryone(
  row: Pick<CommentRow, 'author_id' | 'status' | 'deleted_at'>,
): boolean {
  return commentVisibility(null, commentFacts(row), Surface.LIST) !== Visibility.HIDDEN;
}
