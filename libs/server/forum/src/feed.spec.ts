import { registerMember, registerModerator, type TestApp, type TestMember } from '@haven/server/testing';
import {
  POST_FIELDS,
  TOGGLE_REACTION,
  categoryIdOf,
  createComment,
  createForumApp,
  createPost,
  type PostData,
} from './forum.fixtures';

const FEED = `query($categorySlug: String, $tag: String, $sort: PostSort, $first: Int, $after: String) {
  posts(categorySlug: $categorySlug, tag: $tag, sort: $sort, first: $first, after: $after) {
    nodes { ${POST_FIELDS} } pageInfo { endCursor hasNextPage }
  }
}`;

interface Feed {
  nodes: PostData[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

describe('the forum feed', () => {
  let t: TestApp;
  let member: TestMember;
  let other: TestMember;
  let moderator: TestMember;
  let gettingStarted: string;
  let research: string;

  beforeAll(async () => {
    t = await createForumApp({ env: { FEED_CACHE_SECONDS: '0' } });
    member = await registerMember(t.gql);
    other = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    gettingStarted = await categoryIdOf(t.gql, 'getting-started');
    research = await categoryIdOf(t.gql, 'research-news');
  });
  afterAll(() => t.close());

  const feed = async (gql = t.gql, vars: Record<string, unknown> = {}) =>
    (await gql.ok<{ posts: Feed }>(FEED, vars)).posts;

  /** Every page of a feed, following cursors; `between` runs after each page (to add posts meanwhile). */
  async function allPages(vars: Record<string, unknown>, between?: () => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: Feed = await feed(t.gql, { ...vars, after });
      seen.push(...page.nodes.map((p) => p.id));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
      await between?.();
    }
    throw new Error('too many pages');
  }

  it('filters by category and tag, newest first', async () => {
    const a = await createPost(member.gql, { categoryId: research, title: 'A new study', tags: ['studies'] });
    const b = await createPost(other.gql, {
      categoryId: research,
      title: 'Another study',
      tags: ['studies', 'esketamine'],
    });
    await createPost(other.gql, {
      categoryId: gettingStarted,
      title: 'Hello everyone',
      tags: ['esketamine'],
    });
    const inResearch = await feed(t.gql, { categorySlug: 'research-news', sort: 'NEWEST' });
    expect(inResearch.nodes.map((p) => p.id)).toEqual([b.post.id, a.post.id]);
    const tagged = await feed(t.gql, { tag: 'esketamine', categorySlug: 'research-news' });
    expect(tagged.nodes.map((p) => p.id)).toEqual([b.post.id]);
    expect((await feed(t.gql, { tag: 'Studies' })).nodes.map((p) => p.id).sort()).toEqual(
      [a.post.id, b.post.id].sort(),
    );
    expect((await feed(t.gql, { categorySlug: 'no-such-category' })).nodes).toEqual([]);
    expect(await t.gql.errorCode(FEED, { tag: 'not a tag!' })).toBe('BAD_USER_INPUT');
  });

  it('orders by latest activity (a new comment lifts a thread) and by most support', async () => {
    const older = await createPost(member.gql, { categoryId: gettingStarted, title: 'Older thread' });
    const newer = await createPost(member.gql, { categoryId: gettingStarted, title: 'Newer thread' });
    let top = await feed(t.gql, { categorySlug: 'getting-started', first: 2 });
    expect(top.nodes[0].id).toBe(newer.post.id);
    await createComment(other.gql, older.post.id, 'Bumping this one');
    top = await feed(t.gql, { categorySlug: 'getting-started', first: 2 });
    expect(top.nodes[0].id).toBe(older.post.id);
    expect(new Date(top.nodes[0].lastActivityAt).getTime()).toBeGreaterThan(
      new Date(older.post.lastActivityAt).getTime(),
    );

    for (const m of [member, other, moderator]) {
      await m.gql.ok(TOGGLE_REACTION, { kind: 'POST', id: newer.post.id, reaction: 'SUPPORT' });
    }
    await other.gql.ok(TOGGLE_REACTION, { kind: 'POST', id: older.post.id, reaction: 'HUG' });
    const supported = await feed(t.gql, { sort: 'MOST_SUPPORTED', first: 2 });
    expect(supported.nodes.map((p) => p.id)).toEqual([newer.post.id, older.post.id]);
  });

  it.each(['LATEST_ACTIVITY', 'NEWEST', 'MOST_SUPPORTED'])(
    'pages through %s without gaps or repeats while new posts arrive',
    async (sort) => {
      const category = 'caregivers-family';
      const categoryId = await categoryIdOf(t.gql, category);
      const existing: string[] = [];
      for (let i = 0; i < 7; i++)
        existing.push((await createPost(member.gql, { categoryId, title: `Existing ${i}` })).post.id);
      let added = 0;
      const seen = await allPages({ categorySlug: category, sort, first: 3 }, async () => {
        await createPost(other.gql, { categoryId, title: `Arrived ${added++}` });
      });
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of existing) expect(seen).toContain(id);
      // Clean up for the next ordering.
      for (const id of await allPages({ categorySlug: category, first: 100 })) {
        await t.dataSource.query('DELETE FROM forum_posts WHERE id = $1', [id]);
      }
    },
  );

  it('refuses page sizes outside 1..100 and foreign or forged cursors', async () => {
    expect(await t.gql.errorCode(FEED, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await t.gql.errorCode(FEED, { first: 101 })).toBe('BAD_USER_INPUT');
    const page = await feed(t.gql, { first: 1, sort: 'NEWEST' });
    expect(
      await t.gql.errorCode(FEED, { first: 1, sort: 'MOST_SUPPORTED', after: page.pageInfo.endCursor }),
    ).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(
      JSON.stringify(['N', "2020-01-01'; DROP TABLE forum_posts; --", 'x']),
    ).toString('base64url');
    expect(await t.gql.errorCode(FEED, { sort: 'NEWEST', after: forged })).toBe('BAD_USER_INPUT');
  });

  it('lists only published posts for everyone; authors see their own held posts, moderators all held ones', async () => {
    const fresh = await registerMember(t.gql);
    const categoryId = await categoryIdOf(t.gql, 'integration-therapy');
    const held = await createPost(fresh.gql, {
      categoryId,
      title: 'Held with a link',
      body: 'https://example.org',
    });
    expect(held.post.status).toBe('PENDING_REVIEW');
    const ids = async (gql = t.gql) =>
      (await feed(gql, { categorySlug: 'integration-therapy' })).nodes.map((p) => p.id);
    expect(await ids(t.gql)).not.toContain(held.post.id);
    expect(await ids(other.gql)).not.toContain(held.post.id);
    expect(await ids(fresh.gql)).toContain(held.post.id);
    expect(await ids(moderator.gql)).toContain(held.post.id);
    const { categories } = await t.gql.ok<{ categories: { slug: string; postCount: number }[] }>(
      '{ categories { slug postCount } }',
    );
    expect(categories.find((c) => c.slug === 'integration-therapy')?.postCount).toBe(0);
  });

  it('costs the same small number of SQL queries for 20 and for 100 posts', async () => {
    const authors = await Promise.all(Array.from({ length: 6 }, () => registerMember(t.gql)));
    const categories = await t.dataSource.query<{ id: string }[]>('SELECT id FROM forum_categories');
    await t.dataSource.query(
      `INSERT INTO forum_posts (category_id, author_id, title, body, body_html, tags, created_at, last_activity_at, reaction_count)
       SELECT ($1::uuid[])[1 + i % $3], ($2::uuid[])[1 + i % $4], 'Bulk post ' || i, 'Body ' || i, '<p>Body ' || i || '</p>',
              ARRAY['bulk'], now() - i * interval '1 second', now() - i * interval '1 second', 1
       FROM generate_series(1, 120) AS i`,
      [categories.map((c) => c.id), authors.map((a) => a.id), categories.length, authors.length],
    );
    await t.dataSource.query(
      `INSERT INTO forum_reactions (target_kind, target_id, user_id, kind)
       SELECT 'POST', p.id, $1, 'SUPPORT' FROM forum_posts p WHERE p.title LIKE 'Bulk post %'`,
      [member.id],
    );
    const measure = async (gql = t.gql, first: number) => {
      // A first request, so the member's token is as recently verified (and cached) for both sizes.
      await feed(gql, { tag: 'bulk', first: 1 });
      const { result, queries } = await t.countQueries(() => feed(gql, { tag: 'bulk', first }));
      expect(result.nodes).toHaveLength(first);
      return queries;
    };
    const member20 = await measure(member.gql, 20);
    const member100 = await measure(member.gql, 100);
    const visitor20 = await measure(t.gql, 20);
    const visitor100 = await measure(t.gql, 100);
    expect(member20).toBe(member100);
    expect(visitor20).toBe(visitor100);
    // At most: account lookup, posts, authors, categories, reaction counts, viewer reactions.
    expect(member100).toBeLessThanOrEqual(6);
    expect(visitor100).toBeLessThanOrEqual(4);
    const viewer = await feed(member.gql, { tag: 'bulk', first: 100 });
    expect(viewer.nodes.every((p) => p.viewerReactions.includes('SUPPORT'))).toBe(true);
  });
});
