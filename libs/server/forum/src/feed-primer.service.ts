import { Injectable } from '@nestjs/common';
import { ReactableKind } from '@haven/shared/contracts';
import type { RequestLoaders } from '@haven/server/core';
import { UserLoader } from '@haven/server/identity';
import { CategoryLoader } from './category.loader';
import { CategoryStatsLoader } from './category-stats.loader';
import { ReactionCountsLoader, reactionTargetKey } from './reaction-counts.loader';
import type { VisitorFeedPage } from './visitor-feed.service';

/**
 * Seeds a request's loaders with what a cached visitor feed page carries, so its fields cost no SQL.
 * (A page read for the request carries its fields' data on each post: `toFeedPostObject`.)
 */
@Injectable()
export class FeedPrimerService {
  constructor(
    private readonly users: UserLoader,
    private readonly categories: CategoryLoader,
    private readonly categoryStats: CategoryStatsLoader,
    private readonly reactionCounts: ReactionCountsLoader,
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
}
