import { AccountStatus } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import { registerMember, type TestApp, type TestMember } from '@haven/server/testing';
import {
  TOGGLE_REACTION,
  categoryIdOf,
  countOf,
  createComment,
  createForumApp,
  createPost,
  getPost,
} from './forum.fixtures';

type Counts = { kind: string; count: number }[];

describe('forum reactions', () => {
  let t: TestApp;
  let categoryId: string;
  let author: TestMember;
  let reader: TestMember;

  beforeAll(async () => {
    t = await createForumApp();
    categoryId = await categoryIdOf(t.gql);
    author = await registerMember(t.gql);
    reader = await registerMember(t.gql);
  });
  afterAll(() => t.close());

  const toggle = async (member: TestMember, kind: 'POST' | 'COMMENT', id: string, reaction: string) =>
    (await member.gql.ok<{ toggleReaction: Counts }>(TOGGLE_REACTION, { kind, id, reaction })).toggleReaction;

  it('toggles a reaction on and off per member and shows the viewer their own', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    expect(countOf(await toggle(reader, 'POST', post.id, 'HUG'), 'HUG')).toBe(1);
    expect(countOf(await toggle(author, 'POST', post.id, 'HUG'), 'HUG')).toBe(2);
    const counts = await toggle(reader, 'POST', post.id, 'SUPPORT');
    expect(counts).toEqual([
      { kind: 'SUPPORT', count: 1 },
      { kind: 'HUG', count: 2 },
      { kind: 'RELATE', count: 0 },
      { kind: 'HELPFUL', count: 0 },
    ]);
    expect((await getPost(reader.gql, post.id))?.viewerReactions).toEqual(['SUPPORT', 'HUG']);
    expect((await getPost(author.gql, post.id))?.viewerReactions).toEqual(['HUG']);
    expect((await getPost(t.gql, post.id))?.viewerReactions).toEqual([]);
    // The same member toggling again takes theirs back; nobody else's.
    expect(countOf(await toggle(reader, 'POST', post.id, 'HUG'), 'HUG')).toBe(1);
    expect((await getPost(reader.gql, post.id))?.viewerReactions).toEqual(['SUPPORT']);
  });

  it('reacts to comments too', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment } = await createComment(author.gql, post.id);
    expect(countOf(await toggle(reader, 'COMMENT', comment.id, 'HELPFUL'), 'HELPFUL')).toBe(1);
    const { post: seen } = await reader.gql.ok<{
      post: { comments: { nodes: { reactions: Counts; viewerReactions: string[] }[] } };
    }>(
      `query($id: ID!) { post(id: $id) { comments { nodes { reactions { kind count } viewerReactions } } } }`,
      {
        id: post.id,
      },
    );
    expect(countOf(seen.comments.nodes[0].reactions, 'HELPFUL')).toBe(1);
    expect(seen.comments.nodes[0].viewerReactions).toEqual(['HELPFUL']);
    // A comment reaction does not count toward the post's total.
    const [{ reaction_count }] = await t.dataSource.query(
      'SELECT reaction_count FROM forum_posts WHERE id = $1',
      [post.id],
    );
    expect(reaction_count).toBe(0);
  });

  it('keeps counts exact under 50 concurrent reactions', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment } = await createComment(author.gql, post.id);
    const members = await Promise.all(Array.from({ length: 50 }, () => registerMember(t.gql)));
    await Promise.all(members.map((m) => toggle(m, 'POST', post.id, 'SUPPORT')));
    await Promise.all(members.map((m) => toggle(m, 'COMMENT', comment.id, 'RELATE')));
    expect(countOf((await getPost(t.gql, post.id))!.reactions, 'SUPPORT')).toBe(50);
    const [{ reaction_count }] = await t.dataSource.query(
      'SELECT reaction_count FROM forum_posts WHERE id = $1',
      [post.id],
    );
    expect(reaction_count).toBe(50);
    // Half of them take it back while the other half react again with HUG, all at once.
    await Promise.all(members.map((m, i) => toggle(m, 'POST', post.id, i % 2 === 0 ? 'SUPPORT' : 'HUG')));
    const after = (await getPost(t.gql, post.id))!.reactions;
    expect(countOf(after, 'SUPPORT')).toBe(25);
    expect(countOf(after, 'HUG')).toBe(25);
    const [{ total }] = await t.dataSource.query(
      'SELECT reaction_count AS total FROM forum_posts WHERE id = $1',
      [post.id],
    );
    expect(total).toBe(50);
    const commentCounts = await toggle(author, 'COMMENT', comment.id, 'RELATE');
    expect(countOf(commentCounts, 'RELATE')).toBe(51);
  });

  it('gives the same result when one member double-toggles concurrently (idempotent per member)', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    await Promise.all([toggle(reader, 'POST', post.id, 'HUG'), toggle(reader, 'POST', post.id, 'HUG')]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM forum_reactions WHERE target_id = $1 AND user_id = $2`,
      [post.id, reader.id],
    );
    const [{ reaction_count }] = await t.dataSource.query(
      'SELECT reaction_count FROM forum_posts WHERE id = $1',
      [post.id],
    );
    expect(reaction_count).toBe(n);
  });

  it('refuses visitors, suspended members, unknown and deleted targets', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    expect(await t.gql.errorCode(TOGGLE_REACTION, { kind: 'POST', id: post.id, reaction: 'HUG' })).toBe(
      'UNAUTHENTICATED',
    );
    const suspended = await registerMember(t.gql);
    await t.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 60_000));
    expect(
      await suspended.gql.errorCode(TOGGLE_REACTION, { kind: 'POST', id: post.id, reaction: 'HUG' }),
    ).toBe('FORBIDDEN');
    expect(
      await reader.gql.errorCode(TOGGLE_REACTION, {
        kind: 'COMMENT',
        id: '00000000-0000-4000-8000-000000000000',
        reaction: 'HUG',
      }),
    ).toBe('NOT_FOUND');
    expect(await reader.gql.errorCode(TOGGLE_REACTION, { kind: 'POST', id: 'nope', reaction: 'HUG' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await reader.gql.errorCode(TOGGLE_REACTION, { kind: 'POST', id: post.id, reaction: 'LOVE' })).toBe(
      'BAD_USER_INPUT',
    );
    await author.gql.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id });
    expect(await reader.gql.errorCode(TOGGLE_REACTION, { kind: 'POST', id: post.id, reaction: 'HUG' })).toBe(
      'BAD_USER_INPUT',
    );
  });
});
