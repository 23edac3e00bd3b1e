import { registerMember, registerModerator, type TestApp, type TestMember } from '@haven/server/testing';
import { categoryIdOf, createComment, createForumApp, createPost } from './forum.fixtures';

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  searchPosts(query: $q, first: $first, after: $after) { nodes { id title } pageInfo { endCursor hasNextPage } }
}`;

interface SearchPage {
  nodes: { id: string; title: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

describe('forum search', () => {
  let t: TestApp;
  let member: TestMember;
  let moderator: TestMember;
  let categoryId: string;

  beforeAll(async () => {
    t = await createForumApp();
    member = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    categoryId = await categoryIdOf(t.gql);
  });
  afterAll(() => t.close());

  const search = async (q: string, first?: number, after?: string | null) =>
    (await t.gql.ok<{ searchPosts: SearchPage }>(SEARCH, { q, first, after })).searchPosts;

  it('finds posts by English word stems', async () => {
    const { post } = await createPost(moderator.gql, {
      categoryId,
      title: 'Infusions and sleep',
      body: 'After my infusions I was sleeping much better and felt calmer.',
    });
    for (const q of ['infusion', 'infused', 'sleeps', 'Sleeping better']) {
      expect((await search(q)).nodes.map((n) => n.id)).toContain(post.id);
    }
    expect((await search('unrelatedword')).nodes).toEqual([]);
  });

  it('ranks a match in the title above a match in the body', async () => {
    const inBody = await createPost(moderator.gql, {
      categoryId,
      title: 'Some general notes',
      body: 'A long day, and then dissociation came on for a while during the session.',
    });
    const inTitle = await createPost(moderator.gql, {
      categoryId,
      title: 'Dissociation during treatment',
      body: 'Wondering what others felt.',
    });
    expect((await search('dissociation')).nodes.map((n) => n.id)).toEqual([inTitle.post.id, inBody.post.id]);
  });

  it('finds a post through its published comments', async () => {
    const { post } = await createPost(moderator.gql, { categoryId, title: 'Question about clinics' });
    await createComment(member.gql, post.id, 'My neighbourhood clinic offers spravato appointments.');
    expect((await search('spravato')).nodes.map((n) => n.id)).toEqual([post.id]);
  });

  it('searches published posts only', async () => {
    const fresh = await registerMember(t.gql);
    const held = await createPost(fresh.gql, {
      categoryId,
      title: 'Pangolin pictures',
      body: 'https://example.org/pangolin',
    });
    expect(held.post.status).toBe('PENDING_REVIEW');
    const gone = await createPost(moderator.gql, { categoryId, title: 'Pangolin thoughts' });
    await moderator.gql.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: gone.post.id });
    expect((await search('pangolin')).nodes).toEqual([]);
  });

  it('accepts any input safely', async () => {
    for (const q of [
      `'; DROP TABLE forum_posts; --`,
      '"unclosed',
      'a & | ! ( ) :* <->',
      '-',
      'OR',
      '\\',
      '🙂',
    ]) {
      const page = await search(q);
      expect(Array.isArray(page.nodes)).toBe(true);
    }
    expect(await t.gql.errorCode(SEARCH, { q: '   ' })).toBe('BAD_USER_INPUT');
    expect(await t.gql.errorCode(SEARCH, { q: 'x'.repeat(201) })).toBe('BAD_USER_INPUT');
    expect(await t.gql.errorCode(SEARCH, { q: 'ok', first: 101 })).toBe('BAD_USER_INPUT');
  });

  it('matches word prefixes, with a safe highlighted snippet from the post or the reply that matched', async () => {
    const { post } = await createPost(moderator.gql, {
      categoryId,
      title: 'Mornings after a session',
      body: 'The day after, a **headache** came and went. <img src=x onerror=alert(1)>',
    });
    const query = `query($q: String!) { searchPosts(query: $q) { nodes { id searchSnippet { html inReply } } } }`;
    type Hit = { id: string; searchSnippet: { html: string; inReply: boolean } | null };
    const hits = async (q: string) =>
      (await t.gql.ok<{ searchPosts: { nodes: Hit[] } }>(query, { q })).searchPosts.nodes;
    const [hit] = await hits('head');
    expect(hit.id).toBe(post.id);
    expect(hit.searchSnippet).toMatchObject({ inReply: false });
    expect(hit.searchSnippet?.html).toContain('<mark>headache</mark>');
    expect(hit.searchSnippet?.html).not.toContain('**');
    expect(hit.searchSnippet?.html).toContain('&lt;img');
    expect(hit.searchSnippet?.html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);

    const other = await createPost(moderator.gql, {
      categoryId,
      title: 'Evening walks',
      body: 'Short ones.',
    });
    await createComment(member.gql, other.post.id, 'Walking helps my vertiginous spells a little.');
    const [reply] = await hits('vertig');
    expect(reply.id).toBe(other.post.id);
    expect(reply.searchSnippet).toMatchObject({ inReply: true });
    expect(reply.searchSnippet?.html).toContain('<mark>vertiginous</mark>');
  });

  it('leaves deleted comments out of search', async () => {
    const { post } = await createPost(moderator.gql, { categoryId, title: 'Quiet thread', body: 'Hello.' });
    const { comment } = await createComment(member.gql, post.id, 'The axolotlish feeling passed.');
    expect((await search('axolot')).nodes.map((n) => n.id)).toEqual([post.id]);
    await member.gql.ok(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.id });
    expect((await search('axolot')).nodes).toEqual([]);
  });

  it('pages through results with cursors', async () => {
    for (let i = 0; i < 5; i++) {
      await createPost(moderator.gql, {
        categoryId,
        title: `Meditation tip ${i}`,
        body: 'meditation '.repeat(i + 1),
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: SearchPage = await search('meditation', 2, after);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(await t.gql.errorCode(SEARCH, { q: 'meditation', after: 'bogus' })).toBe('BAD_USER_INPUT');
  });
});
