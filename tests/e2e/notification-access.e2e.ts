import { registerMember, registerModerator, type TestApp, type TestMember } from '@haven/server/testing';
import {
  app,
  createComment,
  createPost,
  LIST,
  MARK,
  REPLY,
  SET_PREF,
  SUGGEST,
  WATCH_CATEGORY,
  WATCH_POST,
} from './notifications.documents';

// Who may use notification settings and handle look-ups, the bad inputs they refuse, and the limits on
// them and on replies (each limit on an app of its own).

const post = async (t: TestApp, author: TestMember) => {
  const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
  return createPost(author.gql, categories[0].id, 'A post to watch.');
};

describe('notification access', () => {
  let t: TestApp;
  let moderator: TestMember;
  beforeAll(async () => {
    t = await app();
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  it('suggests handles by prefix for members, within limits', async () => {
    const named = await registerMember(t.gql, `zed_${Date.now().toString(36)}`);
    const member = await registerMember(t.gql);
    const { handleSuggestions } = await member.gql.ok<{ handleSuggestions: { handle: string }[] }>(SUGGEST, {
      p: `@${named.handle.slice(0, 6)}`,
    });
    expect(handleSuggestions.map((u) => u.handle)).toContain(named.handle);
    expect(await member.gql.errorCode(SUGGEST, { p: '' })).toBe('BAD_USER_INPUT');
    expect(await member.gql.errorCode(SUGGEST, { p: 'x'.repeat(25) })).toBe('BAD_USER_INPUT');
    expect(await member.gql.errorCode(SUGGEST, { p: 'a%' })).toBe('BAD_USER_INPUT');
    expect(await t.gql.errorCode(SUGGEST, { p: 'ab' })).toBe('UNAUTHENTICATED');
  });

  it('asks visitors to sign in for every notification query and mutation', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [query, vars] of [
      [LIST, {}],
      [`{ notificationPreferences { kind } }`, {}],
      [MARK, {}],
      [SET_PREF, { kind: 'MENTION', delivery: 'OFF' }],
      [WATCH_POST, { id, level: 'MUTED' }],
      [WATCH_CATEGORY, { id, level: 'WATCHING' }],
    ] as const) {
      expect(await t.gql.errorCode(query, vars)).toBe('UNAUTHENTICATED');
    }
    await post(t, await registerMember(t.gql));
    const { posts } = await t.gql.ok<{ posts: { nodes: { viewerWatch: string | null }[] } }>(
      `{ posts(first: 1) { nodes { viewerWatch } } }`,
    );
    expect(posts.nodes[0].viewerWatch).toBeNull();
  });

  it('lets members and moderators watch only visible posts, with clear errors', async () => {
    const member = await registerMember(t.gql);
    const author = await registerMember(t.gql);
    const p = await post(t, author);
    expect(await member.gql.errorCode(WATCH_POST, { id: 'x', level: 'MUTED' })).toBe('BAD_USER_INPUT');
    expect(
      await member.gql.errorCode(WATCH_POST, { id: '00000000-0000-4000-8000-000000000000', level: 'MUTED' }),
    ).toBe('NOT_FOUND');
    expect(
      await member.gql.errorCode(WATCH_CATEGORY, {
        id: '00000000-0000-4000-8000-000000000000',
        level: 'MUTED',
      }),
    ).toBe('NOT_FOUND');
    const mod = await moderator.gql.ok<{ setPostWatch: { viewerWatch: string } }>(WATCH_POST, {
      id: p.id,
      level: 'WATCHING',
    });
    expect(mod.setPostWatch.viewerWatch).toBe('WATCHING');
    // Another member's level is their own.
    const { post: seen } = await member.gql.ok<{ post: { viewerWatch: string } }>(
      `query($id: ID!) { post(id: $id) { viewerWatch } }`,
      {
        id: p.id,
      },
    );
    expect(seen.viewerWatch).toBe('NORMAL');
    const own = await author.gql.ok<{ post: { viewerWatch: string } }>(
      `query($id: ID!) { post(id: $id) { viewerWatch } }`,
      {
        id: p.id,
      },
    );
    expect(own.post.viewerWatch).toBe('WATCHING');
  });
});

describe('notification rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app(undefined, { RATE_LIMIT_NOTIFICATIONS: '3/60', RATE_LIMIT_LOOKUP: '2/60' });
  });
  afterAll(() => t.close());

  it('limits marking read, preferences and watching together, and handle look-ups', async () => {
    const member = await registerMember(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    await member.gql.ok(MARK, {});
    await member.gql.ok(SET_PREF, { kind: 'MENTION', delivery: 'EMAIL_DIGEST' });
    await member.gql.ok(WATCH_CATEGORY, { id: categories[0].id, level: 'WATCHING' });
    expect(await member.gql.errorCode(MARK, {})).toBe('RATE_LIMITED');
    expect(await member.gql.errorCode(SET_PREF, { kind: 'MENTION', delivery: 'OFF' })).toBe('RATE_LIMITED');
    expect(await member.gql.errorCode(WATCH_CATEGORY, { id: categories[0].id, level: 'MUTED' })).toBe(
      'RATE_LIMITED',
    );
    await member.gql.ok(SUGGEST, { p: 'ab' });
    await member.gql.ok(SUGGEST, { p: 'ab' });
    expect(await member.gql.errorCode(SUGGEST, { p: 'ab' })).toBe('RATE_LIMITED');
  });
});

describe('the reply rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await app(undefined, { RATE_LIMIT_WRITE: '3/60' });
  });
  afterAll(() => t.close());

  it("counts replies with the member's other writes and refuses past the limit, storing nothing", async () => {
    const member = await registerMember(t.gql);
    const p = await post(t, member);
    const c = await createComment(member.gql, p.id, 'A comment to answer.');
    await member.gql.ok(REPLY, { id: c.id, body: 'A first reply.' });
    expect(await member.gql.errorCode(REPLY, { id: c.id, body: 'One too many.' })).toBe('RATE_LIMITED');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM forum_comments WHERE post_id = $1`,
      [p.id],
    );
    expect(n).toBe(2);
  });
});
