import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '@haven/server/core';
import type { CommentRow, PostRow } from './forum.rows';
import { MemberActivityService } from './member-activity.service';

/** A member's newest published posts, batched per request by member id. */
@Injectable()
export class MemberPostsLoader implements LoaderFactory<DataLoader<string, PostRow[]>> {
  constructor(private readonly activity: MemberActivityService) {}

  create() {
    return new DataLoader<string, PostRow[]>((ids) => this.activity.recentPosts(ids));
  }
}

/** A member's newest published comments, batched per request by member id. */
@Injectable()
export class MemberCommentsLoader implements LoaderFactory<DataLoader<string, CommentRow[]>> {
  constructor(private readonly activity: MemberActivityService) {}

  create() {
    return new DataLoader<string, CommentRow[]>((ids) => this.activity.recentComments(ids));
  }
}
