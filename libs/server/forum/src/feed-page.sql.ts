import { ReactableKind, ReactionKind } from '@haven/shared/contracts';
import type { Actor } from '@haven/server/core';
import {
  publicUserFromJson,
  publicUserJsonSql,
  viewerBlocksAuthorSql,
  type PublicUserJson,
} from '@haven/server/identity';
import type { PostObject } from './dto/post.object';
import { toPostObject, type PostRow } from './forum.rows';

const REACTION_ORDER = Object.values(ReactionKind);

/** A category as `feedExtrasSql` returns it. */
export interface CategoryJson {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  archived_at: string | null;
}

/**
 * A feed row: the post and what its feed fields show, loaded in the page's own statement so that the
 * fields cost no further query (`toFeedPostObject`). `viewer_reactions` and `author_blocked` are for a signed-in reader
 * only (null for visitors).
 */
export interface FeedPageRow extends PostRow {
  author: PublicUserJson | null;
  category: CategoryJson | null;
  /** Reaction counts by kind. */
  reaction_counts: Partial<Record<ReactionKind, number>>;
  viewer_reactions: ReactionKind[] | null;
  author_blocked: boolean | null;
}

/**
 * The select list of `FeedPageRow`'s extras over a page of posts `p`, for `viewer`; parameters are
 * appended to `params`. The reaction counts are what `ReactionsService.countsFor` counts and the
 * viewer's reactions what `givenBy` reads; the block is identity's own condition.
 */
export function feedExtrasSql(viewer: Pick<Actor, 'id'> | null, params: unknown[]): string {
  params.push(ReactableKind.POST);
  const kind = `$${params.length}::varchar`;
  const extras = [
    `${publicUserJsonSql('p.author_id')} AS author`,
    `(SELECT json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'description', c.description,
        'position', c.position, 'archived_at', c.archived_at) FROM forum_categories c WHERE c.id = p.category_id) AS category`,
    `(SELECT coalesce(json_object_agg(r.kind, r.n), '{}'::json) FROM (SELECT kind, count(*)::int AS n
        FROM forum_reactions WHERE target_kind = ${kind} AND target_id = p.id GROUP BY kind) r) AS reaction_counts`,
  ];
  if (viewer) {
    params.push(viewer.id);
    const me = `$${params.length}::uuid`;
    extras.push(
      `ARRAY(SELECT kind FROM forum_reactions WHERE target_kind = ${kind} AND target_id = p.id AND user_id = ${me})
         AS viewer_reactions`,
      `${viewerBlocksAuthorSql(me, 'p.author_id')} AS author_blocked`,
    );
  } else {
    extras.push('NULL AS viewer_reactions', 'NULL AS author_blocked');
  }
  return extras.join(',\n');
}

/**
 * A feed row as the post its fields answer from (`PostPreloads`): what the loaders would load, in the
 * form they give it (the reaction counts by kind, the viewer's own reactions in the contract's order).
 */
export function toFeedPostObject(row: FeedPageRow): PostObject {
  const reactionCounts = new Map<ReactionKind, number>();
  for (const kind of REACTION_ORDER) {
    const n = row.reaction_counts[kind];
    if (n !== undefined) reactionCounts.set(kind, n);
  }
  const mine = row.viewer_reactions ? new Set(row.viewer_reactions) : null;
  const category = row.category;
  return {
    ...toPostObject(row),
    preloaded: {
      author: row.author ? publicUserFromJson(row.author) : null,
      category: category && {
        id: category.id,
        slug: category.slug,
        name: category.name,
        description: category.description,
        position: category.position,
        archived: category.archived_at !== null,
      },
      reactionCounts,
      viewerReactions: mine && REACTION_ORDER.filter((kind) => mine.has(kind)),
      authorBlocked: row.author_blocked,
    },
  };
}
