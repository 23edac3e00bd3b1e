import { Injectable } from '@nestjs/common';
import { ReactableKind, PostSort, type ReactionKind } from '@haven/shared/contracts';
import type { Page } from '@haven/server/core';
import { UsersService, type UserObject } from '@haven/server/identity';
import { CategoriesService, type CategoryStats } from './categories.service';
import { toCategoryObject, type CategoryObject } from './dto/category.object';
import type { PostObject } from './dto/post.object';
import { FeedCacheService } from './feed-cache.service';
import { toPostObject } from './forum.rows';
import { PostQueriesService, type PostListArgs } from './post-queries.service';
import { ReactionsService } from './reactions.service';

/** A signed-out feed page with everything its posts refer to, as cached in the shared store. */
export interface VisitorFeedPage {
  page: Page<PostObject>;
  authors: UserObject[];
  categories: (CategoryObject & CategoryStats)[];
  reactions: [postId: string, counts: [ReactionKind, number][]][];
}

const asDate = (value: Date | string) => new Date(value);
const asNullableDate = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Dates come back from the cache as strings. */
function revive(cached: VisitorFeedPage): VisitorFeedPage {
  return {
    page: {
      pageInfo: cached.page.pageInfo,
      nodes: cached.page.nodes.map((p) => ({
        ...p,
        createdAt: asDate(p.createdAt),
        updatedAt: asDate(p.updatedAt),
        lastActivityAt: asDate(p.lastActivityAt),
      })),
    },
    authors: cached.authors.map((u) => ({ ...u, createdAt: asDate(u.createdAt) })),
    categories: cached.categories.map((c) => ({ ...c, lastActivityAt: asNullableDate(c.lastActivityAt) })),
    reactions: cached.reactions,
  };
}

/**
 * The feed as visitors see it (published posts only, the same for every visitor), cached for
 * FEED_CACHE_SECONDS together with the authors, categories and reaction counts of its posts, so a
 * cached page costs no SQL at all.
 */
@Injectable()
export class VisitorFeedService {
  constructor(
    private readonly posts: PostQueriesService,
    private readonly users: UsersService,
    private readonly categories: CategoriesService,
    private readonly reactions: ReactionsService,
    private readonly cache: FeedCacheService,
  ) {}

  /** False when FEED_CACHE_SECONDS is 0: visitors then read the feed like members do. */
  get enabled(): boolean {
    return this.cache.enabled;
  }

  async page(args: PostListArgs): Promise<VisitorFeedPage> {
    const key = JSON.stringify([
      args.sort ?? PostSort.LATEST_ACTIVITY,
      args.categorySlug ?? null,
      args.tag ?? null,
      args.first ?? null,
      args.after ?? null,
    ]);
    const value = await this.cache.getOrLoad(key, () => this.load(args));
    return revive(value);
  }

  private async load(args: PostListArgs): Promise<VisitorFeedPage> {
    const rows = await this.posts.list(args, null);
    const nodes = rows.nodes.map(toPostObject);
    const categoryIds = [...new Set(nodes.map((p) => p.categoryId))];
    const postIds = nodes.map((p) => p.id);
    const [authors, categories, stats, counts] = await Promise.all([
      this.users.findPublicByIds([...new Set(nodes.map((p) => p.authorId))]),
      this.categories.findByIds(categoryIds),
      this.categories.statsFor(categoryIds, null),
      this.reactions.countsFor(ReactableKind.POST, postIds),
    ]);
    return {
      page: { nodes, pageInfo: rows.pageInfo },
      authors: authors.filter((u): u is UserObject => u !== null),
      categories: categories.flatMap((c, i) => (c ? [{ ...toCategoryObject(c), ...stats[i] }] : [])),
      reactions: postIds.map((id, i) => [id, [...counts[i].entries()]]),
    };
  }
}
