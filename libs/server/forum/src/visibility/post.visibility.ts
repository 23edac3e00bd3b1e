import type { ContentWarning } from '@haven/shared/contracts';
import type { PostRow } from '../forum.rows';
import {
  Surface,
  Visibility,
  visibilityOf,
  visibilitySql,
  type ContentRule,
  type Viewer,
  type VisibilityFacts,
} from './visibility.rules';

/** Posts follow every part of the rule, content-warning filters included. */
export const POST_RULE: ContentRule = { alias: 'p', filtered: true };

/** The SQL condition over `forum_posts p` for what `viewer` may see on `surface`. */
export function postVisibilitySql(viewer: Viewer, params: unknown[], surface: Surface): string {
  return visibilitySql(POST_RULE, viewer, params, surface);
}

export function postFacts(
  row: Pick<PostRow, 'author_id' | 'status' | 'deleted_at' | 'content_warnings'>,
  viewerChoices: Pick<VisibilityFacts, 'hiddenWarnings' | 'viewerBlocksAuthor'> = {},
): VisibilityFacts {
  return {
    authorId: row.author_id,
    status: row.status,
    deleted: row.deleted_at !== null,
    warnings: row.content_warnings as readonly ContentWarning[],
    ...viewerChoices,
  };
}

/** How `viewer` sees a loaded post on `surface`. */
export function postVisibility(viewer: Viewer, facts: VisibilityFacts, surface: Surface): Visibility {
  return visibilityOf(POST_RULE, viewer, facts, surface);
}

/** Whether `viewer` may open the post at all (visible or collapsed). */
export function mayOpenPost(
  viewer: Viewer,
  row: Pick<PostRow, 'author_id' | 'status' | 'deleted_at'>,
): boolean {
  return (
    postVisibility(viewer, postFacts({ ...row, content_warnings: [] }), Surface.OPEN) !== Visibility.HIDDEN
  );
}

/**
 * Whether a post is listed for everyone (a visitor lists it): the test for content that takes
 * comments and reactions, and that notifications may still point at.
 */
export function postListedForEveryone(row: Pick<PostRow, 'author_id' | 'status' | 'deleted_at'>): boolean {
  return (
    postVisibility(null, postFacts({ ...row, content_warnings: [] }), Surface.LIST) !== Visibility.HIDDEN
  );
}
