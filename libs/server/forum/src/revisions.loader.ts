import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import type { RevisionObject } from './dto/revision.object';
import { RevisionsService } from './revisions.service';

/** Revisions of posts by post id, batched per request. */
@Injectable()
export class PostRevisionsLoader implements LoaderFactory<DataLoader<string, RevisionObject[]>> {
  constructor(private readonly revisions: RevisionsService) {}

  create() {
    return new DataLoader<string, RevisionObject[]>((ids) => this.revisions.forIds('POST', ids));
  }
}

/** Revisions of comments by comment id, batched per request. */
@Injectable()
export class CommentRevisionsLoader implements LoaderFactory<DataLoader<string, RevisionObject[]>> {
  constructor(private readonly revisions: RevisionsService) {}

  create() {
    return new DataLoader<string, RevisionObject[]>((ids) => this.revisions.forIds('COMMENT', ids));
  }
}
