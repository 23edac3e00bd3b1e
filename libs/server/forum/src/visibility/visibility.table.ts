import { ContentStatus, ContentWarning, Role } from '@haven/shared/contracts';
import { Surface, Visibility } from './visibility.rules';

/**
 * The visibility table as the product states it, written out by hand (not computed from the rule),
 * for the tests: viewer × status × block × content-warning filter → visible, collapsed or hidden.
 */

export type ViewerKind = 'visitor' | 'member' | 'author' | 'moderator' | 'admin';
export type StatusCase = ContentStatus | 'DELETED';
/** none; the viewer blocks the author; the author blocks the viewer. */
export type BlockCase = 'none' | 'viewerBlocksAuthor' | 'authorBlocksViewer';

export const VIEWER_KINDS: ViewerKind[] = ['visitor', 'member', 'author', 'moderator', 'admin'];
export const STATUS_CASES: StatusCase[] = [...Object.values(ContentStatus), 'DELETED'];
export const BLOCK_CASES: BlockCase[] = ['none', 'viewerBlocksAuthor', 'authorBlocksViewer'];
export const ROLE_OF: Record<Exclude<ViewerKind, 'visitor'>, Role> = {
  member: Role.MEMBER,
  author: Role.MEMBER,
  moderator: Role.MODERATOR,
  admin: Role.ADMIN,
};
/** The warning the filtered posts carry and the filter hides. */
export const FILTERED_WARNING = ContentWarning.GRIEF;

const V = Visibility.VISIBLE;
const H = Visibility.HIDDEN;

/** Rules 1 and 2 by hand: [visitor, member, author, moderator, admin]. "DELETED" is a deleted published item. */
const BY_STATUS: Record<Surface, Record<StatusCase, Visibility[]>> = {
  [Surface.LIST]: {
    [ContentStatus.PUBLISHED]: [V, V, V, V, V],
    [ContentStatus.PENDING_REVIEW]: [H, H, V, V, V],
    [ContentStatus.HIDDEN]: [H, H, V, V, V],
    [ContentStatus.REMOVED]: [H, H, V, V, V],
    DELETED: [H, H, H, H, H],
  },
  [Surface.OPEN]: {
    [ContentStatus.PUBLISHED]: [V, V, V, V, V],
    [ContentStatus.PENDING_REVIEW]: [H, H, V, V, V],
    [ContentStatus.HIDDEN]: [H, H, V, V, V],
    [ContentStatus.REMOVED]: [H, H, V, V, V],
    DELETED: [V, V, V, V, V],
  },
};

export interface TableCase {
  viewer: ViewerKind;
  status: StatusCase;
  block: BlockCase;
  /** The item carries FILTERED_WARNING and the viewer's filter hides it (posts only). */
  filtered: boolean;
  surface: Surface;
}

/** What the table says for one case. */
export function expectedVisibility(kind: 'post' | 'comment', c: TableCase): Visibility {
  const byStatus = BY_STATUS[c.surface][c.status][VIEWER_KINDS.indexOf(c.viewer)];
  if (byStatus === H) return H;
  const someoneElse = c.viewer !== 'author';
  if (kind === 'post' && c.filtered && c.surface === Surface.LIST && someoneElse) return H;
  if (c.block === 'viewerBlocksAuthor' && someoneElse) return Visibility.COLLAPSED;
  return V;
}

/** Whether a case can happen: visitors block nobody and set no filter; nobody blocks themselves. */
export function possible(c: Pick<TableCase, 'viewer' | 'block' | 'filtered'>): boolean {
  if (c.viewer === 'visitor') return c.block === 'none' && !c.filtered;
  if (c.viewer === 'author') return c.block === 'none';
  return true;
}
