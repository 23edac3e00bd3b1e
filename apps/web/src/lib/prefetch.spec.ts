import { describe, expect, it } from '@jest/globals';
import { ApolloClient, ApolloLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { Observable } from 'rxjs';
import { PREFETCH_FRESH_MS, Prefetches } from './prefetch';

const PostTitle: TypedDocumentNode<{ post: { id: string; title: string } | null }, { id: string }> = gql`
  query PostTitle($id: ID!) {
    post(id: $id) {
      id
      title
    }
  }
`;

/** A client whose link answers each operation (or fails it), counting what reached it. */
function clientAnswering(fail = false): { client: ApolloClient; asked: string[] } {
  const asked: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        asked.push(`${operation.operationName}:${JSON.stringify(operation.variables)}`);
        if (fail) observer.error(new Error('offline'));
        else {
          observer.next({
            data: { post: { __typename: 'Post', id: operation.variables.id, title: 'Hello' } },
          });
          observer.complete();
        }
      }),
  );
  return { client: new ApolloClient({ cache: new InMemoryCache(), link }), asked };
}

describe('Prefetches', () => {
  it('asks once, puts the answer in the cache, and lets the page take it as it is while fresh', async () => {
    let now = 1_000;
    const prefetches = new Prefetches(() => now);
    const { client, asked } = clientAnswering();
    expect(prefetches.fetchPolicyFor(PostTitle, { id: 'p1' })).toBe('cache-and-network');

    const done = prefetches.prefetch(client, PostTitle, { id: 'p1' });
    // On its way: the page waits for the same answer instead of asking again.
    expect(prefetches.fetchPolicyFor(PostTitle, { id: 'p1' })).toBe('cache-first');
    await done;
    expect(asked).toEqual(['PostTitle:{"id":"p1"}']);
    expect(client.readQuery({ query: PostTitle, variables: { id: 'p1' } })?.post?.title).toBe('Hello');

    // Other variables were not prefetched; and once the answer is old, the page asks the server again.
    expect(prefetches.fetchPolicyFor(PostTitle, { id: 'p2' })).toBe('cache-and-network');
    now += PREFETCH_FRESH_MS - 1;
    expect(prefetches.fetchPolicyFor(PostTitle, { id: 'p1' })).toBe('cache-first');
    now += 1;
    expect(prefetches.fetchPolicyFor(PostTitle, { id: 'p1' })).toBe('cache-and-network');
  });

  it('forgets a prefetch that failed, so the page asks (and shows the error) itself', async () => {
    const prefetches = new Prefetches(() => 0);
    const { client } = clientAnswering(true);
    await expect(prefetches.prefetch(client, PostTitle, { id: 'p1' })).resolves.toBeUndefined();
    expect(prefetches.fetchPolicyFor(PostTitle, { id: 'p1' })).toBe('cache-and-network');
  });
});
