import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';

/** A page of a connection as Haven's API returns it (`nodes` and `pageInfo`). */
export interface Connection<TNode> {
  nodes: readonly TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

type Select<TData, TNode> = (data: TData) => Connection<TNode> | null | undefined;

/** Where `target` sits inside `root` (the keys leading to it), or null. */
function pathTo(root: unknown, target: unknown, path: string[] = []): string[] | null {
  if (root === target) return path;
  if (root === null || typeof root !== 'object') return null;
  for (const [key, value] of Object.entries(root)) {
    const found = pathTo(value, target, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * The next page's answer with the connection's nodes of both pages, older first: everything else comes
 * from the newer answer. Without an earlier page (or connection), the next page as it is.
 */
export function appendPage<TData, TNode>(
  previous: TData | undefined,
  next: TData,
  select: Select<TData, TNode>,
): TData {
  const before = previous === undefined ? null : select(previous);
  const after = select(next);
  const path = after ? pathTo(next, after) : null;
  if (!before || !after || !path) return next;
  const merged: Connection<TNode> = { ...after, nodes: [...before.nodes, ...after.nodes] };
  const rebuild = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return merged;
    const key = path[depth] as string;
    const record = node as Record<string, unknown>;
    return { ...record, [key]: rebuild(record[key], depth + 1) };
  };
  return rebuild(next, 0) as TData;
}

/**
 * A query of one connection with "load more": the next page (from the last `endCursor`) is appended to
 * the nodes already shown. `moreError` is the last failed "load more" (the shown nodes stay).
 */
export function usePagedQuery<TData, TVariables extends OperationVariables, TNode>(
  query: TypedDocumentNode<TData, TVariables>,
  options: useQuery.Options<TData, TVariables> & { variables: TVariables },
  select: Select<TData, TNode>,
) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  // The options are the caller's own `useQuery` options.
  const result = useQuery(query, options as useQuery.Options<TData, TVariables>);
  const connection = result.data ? select(result.data as TData) : null;

  async function loadMore(): Promise<void> {
    const after = connection?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await result.fetchMore({
        // Every paged query of Haven's API takes the cursor as `after`.
        variables: { after } as unknown as Partial<TVariables>,
        updateQuery: (previous, { fetchMoreResult }) =>
          appendPage(previous as TData | undefined, fetchMoreResult as TData, select),
      });
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    ...result,
    nodes: connection?.nodes ?? [],
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loadingMore,
    moreError,
    loadMore: () => void loadMore(),
  };
}
