import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { registerMember, type GraphqlClient, type TestApp, type TestMember } from '@haven/server/testing';
import { TOGGLE_REACTION, categoryIdOf, createForumApp, createPost } from './forum.fixtures';

// The feed builds its page in one statement and primes the loaders with it (`feedPage`, `primeRows`);
// each post must read exactly as it does opened alone, where every field goes through its loader.
const FIELDS = `id title status commentCount authorBlocked viewerReactions reactions { kind count }
  author { id handle bio journeyStage role createdAt deleted } category { id slug name description position archived }`;
const FEED = `query($first: Int) { posts(first: $first) { nodes { ${FIELDS} } pageInfo { hasNextPage } } }`;
const POST = `query($id: ID!) { post(id: $id) { ${FIELDS} } }`;
const BLOCK = `mutation($id: ID!) { blockUser(userId: $id) }`;

interface Node {
  id: string;
  authorBlocked: boolean;
  viewerReactions: string[];
  reactions: { kind: string; count: number }[];
}

describe('the feed page in one statement', () => {
  let t: TestApp;
  let reader: TestMember;
  let writer: TestMember;
  let ids: string[];

  beforeAll(async () => {
    t = await createForumApp({ env: { FEED_CACHE_SECONDS: '0' } });
    reader = await registerMember(t.gql);
    writer = await registerMember(t.gql);
    const categoryId = await categoryIdOf(t.gql);
    const mine = await createPost(reader.gql, { categoryId, title: 'My own thread' });
    const theirs = await createPost(writer.gql, { categoryId, title: 'A thread by someone I block' });
    ids = [mine.post.id, theirs.post.id];
    for (const [gql, reaction] of [
      [reader.gql, 'HUG'],
      [reader.gql, 'SUPPORT'],
      [writer.gql, 'SUPPORT'],
    ] as const) {
      await gql.ok(TOGGLE_REACTION, { kind: 'POST', id: theirs.post.id, reaction });
    }
    await reader.gql.ok(BLOCK, { id: writer.id });
  });
  afterAll(() => t.close());

  async function feedAndAlone(gql: GraphqlClient): Promise<[Node[], Node[]]> {
    const { posts } = await gql.ok<{ posts: { nodes: Node[] } }>(FEED, { first: 100 });
    const listed = posts.nodes.filter((n) => ids.includes(n.id));
    const alone = await Promise.all(
      listed.map(async (n) => (await gql.ok<{ post: Node }>(POST, { id: n.id })).post),
    );
    return [listed, alone];
  }

  it('gives a member the same post as opening it: author, category, counts, their reactions, blocks', async () => {
    const [listed, alone] = await feedAndAlone(reader.gql);
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(alone);
    const blocked = listed.find((n) => n.id === ids[1]);
    expect(blocked).toMatchObject({ authorBlocked: true, viewerReactions: ['SUPPORT', 'HUG'] });
    expect(blocked?.reactions).toEqual(
      expect.arrayContaining([
        { kind: 'SUPPORT', count: 2 },
        { kind: 'HUG', count: 1 },
      ]),
    );
    expect(listed.find((n) => n.id === ids[0])).toMatchObject({ authorBlocked: false, viewerReactions: [] });
  });

  it("shows each reader their own view, never another's", async () => {
    const [writerView, writerAlone] = await feedAndAlone(writer.gql);
    expect(writerView).toEqual(writerAlone);
    expect(writerView.find((n) => n.id === ids[1])).toMatchObject({
      authorBlocked: false,
      viewerReactions: ['SUPPORT'],
    });
    const [visitorView, visitorAlone] = await feedAndAlone(t.gql);
    expect(visitorView).toEqual(visitorAlone);
    expect(visitorView.every((n) => !n.authorBlocked && n.viewerReactions.length === 0)).toBe(true);
  });

  it("hands graphql-js the feed's post fields as bare methods, with no per-call Nest wrapping", () => {
    const post = t.app.get(GraphQLSchemaHost).schema.getType('Post') as GraphQLObjectType;
    const fields = post.getFields();
    for (const name of ['excerpt', 'author', 'category', 'reactions', 'viewerReactions', 'authorBlocked']) {
      expect(fields[name].resolve?.name).toMatch(new RegExp(`^(bound )+${name}$`));
    }
  });

  it('answers every field of the page from its one statement, for a member and a visitor', async () => {
    for (const gql of [reader.gql, writer.gql, t.gql]) {
      await gql.ok(FEED, { first: 20 }); // the token verified and cached, as in use
      const { sql } = await t.countQueries(() => gql.ok(FEED, { first: 20 }));
      expect(sql).toHaveLength(1);
      expect(sql[0]).toContain('FROM forum_posts p');
    }
  });
});
