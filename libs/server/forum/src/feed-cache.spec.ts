import { registerMember, type TestApp, type TestMember } from '@haven/server/testing';
import {
  POST_FIELDS,
  TOGGLE_REACTION,
  categoryIdOf,
  countOf,
  createForumApp,
  createPost,
  type PostData,
} from './forum.fixtures';

const FEED = `query($first: Int) { posts(first: $first) { nodes { ${POST_FIELDS} } pageInfo { endCursor hasNextPage } } }`;

describe('the signed-out feed cache', () => {
  let t: TestApp;
  let second: TestApp;
  let member: TestMember;
  let categoryId: string;

  beforeAll(async () => {
    t = await createForumApp({ env: { FEED_CACHE_SECONDS: '60' } });
    // A second instance of the same deployment: same database, same Redis prefix.
    second = await createForumApp({
      database: t.database,
      redisPrefix: t.config.REDIS_PREFIX,
      env: { FEED_CACHE_SECONDS: '60' },
    });
    member = await registerMember(t.gql);
    categoryId = await categoryIdOf(t.gql);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const visitorFeed = async (app: TestApp) =>
    (await app.gql.ok<{ posts: { nodes: PostData[] } }>(FEED, { first: 5 })).posts;

  it('serves a repeated visitor page from the shared store without SQL', async () => {
    await createPost(member.gql, { categoryId, title: 'Cached thread' });
    const first = await t.countQueries(() => visitorFeed(t));
    expect(first.queries).toBeGreaterThan(0);
    const again = await t.countQueries(() => visitorFeed(t));
    expect(again.queries).toBe(0);
    expect(again.result).toEqual(first.result);
    // The other instance finds the same entry in Redis.
    const elsewhere = await second.countQueries(() => visitorFeed(second));
    expect(elsewhere.queries).toBe(0);
    expect(elsewhere.result.nodes[0].title).toBe('Cached thread');
    expect(typeof elsewhere.result.nodes[0].createdAt).toBe('string');
  });

  it('drops cached pages on every instance when the forum changes', async () => {
    await visitorFeed(t);
    const { post } = await createPost(member.gql, { categoryId, title: 'Written on instance one' });
    expect((await visitorFeed(second)).nodes[0].id).toBe(post.id);

    await visitorFeed(t);
    const reactor = await registerMember(second.gql);
    await reactor.gql.ok(TOGGLE_REACTION, { kind: 'POST', id: post.id, reaction: 'HUG' });
    expect(countOf((await visitorFeed(t)).nodes[0].reactions, 'HUG')).toBe(1);
  });

  it('never caches what signed-in members see', async () => {
    const page = await member.gql.ok<{ posts: { nodes: PostData[] } }>(FEED, { first: 5 });
    const { queries } = await t.countQueries(() => member.gql.ok(FEED, { first: 5 }));
    expect(queries).toBeGreaterThan(0);
    expect(page.posts.nodes.length).toBeGreaterThan(0);
  });
});
