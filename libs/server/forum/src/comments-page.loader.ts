import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Actor, LoaderFactory, Page } from '@haven/server/core';
import { CommentQueriesService } from './comment-queries.service';
import type { CommentRow } from './forum.rows';

export interface CommentPageKey {
  postId: string;
  first: number;
  after: string | null;
  actor: Actor | null;
}

const groupOf = (k: CommentPageKey) =>
  JSON.stringify([k.first, k.after, k.actor?.id ?? null, k.actor?.role ?? null]);

/**
 * A page of comments for each post of a request, batched: the posts that ask for the same page size
 * and cursor share one query.
 */
@Injectable()
export class CommentsPageLoader implements LoaderFactory<
  DataLoader<CommentPageKey, Page<CommentRow>, string>
> {
  constructor(private readonly comments: CommentQueriesService) {}

  create() {
    return new DataLoader<CommentPageKey, Page<CommentRow>, string>(
      async (keys) => {
        const groups = new Map<string, CommentPageKey[]>();
        for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
        const pages = new Map<CommentPageKey, Page<CommentRow>>();
        for (const group of groups.values()) {
          const results = await this.comments.pages(group, group[0].actor);
          group.forEach((key, i) => pages.set(key, results[i]));
        }
        return keys.map((key) => pages.get(key)!);
      },
      { cacheKeyFn: (k) => `${k.postId}|${groupOf(k)}` },
    );
  }
}
