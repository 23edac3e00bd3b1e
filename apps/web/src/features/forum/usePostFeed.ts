import type { PostSort } from '../../gql/graphql';
import { usePagedQuery } from '../../lib';
import { ForumPostsDocument } from './forum.documents';

export const PAGE_SIZE = 20;

/** One feed (a category, a tag, or everything) with "load more" that appends the next page. */
export function usePostFeed(variables: {
  categorySlug?: string | null;
  tag?: string | null;
  sort?: PostSort;
}) {
  const query = usePagedQuery(
    ForumPostsDocument,
    { variables: { ...variables, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' },
    (data) => data.posts,
  );
  return {
    nodes: query.data?.posts.nodes,
    hasNextPage: query.hasNextPage,
    loading: query.loading,
    error: query.error ?? query.moreError,
    loadingMore: query.loadingMore,
    loadMore: query.loadMore,
    retry: () => void query.refetch(),
  };
}
