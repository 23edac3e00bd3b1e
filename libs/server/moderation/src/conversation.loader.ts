import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { ContentKind } from '@haven/shared/contracts';
import type { ConversationLine, LoaderFactory } from '@haven/server/core';
import { ContentDirectory } from './content-directory.service';
import type { ContentKey } from './moderated-content.loader';

/** How many messages before and after moderated content a case shows. */
export const CONVERSATION_EACH_SIDE = 10;

/** The conversation around cases' content, one query per content kind for a whole page. */
@Injectable()
export class ConversationLoader implements LoaderFactory<DataLoader<ContentKey, ConversationLine[], string>> {
  constructor(private readonly directory: ContentDirectory) {}

  create() {
    return new DataLoader<ContentKey, ConversationLine[], string>(
      async (keys) => {
        const idsByKind = new Map<ContentKind, string[]>();
        for (const key of keys) idsByKind.set(key.kind, [...(idsByKind.get(key.kind) ?? []), key.id]);
        const found = new Map<ContentKind, Map<string, ConversationLine[]>>();
        await Promise.all(
          [...idsByKind].map(async ([kind, ids]) =>
            found.set(kind, await this.directory.surroundings(kind, ids, CONVERSATION_EACH_SIDE)),
          ),
        );
        return keys.map((key) => found.get(key.kind)?.get(key.id) ?? []);
      },
      { cacheKeyFn: (key) => `${key.kind}:${key.id}`, maxBatchSize: 100 },
    );
  }
}
