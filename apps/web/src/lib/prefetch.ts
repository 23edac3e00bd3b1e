import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { getOperationAST, type DocumentNode } from 'graphql';
import { useMemo } from 'react';

/** How long a page may take the prefetched answer as it is, instead of asking the server again. */
export const PREFETCH_FRESH_MS = 10_000;

/**
 * Queries a page needs, asked for while its code is still downloading (a page opened from outside the
 * app), and whether a page may use that answer without asking again. One per tab: the page's own
 * `useQuery` reads `fetchPolicyFor` so a fresh prefetched answer is not fetched twice.
 */
export class Prefetches {
  private readonly askedAt = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  prefetch<TData, TVariables extends OperationVariables>(
    client: ApolloClient,
    query: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<void> {
    const key = keyOf(query, variables);
    this.askedAt.set(key, this.now());
    return client.query({ query, variables }).then(
      () => undefined,
      // The page asks again itself, and shows the error if it persists.
      () => void this.askedAt.delete(key),
    );
  }

  /** `cache-first` while a prefetched answer is fresh (or on its way); otherwise `cache-and-network`. */
  fetchPolicyFor<TData, TVariables extends OperationVariables>(
    query: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): 'cache-first' | 'cache-and-network' {
    const at = this.askedAt.get(keyOf(query, variables));
    return at !== undefined && this.now() - at < PREFETCH_FRESH_MS ? 'cache-first' : 'cache-and-network';
  }
}

function keyOf(query: DocumentNode, variables: OperationVariables): string {
  return `${getOperationAST(query)?.name?.value ?? ''}:${JSON.stringify(variables)}`;
}

/** The tab's prefetches: route prefetching writes them, pages read them. */
export const prefetches = new Prefetches();

/**
 * The fetch policy of a page's own query: decided once per variables, so that a re-render after the
 * prefetched answer has aged does not switch policy (which would ask the server again).
 */
export function usePrefetchedFetchPolicy<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): 'cache-first' | 'cache-and-network' {
  const key = keyOf(query, variables);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the query and its variables.
  return useMemo(() => prefetches.fetchPolicyFor(query, variables), [key]);
}
