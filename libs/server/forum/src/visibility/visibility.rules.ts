import { ContentStatus, type ContentWarning } from '@haven/shared/contracts';
import { isModerator, type Actor } from '@haven/server/core';

/**
 * Who may see a post or a comment: the forum's one visibility rule. Every list, search, count and
 * single read asks it, either as SQL (`visibilitySql`, for queries) or as a predicate (`visibilityOf`,
 * for rows already loaded); both are read off the same table, so they cannot disagree.
 *
 * The rule, in order:
 * 1. Status: PUBLISHED is for everyone; PENDING_REVIEW, HIDDEN and REMOVED only for their author and
 *    for moderators and admins (`STATUS_READERS`).
 * 2. Deleted content is left out of lists (feeds, search, counts) but stays readable as "[deleted]"
 *    where it is opened: a single read, a thread's comments.
 * 3. Content-warning filters (posts only): in lists, a post carrying a warning the viewer hides is left
 *    out, unless the viewer wrote it. Opened directly, it shows behind its warning.
 * 4. Blocks: content by an author the viewer blocks is collapsed (shown folded, with a one-time
 *    reveal), never left out; being blocked by the author changes nothing for the viewer.
 */

export enum Visibility {
  VISIBLE = 'VISIBLE',
  COLLAPSED = 'COLLAPSED',
  HIDDEN = 'HIDDEN',
}

/** Where content is read: listed (feeds, category lists, search, counts) or opened (a single read, a thread). */
export enum Surface {
  LIST = 'LIST',
  OPEN = 'OPEN',
}

/** The viewer's relation to one piece of content. */
export enum Relation {
  VISITOR = 'VISITOR',
  MEMBER = 'MEMBER',
  AUTHOR = 'AUTHOR',
  MODERATOR = 'MODERATOR',
}

/** Rule 1: which relations may read content in each status. */
export const STATUS_READERS: Readonly<Record<ContentStatus, readonly Relation[]>> = {
  [ContentStatus.PUBLISHED]: [Relation.VISITOR, Relation.MEMBER, Relation.AUTHOR, Relation.MODERATOR],
  [ContentStatus.PENDING_REVIEW]: [Relation.AUTHOR, Relation.MODERATOR],
  [ContentStatus.HIDDEN]: [Relation.AUTHOR, Relation.MODERATOR],
  [ContentStatus.REMOVED]: [Relation.AUTHOR, Relation.MODERATOR],
};

/** How a kind of content follows rules 2 to 4. */
export interface ContentRule {
  /** The table alias its queries use (`p` for posts, `c` for comments). */
  alias: 'p' | 'c';
  /** Rule 3 applies (the kind carries content warnings). */
  filtered: boolean;
}

/** Who is looking: a visitor (null) or a signed-in account. */
export type Viewer = Pick<Actor, 'id' | 'role'> | null;

/** What the rule reads of one piece of content and of the viewer's choices about it. */
export interface VisibilityFacts {
  authorId: string;
  status: ContentStatus;
  deleted: boolean;
  /** The content's warnings (posts; empty for comments). */
  warnings?: readonly ContentWarning[];
  /** The warnings the viewer hides (their filter). */
  hiddenWarnings?: readonly ContentWarning[];
  /** Whether the viewer blocks the author. */
  viewerBlocksAuthor?: boolean;
}

/** The viewer's relation to content by `authorId`. */
export function relationOf(viewer: Viewer, authorId: string): Relation {
  if (!viewer) return Relation.VISITOR;
  if (viewer.id === authorId) return Relation.AUTHOR;
  return isModerator(viewer) ? Relation.MODERATOR : Relation.MEMBER;
}

/** The relation a viewer has to content written by someone else. */
function othersRelation(viewer: Viewer): Relation {
  if (!viewer) return Relation.VISITOR;
  return isModerator(viewer) ? Relation.MODERATOR : Relation.MEMBER;
}

const STATUSES = Object.values(ContentStatus);

/** The statuses a relation may read, from `STATUS_READERS`. */
export function statusesFor(relation: Relation): ContentStatus[] {
  return STATUSES.filter((s) => STATUS_READERS[s].includes(relation));
}

/** The predicate: how `viewer` sees one piece of content on `surface`. */
export function visibilityOf(
  rule: ContentRule,
  viewer: Viewer,
  facts: VisibilityFacts,
  surface: Surface,
): Visibility {
  const relation = relationOf(viewer, facts.authorId);
  if (!STATUS_READERS[facts.status].includes(relation)) return Visibility.HIDDEN;
  if (facts.deleted && surface === Surface.LIST) return Visibility.HIDDEN;
  if (rule.filtered && surface === Surface.LIST && relation !== Relation.AUTHOR) {
    const hidden = new Set(facts.hiddenWarnings ?? []);
    if ((facts.warnings ?? []).some((w) => hidden.has(w))) return Visibility.HIDDEN;
  }
  if (relation !== Relation.AUTHOR && facts.viewerBlocksAuthor) return Visibility.COLLAPSED;
  return Visibility.VISIBLE;
}

/** The table holding each member's content-warning filter (rule 3). */
export const HIDDEN_WARNINGS_TABLE = 'forum_hidden_warnings';

/**
 * The same rule as an SQL condition over `rule.alias`, for a query: true for the rows the viewer may
 * see on `surface` (visible or collapsed; collapsing is presentation, decided per row with
 * `authorBlocked`). Parameters are appended to `params`.
 */
export function visibilitySql(
  rule: ContentRule,
  viewer: Viewer,
  params: unknown[],
  surface: Surface,
): string {
  const a = rule.alias;
  const list = (statuses: ContentStatus[]) => statuses.map((s) => `'${s}'`).join(', ');
  const conditions: string[] = [];
  const others = statusesFor(othersRelation(viewer));
  if (!viewer) {
    conditions.push(`${a}.status IN (${list(others)})`);
  } else {
    params.push(viewer.id);
    const me = `$${params.length}::uuid`;
    const own = statusesFor(Relation.AUTHOR);
    const othersSql = others.length === STATUSES.length ? 'TRUE' : `${a}.status IN (${list(others)})`;
    conditions.push(`(${othersSql} OR (${a}.author_id = ${me} AND ${a}.status IN (${list(own)})))`);
    if (rule.filtered && surface === Surface.LIST) {
      conditions.push(
        `(${a}.author_id = ${me} OR NOT EXISTS (SELECT 1 FROM ${HIDDEN_WARNINGS_TABLE} hw
           WHERE hw.user_id = ${me} AND hw.warnings && ${a}.content_warnings))`,
      );
    }
  }
  if (surface === Surface.LIST) conditions.push(`${a}.deleted_at IS NULL`);
  return conditions.join(' AND ');
}
