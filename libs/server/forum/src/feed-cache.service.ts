import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig, SharedStore, VisitorResponseCache } from '@haven/server/core';

const VERSION_KEY = 'forum:feed:version';

/**
 * Signed-out feed pages, cached in the shared store (every instance sees the same entries) for
 * FEED_CACHE_SECONDS. Every forum write bumps one version key, which retires every cached page at
 * once; the bump happens after the write is committed, so a page read under the new version never
 * predates it.
 */
@Injectable()
export class FeedCacheService implements OnModuleInit {
  private readonly logger = new Logger('FeedCache');

  constructor(
    private readonly store: SharedStore,
    private readonly config: AppConfig,
    private readonly responses: VisitorResponseCache,
  ) {}

  /** Whole visitor answers of `posts` are served before GraphQL runs, under the same version. */
  onModuleInit(): void {
    this.responses.cacheForVisitors('posts', VERSION_KEY, this.config.FEED_CACHE_SECONDS);
  }

  /** Off by configuration, and bypassed while the shared store is away (instances could not clear each other's pages). */
  get enabled(): boolean {
    return this.config.FEED_CACHE_SECONDS > 0 && this.store.available;
  }

  /** The cached value for `key`, or what `load` returns (then cached). A failing store only costs the cache. */
  async getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load();
    let fullKey: string | null = null;
    try {
      const version = (await this.store.get(VERSION_KEY)) ?? '0';
      fullKey = `forum:feed:${version}:${key}`;
      const cached = await this.store.get(fullKey);
      if (cached !== null) return JSON.parse(cached) as T;
    } catch (error) {
      this.logger.warn(`The feed cache could not be read: ${String(error)}`);
    }
    const value = await load();
    if (fullKey) {
      await this.store
        .set(fullKey, JSON.stringify(value), this.config.FEED_CACHE_SECONDS)
        .catch((error: unknown) => this.logger.warn(`The feed cache could not be written: ${String(error)}`));
    }
    return value;
  }

  /** Retires every cached page; call after any committed change a feed could show. */
  async invalidate(): Promise<void> {
    if (!this.enabled) return;
    try {
      await this.store.set(VERSION_KEY, randomUUID());
    } catch (error) {
      // The write is committed; readers see it once the cached pages expire (FEED_CACHE_SECONDS).
      this.logger.warn(`The feed cache could not be cleared: ${String(error)}`);
    }
  }
}
