import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { PostSort } from '../../gql/graphql';
import { ForumPostsDocument } from './forum.documents';

export const PAGE_SIZE = 20;

/** One feed (a category, a tag, or everything) with "load more" that appends the next page. */
export function usePostFeed(variables: {
  categorySlug?: string | null;
  tag?: string | null;
  sort?: PostSort;
}) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const query = useQuery(ForumPostsDocument, {
    variables: { ...variables, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const { data, fetchMore } = query;

  async function loadMore() {
    const after = data?.posts.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          posts: {
            ...fetchMoreResult.posts,
            nodes: [...(previous?.posts.nodes ?? []), ...fetchMoreResult.posts.nodes],
          },
        }),
      });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    nodes: data?.posts.nodes,
    hasNextPage: data?.posts.pageInfo.hasNextPage ?? false,
    loading: query.loading,
    error: query.error ?? moreError,
    loadingMore,
    loadMore: () => void loadMore(),
    retry: () => void query.refetch(),
  };
}
