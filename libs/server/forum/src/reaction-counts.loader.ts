import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ReactableKind, type ReactionKind } from '@haven/shared/contracts';
import type { LoaderFactory } from '@haven/server/core';
import { ReactionsService } from './reactions.service';

export type ReactionCounts = Map<ReactionKind, number>;

/** The loader key of one post's or comment's reaction counts. */
export const reactionTargetKey = (kind: ReactableKind, id: string) => `${kind}:${id}`;

function splitKeys(keys: readonly string[]): Map<ReactableKind, string[]> {
  const byKind = new Map<ReactableKind, string[]>();
  for (const key of keys) {
    const [kind, id] = key.split(':') as [ReactableKind, string];
    byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
  }
  return byKind;
}

/** Reaction counts per kind of posts and comments, batched per request (one query per target kind). */
@Injectable()
export class ReactionCountsLoader implements LoaderFactory<DataLoader<string, ReactionCounts>> {
  constructor(private readonly reactions: ReactionsService) {}

  create() {
    return new DataLoader<string, ReactionCounts>(async (keys) => {
      const found = new Map<string, ReactionCounts>();
      for (const [kind, ids] of splitKeys(keys)) {
        const counts = await this.reactions.countsFor(kind, ids);
        ids.forEach((id, i) => found.set(reactionTargetKey(kind, id), counts[i]));
      }
      return keys.map((key) => found.get(key) ?? new Map());
    });
  }
}

/** The reactions the signed-in reader gave, batched per request. Keys are `userId|kind:id`. */
@Injectable()
export class ViewerReactionsLoader implements LoaderFactory<DataLoader<string, ReactionKind[]>> {
  constructor(private readonly reactions: ReactionsService) {}

  create() {
    return new DataLoader<string, ReactionKind[]>(async (keys) => {
      const found = new Map<string, ReactionKind[]>();
      const byViewer = new Map<string, string[]>();
      for (const key of keys) {
        const [viewer, target] = key.split('|');
        byViewer.set(viewer, [...(byViewer.get(viewer) ?? []), target]);
      }
      for (const [viewer, targets] of byViewer) {
        for (const [kind, ids] of splitKeys(targets)) {
          const given = await this.reactions.givenBy(viewer, kind, ids);
          ids.forEach((id, i) => found.set(`${viewer}|${reactionTargetKey(kind, id)}`, given[i]));
        }
      }
      return keys.map((key) => found.get(key) ?? []);
    });
  }
}
