import { registerMember, type TestApp, type TestMember } from '@haven/server/testing';
import { categoryIdOf, createComment, createForumApp, createPost } from './forum.fixtures';

// What becomes of a deleted member's posts and comments: kept under distinct pseudonyms, or erased.

const THREAD = `query($id: ID!) { post(id: $id) { id title body deleted commentCount author { id handle }
  comments(first: 50) { nodes { id body deleted author { id handle } } } } }`;
const DELETE = `mutation($p: String!, $c: AccountContentChoice) { deleteAccount(password: $p, content: $c) }`;
const SEARCH = `query($q: String!) { searchPosts(query: $q) { nodes { id } } }`;

interface Thread {
  id: string;
  title: string;
  body: string;
  deleted: boolean;
  commentCount: number;
  author: { id: string; handle: string };
  comments: {
    nodes: { id: string; body: string; deleted: boolean; author: { id: string; handle: string } }[];
  };
}

describe('deleting an account: the member’s posts and comments', () => {
  let t: TestApp;
  let categoryId: string;
  let other: TestMember;

  beforeAll(async () => {
    t = await createForumApp();
    categoryId = await categoryIdOf(t.gql);
    other = await registerMember(t.gql);
  });
  afterAll(() => t.close());

  const thread = async (id: string) => (await t.gql.ok<{ post: Thread }>(THREAD, { id })).post;

  /** A member with two posts and two comments (one on each post), and a reply by someone else. */
  async function memberWithContent(word: string) {
    const member = await registerMember(t.gql);
    const first = await createPost(member.gql, {
      categoryId,
      title: `First ${word} thread`,
      body: `About ${word}.`,
    });
    const second = await createPost(member.gql, {
      categoryId,
      title: `Second ${word} thread`,
      body: 'More.',
    });
    await createComment(member.gql, first.post.id, `My own ${word} reply.`);
    await createComment(member.gql, second.post.id, 'Another reply.');
    await createComment(other.gql, first.post.id, 'A reply from someone else.');
    return { member, postIds: [first.post.id, second.post.id] };
  }

  it('KEEP_UNLINKED (the default) keeps every post and comment, each under its own pseudonym', async () => {
    const { member, postIds } = await memberWithContent('lanterns');
    await member.gql.ok(`mutation($p: String!) { deleteAccount(password: $p) }`, { p: member.password });

    const [first, second] = await Promise.all(postIds.map(thread));
    const mine = [
      first.author,
      second.author,
      ...[first, second].flatMap((p) =>
        p.comments.nodes.filter((c) => c.body !== 'A reply from someone else.').map((c) => c.author),
      ),
    ];
    expect(mine).toHaveLength(4);
    // Four items, four different authors, none of them the account, none with its handle.
    expect(new Set(mine.map((a) => a.id)).size).toBe(4);
    expect(new Set(mine.map((a) => a.handle)).size).toBe(4);
    for (const author of mine) {
      expect(author.id).not.toBe(member.id);
      expect(author.handle).not.toBe(member.handle);
      expect(author.handle).toMatch(/^former-/);
    }
    expect(first.body).toBe('About lanterns.');
    expect(first.commentCount).toBe(2);
    expect(first.comments.nodes.find((c) => c.body === 'A reply from someone else.')?.author.id).toBe(
      other.id,
    );
    // Nothing is left under the account itself, and no pseudonym can be signed in as or looked up.
    const [{ count }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM forum_posts WHERE author_id = $1) + (SELECT count(*) FROM forum_comments WHERE author_id = $1) AS count`,
      [member.id],
    );
    expect(Number(count)).toBe(0);
    const pseudonyms = await t.dataSource.query(
      `SELECT email, password_hash, deleted_at FROM users WHERE id = ANY($1::uuid[])`,
      [mine.map((a) => a.id)],
    );
    expect(pseudonyms).toHaveLength(4);
    for (const row of pseudonyms) expect(row).toMatchObject({ email: null, password_hash: null });
    for (const row of pseudonyms) expect(row.deleted_at).not.toBeNull();
    expect(
      (await t.gql.ok<{ searchPosts: { nodes: unknown[] } }>(SEARCH, { q: 'lanterns' })).searchPosts.nodes,
    ).toHaveLength(2);
  });

  it('ERASE erases the text of every post and comment; replies by others stay, counts follow', async () => {
    const { member, postIds } = await memberWithContent('kestrels');
    await member.gql.ok(DELETE, { p: member.password, c: 'ERASE' });

    const [first, second] = await Promise.all(postIds.map(thread));
    for (const post of [first, second]) {
      expect(post).toMatchObject({ deleted: true, title: '[deleted]', body: '[deleted]' });
      expect(JSON.stringify(post)).not.toContain('kestrels');
    }
    expect(first.comments.nodes.map((c) => c.body)).toContain('A reply from someone else.');
    for (const c of first.comments.nodes.filter((c) => c.body !== 'A reply from someone else.'))
      expect(c.deleted).toBe(true);
    expect(first.commentCount).toBe(1);
    expect(second.commentCount).toBe(0);
    const stored = await t.dataSource.query(
      `SELECT body FROM forum_posts WHERE id = ANY($1::uuid[]) UNION ALL
       SELECT body FROM forum_comments WHERE author_id = $2`,
      [postIds, member.id],
    );
    for (const row of stored) expect(row.body).not.toContain('kestrels');
    expect(
      (await t.gql.ok<{ searchPosts: { nodes: unknown[] } }>(SEARCH, { q: 'kestrel' })).searchPosts.nodes,
    ).toEqual([]);
  });

  it('refuses an unknown choice and a wrong password, changing nothing', async () => {
    const { member, postIds } = await memberWithContent('otters');
    expect(await member.gql.errorCode(DELETE, { p: member.password, c: 'SHRED' })).toBe('BAD_USER_INPUT');
    expect(await member.gql.errorCode(DELETE, { p: 'not my password', c: 'ERASE' })).toBe('FORBIDDEN');
    expect(await t.gql.errorCode(DELETE, { p: 'whatever', c: 'ERASE' })).toBe('UNAUTHENTICATED');
    const first = await thread(postIds[0]);
    expect(first).toMatchObject({ deleted: false, title: 'First otters thread', author: { id: member.id } });
  });
});
