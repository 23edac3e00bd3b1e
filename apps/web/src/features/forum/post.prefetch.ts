import type { ApolloClient } from '@apollo/client';
import { prefetches } from '../../lib';
import { ForumCommentsDocument, ForumPostDocument } from './forum.documents';

/** How many comments a post's page shows first (and loads per "load more"). */
export const COMMENTS_PAGE_SIZE = 30;

export const postVariables = (id: string) => ({ id });
export const commentsVariables = (postId: string) => ({ postId, first: COMMENTS_PAGE_SIZE });

/** A post's page, opened from outside the app: its post and first comments, asked for together. */
export async function prefetchPost(client: ApolloClient, id: string): Promise<void> {
  await Promise.all([
    prefetches.prefetch(client, ForumPostDocument, postVariables(id)),
    prefetches.prefetch(client, ForumCommentsDocument, commentsVariables(id)),
  ]);
}
