import { AccountStatus, ContentStatus } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import { registerMember, registerModerator, type TestApp, type TestMember } from '@haven/server/testing';
import {
  COMMENT_FIELDS,
  CREATE_COMMENT,
  categoryIdOf,
  createComment,
  createForumApp,
  createPost,
  getPost,
  type CommentData,
} from './forum.fixtures';
import { CommentsService } from './comments.service';

const UPDATE_COMMENT = `mutation($id: ID!, $body: String!) {
  updateComment(id: $id, body: $body) { comment { ${COMMENT_FIELDS} } safety { heldForReview } }
}`;
const DELETE_COMMENT = `mutation($id: ID!) { deleteComment(id: $id) }`;
const THREAD = `query($id: ID!, $first: Int, $after: String) {
  post(id: $id) { commentCount lastActivityAt comments(first: $first, after: $after) {
    nodes { ${COMMENT_FIELDS} } pageInfo { endCursor hasNextPage } } }
}`;

interface Thread {
  commentCount: number;
  lastActivityAt: string;
  comments: { nodes: CommentData[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

describe('forum comments', () => {
  let t: TestApp;
  let categoryId: string;
  let author: TestMember;
  let other: TestMember;
  let moderator: TestMember;

  beforeAll(async () => {
    t = await createForumApp();
    categoryId = await categoryIdOf(t.gql);
    author = await registerMember(t.gql);
    other = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  const thread = async (gql = t.gql, id: string, first?: number, after?: string) =>
    (await gql.ok<{ post: Thread }>(THREAD, { id, first, after })).post;

  it('adds comments oldest first, counts them and moves the post to the latest activity', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment, safety } = await createComment(other.gql, post.id, 'First *reply*');
    expect(comment).toMatchObject({
      body: 'First *reply*',
      bodyHtml: '<p>First <em>reply</em></p>',
      status: 'PUBLISHED',
    });
    expect(safety.heldForReview).toBe(false);
    await createComment(author.gql, post.id, 'Second reply');
    const seen = await thread(t.gql, post.id);
    expect(seen.commentCount).toBe(2);
    expect(seen.comments.nodes.map((c) => c.body)).toEqual(['First *reply*', 'Second reply']);
    expect(new Date(seen.lastActivityAt).getTime()).toBeGreaterThan(new Date(post.lastActivityAt).getTime());
  });

  it.each([
    ['an empty body', '  \n  '],
    ['a body over 10 000 characters', 'x'.repeat(10_001)],
  ])('refuses %s with BAD_USER_INPUT', async (_name, body) => {
    const { post } = await createPost(author.gql, { categoryId });
    expect(await other.gql.errorCode(CREATE_COMMENT, { input: { postId: post.id, body } })).toBe(
      'BAD_USER_INPUT',
    );
    expect((await getPost(t.gql, post.id))?.commentCount).toBe(0);
  });

  it('accepts exactly 10 000 characters', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment } = await createComment(other.gql, post.id, 'y'.repeat(10_000));
    expect(comment.body).toHaveLength(10_000);
  });

  it('refuses visitors, suspended members, unknown posts and deleted posts', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    expect(await t.gql.errorCode(CREATE_COMMENT, { input: { postId: post.id, body: 'hi' } })).toBe(
      'UNAUTHENTICATED',
    );
    const suspended = await registerMember(t.gql);
    await t.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 60_000));
    expect(await suspended.gql.errorCode(CREATE_COMMENT, { input: { postId: post.id, body: 'hi' } })).toBe(
      'FORBIDDEN',
    );
    expect(
      await other.gql.errorCode(CREATE_COMMENT, {
        input: { postId: '00000000-0000-4000-8000-000000000000', body: 'hi' },
      }),
    ).toBe('NOT_FOUND');
    await author.gql.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: post.id });
    expect(await other.gql.errorCode(CREATE_COMMENT, { input: { postId: post.id, body: 'hi' } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lets the author edit and refuses anyone else, moderators too', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment } = await createComment(other.gql, post.id, 'Original words');
    const edited = await other.gql.ok<{ updateComment: { comment: CommentData } }>(UPDATE_COMMENT, {
      id: comment.id,
      body: 'Better **words**',
    });
    expect(edited.updateComment.comment.bodyHtml).toBe('<p>Better <strong>words</strong></p>');
    expect(await author.gql.errorCode(UPDATE_COMMENT, { id: comment.id, body: 'Not mine' })).toBe(
      'FORBIDDEN',
    );
    expect(await other.gql.errorCode(UPDATE_COMMENT, { id: comment.id, body: ' ' })).toBe('BAD_USER_INPUT');
    expect(
      await moderator.gql.errorCode(UPDATE_COMMENT, { id: comment.id, body: 'Edited by a moderator' }),
    ).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(DELETE_COMMENT, { id: comment.id })).toBe('FORBIDDEN');
    expect((await thread(t.gql, post.id)).comments.nodes.map((c) => c.body)).toEqual(['Better **words**']);
  });

  it('keeps a deleted comment in the thread as "[deleted]" and counts only the others', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const first = await createComment(other.gql, post.id, 'Will be deleted');
    await createComment(author.gql, post.id, 'Stays');
    expect(await author.gql.errorCode(DELETE_COMMENT, { id: first.comment.id })).toBe('FORBIDDEN');
    await other.gql.ok(DELETE_COMMENT, { id: first.comment.id });
    await other.gql.ok(DELETE_COMMENT, { id: first.comment.id });
    const seen = await thread(t.gql, post.id);
    expect(seen.commentCount).toBe(1);
    expect(seen.comments.nodes.map((c) => [c.body, c.deleted])).toEqual([
      ['[deleted]', true],
      ['Stays', false],
    ]);
    expect(await other.gql.errorCode(UPDATE_COMMENT, { id: first.comment.id, body: 'Back' })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it("a moderation removal hides someone's comment from others, and the count follows", async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment } = await createComment(other.gql, post.id, 'Removed soon');
    await t.app.get(CommentsService).setStatus(comment.id, ContentStatus.REMOVED);
    expect((await thread(t.gql, post.id)).comments.nodes).toEqual([]);
    expect((await thread(t.gql, post.id)).commentCount).toBe(0);
    expect((await thread(other.gql, post.id)).comments.nodes.map((c) => c.status)).toEqual(['REMOVED']);
    expect((await thread(moderator.gql, post.id)).comments.nodes.map((c) => c.status)).toEqual(['REMOVED']);
  });

  it('pages through a thread with cursors, and a deleted comment does not break the pages', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push((await createComment(other.gql, post.id, `Comment ${i}`)).comment.id);
    const page1 = await thread(t.gql, post.id, 3);
    expect(page1.comments.nodes.map((c) => c.body)).toEqual(['Comment 0', 'Comment 1', 'Comment 2']);
    expect(page1.comments.pageInfo.hasNextPage).toBe(true);
    await other.gql.ok(DELETE_COMMENT, { id: ids[2] });
    await other.gql.ok(DELETE_COMMENT, { id: ids[3] });
    const page2 = await thread(t.gql, post.id, 3, page1.comments.pageInfo.endCursor!);
    expect(page2.comments.nodes.map((c) => c.body)).toEqual(['[deleted]', 'Comment 4', 'Comment 5']);
    const page3 = await thread(t.gql, post.id, 3, page2.comments.pageInfo.endCursor!);
    expect(page3.comments.nodes.map((c) => c.body)).toEqual(['Comment 6']);
    expect(page3.comments.pageInfo.hasNextPage).toBe(false);
    expect(page3.commentCount).toBe(5);
    expect(await t.gql.errorCode(THREAD, { id: post.id, first: 101 })).toBe('BAD_USER_INPUT');
    expect(await t.gql.errorCode(THREAD, { id: post.id, after: 'garbage' })).toBe('BAD_USER_INPUT');
  });

  it('keeps the comment count exact under 30 concurrent comments and deletions', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const members = await Promise.all(Array.from({ length: 10 }, () => registerMember(t.gql)));
    const created = await Promise.all(
      Array.from({ length: 30 }, (_, i) => createComment(members[i % 10].gql, post.id, `Concurrent ${i}`)),
    );
    expect((await getPost(t.gql, post.id))?.commentCount).toBe(30);
    await Promise.all(
      created
        .slice(0, 10)
        .flatMap(({ comment }, i) => [
          members[i % 10].gql.ok(DELETE_COMMENT, { id: comment.id }),
          members[i % 10].gql.ok(DELETE_COMMENT, { id: comment.id }),
        ]),
    );
    expect((await getPost(t.gql, post.id))?.commentCount).toBe(20);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM forum_comments WHERE post_id = $1 AND status = 'PUBLISHED' AND deleted_at IS NULL`,
      [post.id],
    );
    expect(n).toBe(20);
  });

  it('holds a comment with drug-sourcing language for review without counting it', async () => {
    const { post } = await createPost(author.gql, { categoryId });
    const { comment, safety } = await createComment(
      other.gql,
      post.id,
      'DM me, I can sell you ketamine, cheap, shipped discreetly',
    );
    expect(safety.heldForReview).toBe(true);
    expect(comment.status).toBe('PENDING_REVIEW');
    expect((await thread(t.gql, post.id)).commentCount).toBe(0);
    expect((await thread(t.gql, post.id)).comments.nodes).toEqual([]);
    expect((await thread(other.gql, post.id)).comments.nodes.map((c) => c.id)).toEqual([comment.id]);
  });
});
