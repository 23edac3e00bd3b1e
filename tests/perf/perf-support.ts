import { randomBytes } from 'node:crypto';
import type { HavenServer } from '../browser/support/haven-server';

async function graphql<T>(server: HavenServer, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Registers a member and publishes one forum post through the API; returns the post's path. */
export async function seedPost(server: HavenServer): Promise<string> {
  const id = randomBytes(4).toString('hex');
  const { register } = await graphql<{ register: { accessToken: string } }>(
    server,
    'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
    { i: { email: `perf-${id}@haven.test`, handle: `perf_${id}`, password: `calm-meadow-${id}` } },
  );
  const { categories } = await graphql<{ categories: { id: string }[] }>(server, '{ categories { id } }', {});
  const { createPost } = await graphql<{ createPost: { post: { id: string } } }>(
    server,
    'mutation($i: CreatePostInput!) { createPost(input: $i) { post { id } } }',
    {
      i: {
        categoryId: categories[0]?.id,
        title: 'Three weeks after my first esketamine session',
        body: 'Mornings are a little easier now.\n\n- I sleep better\n- I walk most days\n\nHow was it for you?',
      },
    },
    register.accessToken,
  );
  return `/forum/p/${createPost.post.id}`;
}

/** The pages the web's budgets are measured on: home, forum, one post (seeded first) and help. */
export async function measuredPages(server: HavenServer): Promise<[name: string, path: string][]> {
  const post = await seedPost(server);
  return [
    ['home', '/'],
    ['forum', '/forum'],
    ['a post', post],
    ['help', '/help'],
  ];
}

/** 1.6 Mbps down, 750 kbps up, 150 ms round trip: a weak mobile connection (Lighthouse's "slow 4G"). */
export const WEAK_CONNECTION = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
