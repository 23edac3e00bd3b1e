import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { WatchLevel } from '@haven/shared/contracts';
import type { LoaderFactory } from '@haven/server/core';
import { WatchesService } from './watches.service';

const split = (keys: readonly string[]) => {
  const [userId] = keys[0].split('|');
  return { userId, ids: keys.map((k) => k.split('|')[1]) };
};

/** The viewer's watch level per post, batched per request; keys are `userId|postId`. */
@Injectable()
export class PostWatchLoader implements LoaderFactory<DataLoader<string, WatchLevel>> {
  constructor(private readonly watches: WatchesService) {}

  create() {
    return new DataLoader<string, WatchLevel>((keys) => {
      const { userId, ids } = split(keys);
      return this.watches.postLevels(userId, ids);
    });
  }
}

/** The viewer's watch level per category, batched per request; keys are `userId|categoryId`. */
@Injectable()
export class CategoryWatchLoader implements LoaderFactory<DataLoader<string, WatchLevel>> {
  constructor(private readonly watches: WatchesService) {}

  create() {
    return new DataLoader<string, WatchLevel>((keys) => {
      const { userId, ids } = split(keys);
      return this.watches.categoryLevels(userId, ids);
    });
  }
}
