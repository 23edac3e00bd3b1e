import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import { CategoriesService } from './categories.service';
import { toCategoryObject, type CategoryObject } from './dto/category.object';

/** Categories by id, batched per request. */
@Injectable()
export class CategoryLoader implements LoaderFactory<DataLoader<string, CategoryObject | null>> {
  constructor(private readonly categories: CategoriesService) {}

  create() {
    return new DataLoader<string, CategoryObject | null>(async (ids) =>
      (await this.categories.findByIds(ids)).map((c) => (c ? toCategoryObject(c) : null)),
    );
  }
}
