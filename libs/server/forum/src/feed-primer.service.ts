import { Injectable } from '@nestjs/common';
import { ReactableKind, ReactionKind } from '@haven/shared/contracts';
import type { Actor, RequestLoaders } from '@haven/server/core';
import {
  BlockedAuthorLoader,
  UserLoader,
  blockedAuthorKey,
  publicUserFromJson,
} from '@haven/server/identity';
import { CategoryLoader } from './category.loader';
import { CategoryStatsLoader } from './category-stats.loader';
import type { FeedPageRow } from './feed-page.sql';
import { ReactionCountsLoader, ViewerReactionsLoader, reactionTargetKey } from './reaction-counts.loader';
import type { VisitorFeedPage } from './visitor-feed.service';

const REACTION_ORDER = Object.values(ReactionKind);

/** Seeds a request's loaders with what a feed page already carries, so its fields cost no SQL. */
@Injectable()
export class FeedPrimerService {
  constructor(
    private readonly users: UserLoader,
    private readonly categories: CategoryLoader,
    private readonly categoryStats: CategoryStatsLoader,
    private readonly reactionCounts: ReactionCountsLoader,
    private readonly viewerReactions: ViewerReactionsLoader,
    private readonly blockedAuthors: BlockedAuthorLoader,
  ) {}

  /** A cached visitor page. */
  prime(loaders: RequestLoaders, feed: VisitorFeedPage): void {
    const users = loaders.get(this.users);
    for (const author of feed.authors) users.prime(author.id, author);
    const categories = loaders.get(this.categories);
    const stats = loaders.get(this.categoryStats);
    for (const { postCount, lastActivityAt, ...category } of feed.categories) {
      categories.prime(category.id, category);
      stats.prime({ categoryId: category.id, viewer: null }, { postCount, lastActivityAt });
    }
    const counts = loaders.get(this.reactionCounts);
    for (const [postId, entries] of feed.reactions) {
      counts.prime(reactionTargetKey(ReactableKind.POST, postId), new Map(entries));
    }
  }

  /** The rows of `PostQueriesService.feedPage`, read for `viewer`. */
  primeRows(loaders: RequestLoaders, viewer: Pick<Actor, 'id'> | null, rows: readonly FeedPageRow[]): void {
    const users = loaders.get(this.users);
    const categories = loaders.get(this.categories);
    const counts = loaders.get(this.reactionCounts);
    const given = viewer ? loaders.get(this.viewerReactions) : null;
    const blocked = viewer ? loaders.get(this.blockedAuthors) : null;
    for (const row of rows) {
      if (row.author) users.prime(row.author_id, publicUserFromJson(row.author));
      if (row.category) {
        const { archived_at: archivedAt, ...category } = row.category;
        categories.prime(row.category_id, { ...category, archived: archivedAt !== null });
      }
      const target = reactionTargetKey(ReactableKind.POST, row.id);
      const byKind = new Map<ReactionKind, number>();
      for (const kind of REACTION_ORDER) {
        const n = row.reaction_counts[kind];
        if (n !== undefined) byKind.set(kind, n);
      }
      counts.prime(target, byKind);
      if (viewer && given && row.viewer_reactions) {
        const mine = new Set(row.viewer_reactions);
        given.prime(
          `${viewer.id}|${target}`,
          REACTION_ORDER.filter((k) => mine.has(k)),
        );
      }
      if (viewer && blocked && row.author_blocked !== null) {
        blocked.prime(blockedAuthorKey(viewer.id, row.author_id), row.author_blocked);
      }
    }
  }
}
