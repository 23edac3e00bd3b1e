import { createTestApp, registerMember, type TestApp } from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Visitors' feed answers come from a cache in front of GraphQL, with ETag/304 and Cache-Control.
describe('the visitor feed answer cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
  });
  afterAll(() => t.close());

  const FEED = 'query Feed($n: Int) { posts(first: $n) { nodes { id title } } }';
  const ask = (headers: Record<string, string> = {}, query = FEED, variables: unknown = { n: 5 }) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  it('serves the same answer with an ETag, answers 304 to If-None-Match, and retires it on a write', async () => {
    const member = await registerMember(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>('{ categories { id } }');
    const post = (title: string) =>
      member.gql.ok<{ createPost: { post: { id: string } } }>(
        'mutation($i: CreatePostInput!) { createPost(input: $i) { post { id } } }',
        { i: { categoryId: categories[0].id, title, body: 'A new thread.' } },
      );
    await post('First thread');
    await post('Second thread');
    const first = await ask();
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=15');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const body = await first.text();

    // The same operation written differently is the same entry.
    const again = await ask({}, `query Feed($n: Int) {\n  posts(first: $n) {\n nodes { id   title } } }`);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(body);
    const notModified = await ask({ 'if-none-match': etag! });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');

    // Other variables are another entry.
    const other = await ask({}, FEED, { n: 1 });
    expect(other.headers.get('etag')).not.toBe(etag);

    // Members are never served from it.
    const signedIn = await ask({ authorization: `Bearer ${member.accessToken}` });
    expect(signedIn.headers.get('cache-control')).not.toMatch(/public/);

    // A new post retires the cached answers at once.
    const created = await post('Fresh today');
    const after = await ask({ 'if-none-match': etag! });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain(created.createPost.post.id);
  });

  it('does not keep errors or mutations, and bad input still gets its clear error', async () => {
    const bad = await ask({}, 'query { posts(first: -3) { nodes { id } } }', {});
    const text = await bad.text();
    expect(text).toContain('"errors"');
    expect(bad.headers.get('cache-control')).not.toMatch(/public/);
    const twice = await ask({}, 'query { posts(first: -3) { nodes { id } } }', {});
    expect(await twice.text()).toContain('"errors"');
    const mutation = await ask({}, 'mutation { logout }', {});
    expect(mutation.headers.get('cache-control')).not.toMatch(/public/);
  });

  it("gives a member's answers no ETag: they are computed for one reader and never revalidated", async () => {
    const member = await registerMember(t.gql);
    const answer = await ask({ authorization: `Bearer ${member.accessToken}` });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ data: { posts: { nodes: expect.any(Array) } } });
    expect(answer.headers.get('etag')).toBeNull();
    expect(answer.headers.get('cache-control')).not.toMatch(/public/);
  });
});
