import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { ContentKind } from '@haven/shared/contracts';
import type { LoaderFactory, ModeratedContentInfo } from '@haven/server/core';
import { ContentDirectory } from './content-directory.service';

export interface ContentKey {
  kind: ContentKind;
  id: string;
}

/** The content of cases as it is now, one `describe` per content kind for a whole page. */
@Injectable()
export class ModeratedContentLoader implements LoaderFactory<
  DataLoader<ContentKey, ModeratedContentInfo | null, string>
> {
  constructor(private readonly directory: ContentDirectory) {}

  create() {
    return new DataLoader<ContentKey, ModeratedContentInfo | null, string>(
      async (keys) => {
        const idsByKind = new Map<ContentKind, string[]>();
        for (const key of keys) idsByKind.set(key.kind, [...(idsByKind.get(key.kind) ?? []), key.id]);
        const found = new Map<ContentKind, Map<string, ModeratedContentInfo>>();
        await Promise.all(
          [...idsByKind].map(async ([kind, ids]) =>
            found.set(kind, await this.directory.describe(kind, ids)),
          ),
        );
        return keys.map((key) => found.get(key.kind)?.get(key.id) ?? null);
      },
      { cacheKeyFn: (key) => `${key.kind}:${key.id}`, maxBatchSize: 500 },
    );
  }
}
