import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import { CategoriesService, type CategoryStats } from './categories.service';
import type { Viewer } from './visibility';

/** A category as one viewer counts it: the loader's key. */
export interface CategoryStatsKey {
  categoryId: string;
  viewer: Viewer;
}

const viewerKey = (viewer: Viewer) => (viewer ? `${viewer.id}|${viewer.role}` : '');

/**
 * Post counts and latest activity by category id as the viewer sees them, batched per request (one
 * query per viewer, in practice one).
 */
@Injectable()
export class CategoryStatsLoader implements LoaderFactory<
  DataLoader<CategoryStatsKey, CategoryStats, string>
> {
  constructor(private readonly categories: CategoriesService) {}

  create() {
    return new DataLoader<CategoryStatsKey, CategoryStats, string>(
      async (keys) => {
        const byViewer = new Map<string, CategoryStatsKey[]>();
        for (const key of keys)
          byViewer.set(viewerKey(key.viewer), [...(byViewer.get(viewerKey(key.viewer)) ?? []), key]);
        const stats = new Map<string, CategoryStats>();
        for (const [vk, group] of byViewer) {
          const results = await this.categories.statsFor(
            group.map((k) => k.categoryId),
            group[0].viewer,
          );
          group.forEach((k, i) => stats.set(`${vk}#${k.categoryId}`, results[i]));
        }
        return keys.map((k) => stats.get(`${viewerKey(k.viewer)}#${k.categoryId}`)!);
      },
      { cacheKeyFn: (k) => `${viewerKey(k.viewer)}#${k.categoryId}` },
    );
  }
}
