import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import { CategoriesService, type CategoryStats } from './categories.service';

/** Post counts and latest activity by category id, batched per request. */
@Injectable()
export class CategoryStatsLoader implements LoaderFactory<DataLoader<string, CategoryStats>> {
  constructor(private readonly categories: CategoriesService) {}

  create() {
    return new DataLoader<string, CategoryStats>((ids) => this.categories.statsFor(ids));
  }
}
