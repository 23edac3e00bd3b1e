import { Injectable } from '@nestjs/common';
import {
  CommentQueriesService,
  PostQueriesService,
  commentListedForEveryone,
  postListedForEveryone,
} from '@haven/server/forum';
import type { NotificationRow } from './notification.rows';

/** Kinds that are about the member's own content being acted on, and stay whatever its state. */
const ABOUT_OWN_STATE = new Set<string>(['MODERATION_OUTCOME', 'TESTIMONIAL_PUBLISHED']);

/**
 * Which notifications still point at visible content. A reply or mention whose content is no longer
 * listed for everyone (the forum's visibility rule: hidden, removed, held or deleted) drops out of the
 * list. Two queries for a whole page.
 */
@Injectable()
export class SubjectVisibility {
  constructor(
    private readonly posts: PostQueriesService,
    private readonly comments: CommentQueriesService,
  ) {}

  async visible(rows: readonly NotificationRow[]): Promise<Set<string>> {
    const checked = rows.filter((r) => !ABOUT_OWN_STATE.has(r.kind));
    const commentIds = checked.filter((r) => r.subject_kind === 'COMMENT').map((r) => r.subject_id!);
    const postIds = checked
      .map((r) => (r.subject_kind === 'POST' ? r.subject_id : r.post_id))
      .filter((id): id is string => !!id);
    const [posts, comments] = await Promise.all([
      postIds.length > 0 ? this.posts.findByIds(postIds) : Promise.resolve([]),
      commentIds.length > 0 ? this.comments.findByIds(commentIds) : Promise.resolve([]),
    ]);
    const openPosts = new Set(posts.flatMap((p) => (p && postListedForEveryone(p) ? [p.id] : [])));
    const openComments = new Set(comments.flatMap((c) => (c && commentListedForEveryone(c) ? [c.id] : [])));
    const result = new Set<string>();
    for (const row of rows) {
      if (ABOUT_OWN_STATE.has(row.kind)) result.add(row.id);
      else if (row.subject_kind === 'COMMENT') {
        if (openComments.has(row.subject_id!) && (!row.post_id || openPosts.has(row.post_id)))
          result.add(row.id);
      } else if (row.subject_kind === 'POST') {
        if (openPosts.has(row.subject_id!)) result.add(row.id);
      } else if (!row.post_id || openPosts.has(row.post_id)) result.add(row.id);
    }
    return result;
  }
}
