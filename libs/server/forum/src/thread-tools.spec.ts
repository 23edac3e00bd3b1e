import { DataSource } from 'typeorm';
import { AccountStatus } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import { ModerationModule, moderationEntities } from '@haven/server/moderation';
import {
  registerMember,
  registerModerator,
  signInAdmin,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { CREATE_COMMENT, categoryIdOf, createComment, createForumApp, createPost } from './forum.fixtures';

const TOOL_FIELDS = 'id pinned locked lockNote category { id slug }';
const PIN = `mutation($id: ID!, $pinned: Boolean!) { pinPost(id: $id, pinned: $pinned) { ${TOOL_FIELDS} } }`;
const LOCK = `mutation($id: ID!, $locked: Boolean!, $note: String) {
  lockPost(id: $id, locked: $locked, note: $note) { ${TOOL_FIELDS} }
}`;
const MOVE = `mutation($id: ID!, $categoryId: ID!) { movePost(id: $id, categoryId: $categoryId) { ${TOOL_FIELDS} } }`;
const POST = `query($id: ID!) { post(id: $id) { ${TOOL_FIELDS} } }`;
const LIST = `query($slug: String, $sort: PostSort, $first: Int, $after: String) {
  posts(categorySlug: $slug, sort: $sort, first: $first, after: $after) {
    nodes { id pinned } pageInfo { endCursor hasNextPage }
  }
}`;
const LOG = `query { moderationLog(first: 100) { nodes { action contentId note actor { id } targetUser { id } } } }`;

interface ToolPost {
  id: string;
  pinned: boolean;
  locked: boolean;
  lockNote: string | null;
  category: { id: string; slug: string };
}
interface LogEntry {
  action: string;
  contentId: string | null;
  note: string | null;
  actor: { id: string };
  targetUser: { id: string } | null;
}

describe('thread tools: pin, lock and move', () => {
  let t: TestApp;
  let author: TestMember;
  let other: TestMember;
  let moderator: TestMember;
  let admin: TestMember;
  let suspended: TestMember;
  let categoryId: string;
  let otherCategoryId: string;

  beforeAll(async () => {
    t = await createForumApp({ imports: [ModerationModule], entities: moderationEntities });
    [author, other, suspended, moderator, admin] = await Promise.all([
      registerMember(t.gql),
      registerMember(t.gql),
      registerMember(t.gql),
      registerModerator(t.gql),
      signInAdmin(t.gql),
    ]);
    await t.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    categoryId = await categoryIdOf(t.gql, 'getting-started');
    otherCategoryId = await categoryIdOf(t.gql, 'treatment-experiences');
  });
  afterAll(() => t.close());

  const log = async () =>
    (await moderator.gql.ok<{ moderationLog: { nodes: LogEntry[] } }>(LOG)).moderationLog.nodes;
  const read = async (gql: GraphqlClient, id: string) =>
    (await gql.ok<{ post: ToolPost | null }>(POST, { id })).post;
  const newPost = async (title = 'A thread to moderate', inCategory = categoryId) =>
    (await createPost(author.gql, { categoryId: inCategory, title })).post;

  it('puts pinned posts first in their category, across pages, and logs pin and unpin', async () => {
    const slug = 'pinned-order';
    const { createCategory } = await admin.gql.ok<{ createCategory: { id: string } }>(
      `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`,
      { input: { slug, name: 'Pinned order' } },
    );
    const pinnedOne = await newPost('The oldest thread', createCategory.id);
    const middle = await newPost('A thread in between', createCategory.id);
    const newest = await newPost('The newest thread', createCategory.id);

    const pinned = await moderator.gql.ok<{ pinPost: ToolPost }>(PIN, { id: pinnedOne.id, pinned: true });
    expect(pinned.pinPost.pinned).toBe(true);

    for (const sort of ['LATEST_ACTIVITY', 'NEWEST', 'MOST_SUPPORTED']) {
      const first = await other.gql.ok<{
        posts: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
      }>(LIST, { slug, sort, first: 2 });
      const second = await other.gql.ok<{ posts: { nodes: { id: string }[] } }>(LIST, {
        slug,
        sort,
        first: 2,
        after: first.posts.pageInfo.endCursor,
      });
      expect([...first.posts.nodes, ...second.posts.nodes].map((p) => p.id)).toEqual([
        pinnedOne.id,
        newest.id,
        middle.id,
      ]);
    }
    // Visitors read the same order.
    const visitorList = await t.gql.ok<{ posts: { nodes: { id: string }[] } }>(LIST, { slug });
    expect(visitorList.posts.nodes[0].id).toBe(pinnedOne.id);

    await moderator.gql.ok(PIN, { id: pinnedOne.id, pinned: false });
    const after = await other.gql.ok<{ posts: { nodes: { id: string }[] } }>(LIST, { slug, sort: 'NEWEST' });
    expect(after.posts.nodes.map((p) => p.id)).toEqual([newest.id, middle.id, pinnedOne.id]);

    const entries = (await log()).filter((e) => e.contentId === pinnedOne.id);
    expect(entries.map((e) => [e.action, e.note])).toEqual([
      ['POST_PINNED', 'Unpinned.'],
      ['POST_PINNED', 'Pinned.'],
    ]);
    expect(entries[0]).toMatchObject({ actor: { id: moderator.id }, targetUser: { id: author.id } });
  });

  it('pinning a pinned post changes nothing and logs nothing', async () => {
    const post = await newPost();
    await moderator.gql.ok(PIN, { id: post.id, pinned: true });
    await moderator.gql.ok(PIN, { id: post.id, pinned: true });
    expect((await log()).filter((e) => e.contentId === post.id)).toHaveLength(1);
  });

  it('a locked post shows its note and refuses new comments and replies until unlocked', async () => {
    const post = await newPost();
    const { comment } = await createComment(other.gql, post.id);
    const locked = await moderator.gql.ok<{ lockPost: ToolPost }>(LOCK, {
      id: post.id,
      locked: true,
      note: '  This thread has run its course.  ',
    });
    expect(locked.lockPost).toMatchObject({ locked: true, lockNote: 'This thread has run its course.' });
    expect(await read(t.gql, post.id)).toMatchObject({
      locked: true,
      lockNote: 'This thread has run its course.',
    });

    const refused = await other.gql.request(CREATE_COMMENT, {
      input: { postId: post.id, body: 'One more?' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      locked: true,
      lockNote: 'This thread has run its course.',
    });
    const reply = await author.gql.request(
      `mutation($id: ID!) { replyToComment(commentId: $id, body: "Replying anyway") { comment { id } } }`,
      { id: comment.id },
    );
    expect(reply.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await moderator.gql.errorCode(CREATE_COMMENT, { input: { postId: post.id, body: 'Mod' } })).toBe(
      'CONFLICT',
    );
    const thread = await other.gql.ok<{ post: { commentCount: number } }>(
      `query($id: ID!) { post(id: $id) { commentCount } }`,
      { id: post.id },
    );
    expect(thread.post.commentCount).toBe(1);

    const unlocked = await moderator.gql.ok<{ lockPost: ToolPost }>(LOCK, { id: post.id, locked: false });
    expect(unlocked.lockPost).toMatchObject({ locked: false, lockNote: null });
    await createComment(other.gql, post.id, 'Open again, thank you.');

    const entries = (await log()).filter((e) => e.contentId === post.id);
    expect(entries.map((e) => [e.action, e.note])).toEqual([
      ['POST_LOCKED', 'Unlocked.'],
      ['POST_LOCKED', 'Locked: This thread has run its course.'],
    ]);
  });

  it('refuses a lock note that is too long, or one given when unlocking, and changes nothing', async () => {
    const post = await newPost();
    expect(await moderator.gql.errorCode(LOCK, { id: post.id, locked: true, note: 'x'.repeat(501) })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(LOCK, { id: post.id, locked: false, note: 'why' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await read(t.gql, post.id)).toMatchObject({ locked: false, lockNote: null });
    expect((await log()).filter((e) => e.contentId === post.id)).toHaveLength(0);
  });

  it('moves a post to another category and logs it', async () => {
    const post = await newPost();
    const moved = await admin.gql.ok<{ movePost: ToolPost }>(MOVE, {
      id: post.id,
      categoryId: otherCategoryId,
    });
    expect(moved.movePost.category).toEqual({ id: otherCategoryId, slug: 'treatment-experiences' });
    const list = await other.gql.ok<{ posts: { nodes: { id: string }[] } }>(LIST, {
      slug: 'treatment-experiences',
      first: 50,
    });
    expect(list.posts.nodes.map((p) => p.id)).toContain(post.id);
    const [entry] = (await log()).filter((e) => e.contentId === post.id);
    expect(entry).toMatchObject({
      action: 'POST_MOVED',
      note: 'Moved to treatment-experiences.',
      actor: { id: admin.id },
      targetUser: { id: author.id },
    });
  });

  it('refuses unknown ids, the same or an archived category, with clear codes, changing nothing', async () => {
    const post = await newPost();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await moderator.gql.errorCode(MOVE, { id: post.id, categoryId: unknown })).toBe('NOT_FOUND');
    expect(await moderator.gql.errorCode(MOVE, { id: unknown, categoryId: otherCategoryId })).toBe(
      'NOT_FOUND',
    );
    expect(await moderator.gql.errorCode(PIN, { id: unknown, pinned: true })).toBe('NOT_FOUND');
    expect(await moderator.gql.errorCode(LOCK, { id: unknown, locked: true })).toBe('NOT_FOUND');
    expect(await moderator.gql.errorCode(PIN, { id: 'not-an-id', pinned: true })).toBe('BAD_USER_INPUT');
    expect(await moderator.gql.errorCode(MOVE, { id: post.id, categoryId: 'nope' })).toBe('BAD_USER_INPUT');
    expect(await moderator.gql.errorCode(MOVE, { id: post.id, categoryId })).toBe('BAD_USER_INPUT');

    const { createCategory } = await admin.gql.ok<{ createCategory: { id: string } }>(
      `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`,
      { input: { slug: 'old-archive', name: 'Old archive' } },
    );
    await t.app
      .get(DataSource)
      .query('UPDATE forum_categories SET archived_at = now() WHERE id = $1', [createCategory.id]);
    const archived = await moderator.gql.request(MOVE, { id: post.id, categoryId: createCategory.id });
    expect(archived.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'categoryId' });
    expect(
      await author.gql.errorCode(
        `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`,
        { input: { categoryId: createCategory.id, title: 'Into the archive', body: 'Hello' } },
      ),
    ).toBe('FORBIDDEN');

    expect((await read(t.gql, post.id))?.category.id).toBe(categoryId);
    expect((await log()).filter((e) => e.contentId === post.id)).toHaveLength(0);
  });

  it.each([
    ['pinPost', PIN, { pinned: true }],
    ['lockPost', LOCK, { locked: true, note: 'Closed' }],
    ['movePost', MOVE, {}],
  ])(
    '%s: visitors sign in, members and suspended members are refused, moderators and admins act',
    async (_name, mutation, extra) => {
      const post = await newPost();
      const variables = {
        id: post.id,
        ...extra,
        ...(mutation === MOVE ? { categoryId: otherCategoryId } : {}),
      };
      expect(await t.gql.errorCode(mutation, variables)).toBe('UNAUTHENTICATED');
      expect(await author.gql.errorCode(mutation, variables)).toBe('FORBIDDEN');
      expect(await other.gql.errorCode(mutation, variables)).toBe('FORBIDDEN');
      expect(await suspended.gql.errorCode(mutation, variables)).toBe('FORBIDDEN');
      expect(await read(t.gql, post.id)).toMatchObject({
        pinned: false,
        locked: false,
        category: { id: categoryId },
      });
      expect((await log()).filter((e) => e.contentId === post.id)).toHaveLength(0);

      await moderator.gql.ok(mutation, variables);
      const second = await newPost();
      await admin.gql.ok(mutation, { ...variables, id: second.id });
      expect((await log()).filter((e) => e.contentId === post.id || e.contentId === second.id)).toHaveLength(
        2,
      );
    },
  );
});
