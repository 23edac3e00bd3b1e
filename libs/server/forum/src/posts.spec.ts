import { EventEmitter2 } from '@nestjs/event-emitter';
import { AccountStatus } from '@haven/shared/contracts';
import { CONTENT_SUBMITTED_EVENT, type ContentSubmittedEvent } from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import {
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import {
  CREATE_POST,
  POST_FIELDS,
  categoryIdOf,
  createComment,
  createForumApp,
  createPost,
  getPost,
  type PostData,
} from './forum.fixtures';

const UPDATE_POST = `mutation($id: ID!, $input: UpdatePostInput!) {
  updatePost(id: $id, input: $input) { post { ${POST_FIELDS} } safety { crisisDetected heldForReview } }
}`;
const DELETE_POST = `mutation($id: ID!) { deletePost(id: $id) }`;

describe('forum posts', () => {
  let t: TestApp;
  let categoryId: string;
  let author: TestMember;
  let other: TestMember;
  let moderator: TestMember;
  const events: ContentSubmittedEvent[] = [];

  beforeAll(async () => {
    t = await createForumApp();
    t.app.get(EventEmitter2).on(CONTENT_SUBMITTED_EVENT, (e: ContentSubmittedEvent) => void events.push(e));
    categoryId = await categoryIdOf(t.gql);
    author = await registerMember(t.gql);
    other = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  const postCount = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM forum_posts`))[0].n as number;

  it('creates a post with trimmed title, tags as lowercase slugs, warnings and sanitised HTML', async () => {
    const { post, safety } = await createPost(author.gql, {
      categoryId,
      title: '   My first   infusion  ',
      body: '**Bold** and <script>alert(1)</script> <img src=x onerror=alert(1)>',
      tags: ['Side Effects', 'infusion', 'infusion'],
      contentWarnings: ['MEDICAL_DETAILS', 'MEDICAL_DETAILS'],
    });
    expect(post.title).toBe('My first infusion');
    expect(post.tags).toEqual(['side-effects', 'infusion']);
    expect(post.contentWarnings).toEqual(['MEDICAL_DETAILS']);
    expect(post.status).toBe('PUBLISHED');
    expect(post.author.id).toBe(author.id);
    expect(post.category.id).toBe(categoryId);
    expect(post.commentCount).toBe(0);
    expect(post.reactions).toEqual([
      { kind: 'SUPPORT', count: 0 },
      { kind: 'HUG', count: 0 },
      { kind: 'RELATE', count: 0 },
      { kind: 'HELPFUL', count: 0 },
    ]);
    expect(post.bodyHtml).toContain('<strong>Bold</strong>');
    expect(post.bodyHtml).not.toMatch(/<script|<img/i);
    expect(post.body).toContain('<script>');
    expect(safety).toEqual({ crisisDetected: false, heldForReview: false, resources: [] });
  });

  it.each([
    ['a title that is too short', { title: ' ab ' }],
    ['a title that is too long', { title: 'x'.repeat(201) }],
    ['an empty body', { body: '   \n ' }],
    ['a body over 40 000 characters', { body: 'x'.repeat(40_001) }],
    ['six tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }],
    ['a tag that is not a slug', { tags: ['no!'] }],
    ['a tag that is too long', { tags: ['x'.repeat(33)] }],
    ['a category id that is not a UUID', { categoryId: 'nope' }],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_name, override) => {
    const before = await postCount();
    const code = await author.gql.errorCode(CREATE_POST, {
      input: { categoryId, title: 'A good title', body: 'A body.', ...override },
    });
    expect(code).toBe('BAD_USER_INPUT');
    expect(await postCount()).toBe(before);
  });

  it('accepts the limits exactly: 3 and 200 character titles, 40 000 character body, five tags', async () => {
    await createPost(author.gql, {
      categoryId,
      title: 'abc',
      body: 'x'.repeat(40_000),
      tags: ['a', 'b', 'c', 'd', 'e'],
    });
    const { post } = await createPost(author.gql, { categoryId, title: 't'.repeat(200) });
    expect(post.title).toHaveLength(200);
  });

  it('refuses an unknown category with NOT_FOUND', async () => {
    const code = await author.gql.errorCode(CREATE_POST, {
      input: { categoryId: '00000000-0000-4000-8000-000000000000', title: 'A good title', body: 'A body.' },
    });
    expect(code).toBe('NOT_FOUND');
  });

  it('asks visitors to sign in and refuses suspended members', async () => {
    expect(
      await t.gql.errorCode(CREATE_POST, { input: { categoryId, title: 'Visitor post', body: 'x' } }),
    ).toBe('UNAUTHENTICATED');
    const suspended = await registerMember(t.gql);
    const { post } = await createPost(suspended.gql, { categoryId });
    await t.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    expect(
      await suspended.gql.errorCode(CREATE_POST, { input: { categoryId, title: 'Still here?', body: 'x' } }),
    ).toBe('FORBIDDEN');
    expect(
      await suspended.gql.errorCode(UPDATE_POST, { id: post.id, input: { title: 'Changed title' } }),
    ).toBe('FORBIDDEN');
    expect(await suspended.gql.errorCode(DELETE_POST, { id: post.id })).toBe('FORBIDDEN');
    // Reading still works.
    expect((await getPost(suspended.gql, post.id))?.title).toBe(post.title);
  });

  it('lets the author edit and refuses anyone else, moderators too', async () => {
    const { post } = await createPost(author.gql, { categoryId, title: 'Before the edit' });
    const { updatePost } = await author.gql.ok<{ updatePost: { post: PostData } }>(UPDATE_POST, {
      id: post.id,
      input: { title: 'After the edit', body: 'New *body*', tags: ['changed'], contentWarnings: ['GRIEF'] },
    });
    expect(updatePost.post).toMatchObject({
      title: 'After the edit',
      bodyHtml: '<p>New <em>body</em></p>',
      tags: ['changed'],
      contentWarnings: ['GRIEF'],
    });
    expect(await other.gql.errorCode(UPDATE_POST, { id: post.id, input: { title: 'Not mine' } })).toBe(
      'FORBIDDEN',
    );
    expect(await t.gql.errorCode(UPDATE_POST, { id: post.id, input: { title: 'Visitor' } })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await author.gql.errorCode(UPDATE_POST, { id: post.id, input: {} })).toBe('BAD_USER_INPUT');
    expect(await author.gql.errorCode(UPDATE_POST, { id: post.id, input: { title: 'x' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      await moderator.gql.errorCode(UPDATE_POST, { id: post.id, input: { title: 'Edited by a moderator' } }),
    ).toBe('FORBIDDEN');
    expect((await getPost(t.gql, post.id))?.title).toBe('After the edit');
  });

  it('keeps a deleted post readable as "[deleted]" with its comments', async () => {
    const { post } = await createPost(author.gql, { categoryId, title: 'To be deleted', tags: ['gone'] });
    await createComment(other.gql, post.id, 'A reply that should stay');
    expect(await other.gql.errorCode(DELETE_POST, { id: post.id })).toBe('FORBIDDEN');
    expect((await author.gql.ok<{ deletePost: boolean }>(DELETE_POST, { id: post.id })).deletePost).toBe(
      true,
    );
    const { post: seen } = await t.gql.ok<{ post: PostData & { comments: { nodes: { body: string }[] } } }>(
      `query($id: ID!) { post(id: $id) { ${POST_FIELDS} comments { nodes { body } } } }`,
      { id: post.id },
    );
    expect(seen).toMatchObject({
      title: '[deleted]',
      body: '[deleted]',
      deleted: true,
      tags: [],
      commentCount: 1,
    });
    expect(seen.comments.nodes.map((c) => c.body)).toEqual(['A reply that should stay']);
    const [stored] = await t.dataSource.query('SELECT title, body FROM forum_posts WHERE id = $1', [post.id]);
    expect(stored).toEqual({ title: '', body: '' });
    expect(await author.gql.errorCode(UPDATE_POST, { id: post.id, input: { title: 'Back again' } })).toBe(
      'BAD_USER_INPUT',
    );
    // Deleting twice is fine.
    expect((await author.gql.ok<{ deletePost: boolean }>(DELETE_POST, { id: post.id })).deletePost).toBe(
      true,
    );
  });

  it("refuses a moderator's deletePost on someone else's post: removal goes through moderation", async () => {
    const { post } = await createPost(author.gql, { categoryId, title: 'Not removed by deletePost' });
    expect(await moderator.gql.errorCode(DELETE_POST, { id: post.id })).toBe('FORBIDDEN');
    expect(await other.gql.errorCode(DELETE_POST, { id: post.id })).toBe('FORBIDDEN');
    expect((await getPost(t.gql, post.id))?.status).toBe('PUBLISHED');
  });

  it('emits CONTENT_SUBMITTED_EVENT for new and edited posts, with NEW_MEMBER review while the member is new', async () => {
    const fresh = await registerMember(t.gql);
    events.length = 0;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await createPost(fresh.gql, { categoryId, title: `Post number ${i}` })).post.id);
    await fresh.gql.ok(UPDATE_POST, { id: ids[0], input: { body: 'Edited body' } });
    expect(events.map((e) => [e.id, e.kind, e.review ?? null, e.edited])).toEqual([
      [ids[0], 'POST', 'NEW_MEMBER', false],
      [ids[1], 'POST', 'NEW_MEMBER', false],
      [ids[2], 'POST', 'NEW_MEMBER', false],
      [ids[3], 'POST', 'NEW_MEMBER', false],
      [ids[0], 'POST', 'NEW_MEMBER', true],
    ]);
    expect(events[0]).toMatchObject({
      authorId: fresh.id,
      excerpt: 'Post number 0 Some words about how it went.',
    });
    expect(events[0].assessment).toMatchObject({ blocked: false, heldForReview: false });
  });

  it("holds links in a new member's posts for review, visible only to the author and moderators", async () => {
    const fresh = await registerMember(t.gql);
    const { post, safety } = await createPost(fresh.gql, {
      categoryId,
      title: 'Great clinic I found',
      body: 'Look at https://example.org/clinic for details',
    });
    expect(safety.heldForReview).toBe(true);
    expect(post.status).toBe('PENDING_REVIEW');
    expect(await getPost(t.gql, post.id)).toBeNull();
    expect(await getPost(other.gql, post.id)).toBeNull();
    expect((await getPost(fresh.gql, post.id))?.status).toBe('PENDING_REVIEW');
    expect((await getPost(moderator.gql, post.id))?.status).toBe('PENDING_REVIEW');
    // Three posts alone do not make a member trusted (tests/e2e/member-trust.e2e.ts has the whole rule).
    await createPost(fresh.gql, { categoryId });
    await createPost(fresh.gql, { categoryId });
    await createPost(fresh.gql, { categoryId });
    const later = await createPost(fresh.gql, { categoryId, body: 'See https://example.org/later' });
    expect(later.post.status).toBe('PENDING_REVIEW');
    // Moderators are trusted from the start.
    const own = await createPost(moderator.gql, { categoryId, body: 'See https://example.org/mod' });
    expect(own.post.status).toBe('PUBLISHED');
  });

  it('publishes crisis language with resources and the SUICIDAL_IDEATION warning added', async () => {
    const { post, safety } = await createPost(author.gql, {
      categoryId,
      title: 'Really struggling tonight',
      body: 'I want to kill myself and I do not know what to do.',
      contentWarnings: ['GRIEF'],
    });
    expect(safety.crisisDetected).toBe(true);
    expect(safety.resources.length).toBeGreaterThan(0);
    expect(post.status).toBe('PUBLISHED');
    expect(post.contentWarnings).toEqual(['SUICIDAL_IDEATION', 'GRIEF']);
  });

  it('refuses content a BLOCK rule matches and stores nothing', async () => {
    const admin = await signInAdmin(t.gql);
    await admin.gql.ok(`mutation($i: ModerationRuleInput!) { createModerationRule(input: $i) { id } }`, {
      i: { name: 'blocked-phrase', pattern: 'zebra crossing scam', action: 'BLOCK' },
    });
    const before = await postCount();
    const res = await author.gql.request(CREATE_POST, {
      input: { categoryId, title: 'Hello there', body: 'This is a zebra crossing scam' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/can’t be posted here/);
    expect(await postCount()).toBe(before);
  });

  it.each([
    '<script>alert(1)</script>',
    '[click](JaVaScRiPt:alert(1))',
    '<javascript:alert(1)>',
    '[x](&#106;avascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>*{display:none}</style>',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '<a href="https://ok.example" onclick="alert(1)">x</a>',
    '[[x](javascript:alert(1))](https://ok.example)',
    '![x](https://evil.example/pixel.gif)',
    '<details open ontoggle=alert(1)>',
    '[x](vbscript:msgbox(1))',
    '<body onload=alert(1)>',
  ])('stores %s but serves only sanitised HTML for posts and comments', async (payload) => {
    const { post } = await createPost(moderator.gql, {
      categoryId,
      title: 'Payload test',
      body: `Text ${payload}`,
    });
    const { comment } = await createComment(moderator.gql, post.id, `Comment ${payload}`);
    expect(post.body).toBe(`Text ${payload}`);
    for (const html of [post.bodyHtml, comment.bodyHtml]) {
      const tags = html.match(/<[^>]*>/g) ?? [];
      for (const tag of tags) {
        expect(tag).toMatch(/^<\/?(p|br|strong|em|code|pre|blockquote|ul|ol|li|h[3-6]|a|hr|del)( |>|\/)/);
        expect(tag).not.toMatch(/\son\w+=|style=|src=|javascript:|data:|vbscript:/i);
      }
    }
  });

  it('renders a preview without saving anything, for members only', async () => {
    const { renderMarkdownPreview } = await author.gql.ok<{ renderMarkdownPreview: string }>(
      `query($b: String!) { renderMarkdownPreview(body: $b) }`,
      { b: '# Title\n\n<img src=x onerror=alert(1)>' },
    );
    expect(renderMarkdownPreview).toBe('<h3>Title</h3>\n<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(await t.gql.errorCode(`query { renderMarkdownPreview(body: "x") }`)).toBe('UNAUTHENTICATED');
  });

  it('returns null for an unknown or malformed post id', async () => {
    expect(await getPost(t.gql, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await getPost(t.gql, 'not-a-uuid')).toBeNull();
  });

  it("exports the member's posts, comments and reactions", async () => {
    const member = await registerMember(t.gql);
    const { post } = await createPost(member.gql, { categoryId, title: 'Exported thread' });
    await createComment(member.gql, post.id, 'Exported comment');
    const { exportMyData } = await member.gql.ok<{ exportMyData: string }>('{ exportMyData }');
    const data = JSON.parse(exportMyData);
    expect(data.posts.map((p: { title: string }) => p.title)).toEqual(['Exported thread']);
    expect(data.comments.map((c: { body: string }) => c.body)).toEqual(['Exported comment']);
    expect(data.reactions).toEqual([]);
  });
});
