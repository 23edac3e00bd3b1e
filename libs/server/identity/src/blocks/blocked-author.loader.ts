import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import { BlocksService } from './blocks.service';

/** The key of `BlockedAuthorLoader`: the viewer and the author they may have blocked. */
export const blockedAuthorKey = (viewerId: string, authorId: string): string => `${viewerId}|${authorId}`;

/**
 * Whether the viewer blocks an author, batched per request (one query per viewer, in practice one):
 * `loaders.get(blockedAuthorLoader).load(blockedAuthorKey(viewer.id, authorId))`.
 */
@Injectable()
export class BlockedAuthorLoader implements LoaderFactory<DataLoader<string, boolean>> {
  constructor(private readonly blocks: BlocksService) {}

  create() {
    return new DataLoader<string, boolean>(
      async (keys) => {
        const byViewer = new Map<string, string[]>();
        for (const key of keys) {
          const [viewerId, authorId] = key.split('|');
          byViewer.set(viewerId, [...(byViewer.get(viewerId) ?? []), authorId]);
        }
        const blocked = new Map<string, Set<string>>();
        for (const [viewerId, authorIds] of byViewer)
          blocked.set(viewerId, await this.blocks.blockedAuthors(viewerId, authorIds));
        return keys.map((key) => {
          const [viewerId, authorId] = key.split('|');
          return blocked.get(viewerId)?.has(authorId) ?? false;
        });
      },
      { maxBatchSize: 1000 },
    );
  }
}
