import { registerMember, registerModerator, type TestApp, type TestMember } from '@haven/server/testing';
import { categoryIdOf, createComment, createForumApp, createPost } from './forum.fixtures';

const REVISION_FIELDS = 'title body editedAt editor { id }';
const POST_HISTORY = `query($id: ID!) {
  post(id: $id) { title revisions { ${REVISION_FIELDS} } comments { nodes { id body revisions { ${REVISION_FIELDS} } } } }
}`;
const UPDATE_POST = `mutation($id: ID!, $input: UpdatePostInput!) { updatePost(id: $id, input: $input) { post { id } } }`;
const UPDATE_COMMENT = `mutation($id: ID!, $body: String!) { updateComment(id: $id, body: $body) { comment { id } } }`;

interface Revision {
  title: string | null;
  body: string;
  editedAt: string;
  editor: { id: string };
}
interface History {
  post: {
    title: string;
    revisions: Revision[];
    comments: { nodes: { id: string; body: string; revisions: Revision[] }[] };
  } | null;
}

describe('edit history', () => {
  let t: TestApp;
  let author: TestMember;
  let other: TestMember;
  let moderator: TestMember;
  let categoryId: string;

  beforeAll(async () => {
    t = await createForumApp();
    [author, other, moderator] = await Promise.all([
      registerMember(t.gql),
      registerMember(t.gql),
      registerModerator(t.gql),
    ]);
    categoryId = await categoryIdOf(t.gql);
  });
  afterAll(() => t.close());

  const history = async (member: TestMember | null, id: string) =>
    (await (member ? member.gql : t.gql).ok<History>(POST_HISTORY, { id })).post;

  it('keeps what a post said before every edit, oldest first, with the editor and time', async () => {
    const { post } = await createPost(author.gql, { categoryId, title: 'First title', body: 'First body' });
    await author.gql.ok(UPDATE_POST, { id: post.id, input: { body: 'Second body' } });
    await author.gql.ok(UPDATE_POST, { id: post.id, input: { title: 'Third title', body: 'Third body' } });
    // An edit that leaves the text as it is (tags only) keeps no revision.
    await author.gql.ok(UPDATE_POST, { id: post.id, input: { tags: ['ketamine'] } });

    const seen = await history(author, post.id);
    expect(seen?.title).toBe('Third title');
    expect(seen?.revisions.map((r) => [r.title, r.body])).toEqual([
      ['First title', 'First body'],
      ['First title', 'Second body'],
    ]);
    expect(seen?.revisions.every((r) => r.editor.id === author.id)).toBe(true);
    const times = seen!.revisions.map((r) => Date.parse(r.editedAt));
    expect(times[0]).toBeLessThanOrEqual(times[1]);
    expect((await history(moderator, post.id))?.revisions).toHaveLength(2);
  });

  it('keeps every edit of a comment', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment } = await createComment(other.gql, post.id, 'What I said first');
    await other.gql.ok(UPDATE_COMMENT, { id: comment.id, body: 'What I said second' });
    await other.gql.ok(UPDATE_COMMENT, { id: comment.id, body: 'What I say now' });

    const byCommenter = (await history(other, post.id))?.comments.nodes.find((c) => c.id === comment.id);
    expect(byCommenter?.body).toBe('What I say now');
    expect(byCommenter?.revisions.map((r) => [r.title, r.body])).toEqual([
      [null, 'What I said first'],
      [null, 'What I said second'],
    ]);
    const byModerator = (await history(moderator, post.id))?.comments.nodes.find((c) => c.id === comment.id);
    expect(byModerator?.revisions).toHaveLength(2);
  });

  it('shows the history only to the author and moderators: empty for other members and visitors', async () => {
    const { post } = await createPost(author.gql, { categoryId, body: 'Said once' });
    await author.gql.ok(UPDATE_POST, { id: post.id, input: { body: 'Said twice' } });
    const { comment } = await createComment(author.gql, post.id, 'A comment');
    await author.gql.ok(UPDATE_COMMENT, { id: comment.id, body: 'A changed comment' });

    for (const reader of [other, null]) {
      const seen = await history(reader, post.id);
      expect(seen?.revisions).toEqual([]);
      expect(seen?.comments.nodes[0].revisions).toEqual([]);
    }
    expect((await history(author, post.id))?.comments.nodes[0].revisions).toHaveLength(1);
  });

  it('erases the history when the author deletes the content', async () => {
    const { post } = await createPost(author.gql, { categoryId, body: 'Something private' });
    await author.gql.ok(UPDATE_POST, { id: post.id, input: { body: 'Something else' } });
    const { comment } = await createComment(author.gql, post.id, 'Private words');
    await author.gql.ok(UPDATE_COMMENT, { id: comment.id, body: 'Other words' });
    await author.gql.ok(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.id });
    await author.gql.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id });

    const seen = await history(moderator, post.id);
    expect(seen?.revisions).toEqual([]);
    expect(seen?.comments.nodes.find((c) => c.id === comment.id)?.revisions).toEqual([]);
  });

  it('a refused edit keeps no revision', async () => {
    const { post } = await createPost(author.gql, { categoryId, body: 'Mine' });
    expect(await other.gql.errorCode(UPDATE_POST, { id: post.id, input: { body: 'Not yours' } })).toBe(
      'FORBIDDEN',
    );
    expect(await author.gql.errorCode(UPDATE_POST, { id: post.id, input: { title: '' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect((await history(author, post.id))?.revisions).toEqual([]);
  });
});
