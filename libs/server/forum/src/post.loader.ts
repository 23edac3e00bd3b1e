import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import type { PostRow } from './forum.rows';
import { PostQueriesService } from './post-queries.service';

/** Posts by id (any status; resolvers decide what a reader sees), batched per request. */
@Injectable()
export class PostLoader implements LoaderFactory<DataLoader<string, PostRow | null>> {
  constructor(private readonly posts: PostQueriesService) {}

  create() {
    return new DataLoader<string, PostRow | null>((ids) => this.posts.findByIds(ids));
  }
}
