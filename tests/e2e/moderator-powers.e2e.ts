import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;
const POST = `query($id: ID!) { post(id: $id) { id title status } }`;
const MODERATE_POST = `mutation($id: ID!, $i: ModerateContentInput!) {
  moderatePost(id: $id, input: $i) { id status resolution sources contentKind contentId } }`;
const MODERATE_COMMENT = `mutation($id: ID!, $i: ModerateContentInput!) {
  moderateComment(id: $id, input: $i) { id status resolution } }`;
const LOG = `{ moderationLog(first: 20) { nodes { action contentKind contentId caseId note forced actor { id } } } }`;
const NOTICES = `{ myNotices { nodes { action contentKind contentId } } }`;

interface LogEntry {
  action: string;
  contentKind: string;
  contentId: string;
  caseId: string;
  note: string | null;
  forced: boolean;
  actor: { id: string };
}

describe('moderators act only through moderation', () => {
  let t: TestApp;
  let author: TestMember;
  let moderator: TestMember;
  let categoryId: string;

  const post = async (title = 'Words of my own') => {
    const data = await author.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      input: { categoryId, title, body: 'A calm week, mostly.' },
    });
    return data.createPost.post.id;
  };

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    author = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  });
  afterAll(() => t.close());

  it("refuses a moderator's or an administrator's edit of someone else's words, and changes nothing", async () => {
    const id = await post('The original title');
    const admin = await signInAdmin(t.gql);
    const update = `mutation($id: ID!) { updatePost(id: $id, input: { title: "Rewritten title" }) { post { id } } }`;
    expect(await moderator.gql.errorCode(update, { id })).toBe('FORBIDDEN');
    expect(await admin.gql.errorCode(update, { id })).toBe('FORBIDDEN');
    const { createComment } = await author.gql.ok<{ createComment: { comment: { id: string } } }>(
      CREATE_COMMENT,
      { input: { postId: id, body: 'My reply' } },
    );
    const updateComment = `mutation($id: ID!) { updateComment(id: $id, body: "Rewritten") { comment { id } } }`;
    expect(await moderator.gql.errorCode(updateComment, { id: createComment.comment.id })).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(`mutation($id: ID!) { deletePost(id: $id) }`, { id })).toBe(
      'FORBIDDEN',
    );
    expect(
      await moderator.gql.errorCode(`mutation($id: ID!) { deleteComment(id: $id) }`, {
        id: createComment.comment.id,
      }),
    ).toBe('FORBIDDEN');
    const seen = await t.gql.ok<{ post: { title: string; status: string } }>(POST, { id });
    expect(seen.post).toMatchObject({ title: 'The original title', status: 'PUBLISHED' });
    const log = await moderator.gql.ok<{ moderationLog: { nodes: LogEntry[] } }>(LOG);
    expect(log.moderationLog.nodes.filter((e) => e.contentId === id)).toEqual([]);
  });

  it('a removal through moderatePost is a resolved case, logged and noticed to the author', async () => {
    const id = await post('To be removed');
    const { moderatePost } = await moderator.gql.ok<{
      moderatePost: { id: string; status: string; resolution: string; sources: string[] };
    }>(MODERATE_POST, { id, i: { action: 'REMOVE', note: 'Off topic' } });
    expect(moderatePost).toMatchObject({ status: 'RESOLVED', resolution: 'REMOVE' });
    expect(moderatePost.sources).toContain('MODERATOR');
    expect(await t.gql.ok(POST, { id })).toEqual({ post: null });
    const log = await moderator.gql.ok<{ moderationLog: { nodes: LogEntry[] } }>(LOG);
    expect(log.moderationLog.nodes.find((e) => e.contentId === id)).toMatchObject({
      action: 'REMOVE',
      contentKind: 'POST',
      caseId: moderatePost.id,
      note: 'Off topic',
      forced: false,
      actor: { id: moderator.id },
    });
    const notices = await author.gql.ok<{ myNotices: { nodes: { action: string; contentId: string }[] } }>(
      NOTICES,
    );
    expect(notices.myNotices.nodes).toContainEqual({ action: 'REMOVE', contentKind: 'POST', contentId: id });
  });

  it('moderateComment removes a comment the same way', async () => {
    const postId = await post();
    const { createComment } = await author.gql.ok<{ createComment: { comment: { id: string } } }>(
      CREATE_COMMENT,
      { input: { postId, body: 'A reply to remove' } },
    );
    const commentId = createComment.comment.id;
    const { moderateComment } = await moderator.gql.ok<{ moderateComment: { resolution: string } }>(
      MODERATE_COMMENT,
      { id: commentId, i: { action: 'HIDE' } },
    );
    expect(moderateComment.resolution).toBe('HIDE');
    const notices = await author.gql.ok<{ myNotices: { nodes: { action: string; contentId: string }[] } }>(
      NOTICES,
    );
    expect(notices.myNotices.nodes).toContainEqual({
      action: 'HIDE',
      contentKind: 'COMMENT',
      contentId: commentId,
    });
  });

  it('joins an open case: one claimed by another moderator needs force, which is logged', async () => {
    const id = await post('Reported first');
    const reporter = await registerMember(t.gql);
    await reporter.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'POST', contentId: id, reason: 'SPAM' },
    });
    const [{ id: caseId }] = await t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN'`,
      [id],
    );
    const other = await registerModerator(t.gql);
    await other.gql.ok(`mutation($id: ID!) { claimCase(id: $id) { id } }`, { id: caseId });
    expect(await moderator.gql.errorCode(MODERATE_POST, { id, i: { action: 'REMOVE' } })).toBe('CONFLICT');
    const forced = await moderator.gql.ok<{ moderatePost: { id: string; resolution: string } }>(
      MODERATE_POST,
      {
        id,
        i: { action: 'REMOVE', force: true },
      },
    );
    expect(forced.moderatePost).toEqual(expect.objectContaining({ id: caseId, resolution: 'REMOVE' }));
    const log = await moderator.gql.ok<{ moderationLog: { nodes: LogEntry[] } }>(LOG);
    expect(log.moderationLog.nodes.find((e) => e.caseId === caseId)).toMatchObject({ forced: true });
  });

  it('refuses members, visitors, unknown content and bad actions with the right codes', async () => {
    const id = await post();
    const cases = () =>
      t.dataSource.query(`SELECT id, status FROM moderation_cases WHERE content_id = $1`, [id]);
    const before: unknown[] = await cases();
    expect(await author.gql.errorCode(MODERATE_POST, { id, i: { action: 'REMOVE' } })).toBe('FORBIDDEN');
    expect(await t.gql.errorCode(MODERATE_POST, { id, i: { action: 'REMOVE' } })).toBe('UNAUTHENTICATED');
    expect(
      await moderator.gql.errorCode(MODERATE_POST, {
        id: '00000000-0000-4000-8000-000000000000',
        i: { action: 'REMOVE' },
      }),
    ).toBe('NOT_FOUND');
    expect(await moderator.gql.errorCode(MODERATE_POST, { id: 'nope', i: { action: 'REMOVE' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(MODERATE_POST, { id, i: { action: 'SUSPEND_USER' } })).toBe(
      'BAD_USER_INPUT',
    );
    const own = await moderator.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      input: { categoryId, title: 'A moderator writes', body: 'Hello all.' },
    });
    expect(
      await moderator.gql.errorCode(MODERATE_POST, { id: own.createPost.post.id, i: { action: 'REMOVE' } }),
    ).toBe('FORBIDDEN');
    // Only the new member's review, opened when the post was written, and unchanged by the refusals.
    expect(await cases()).toEqual(before);
  });
});
