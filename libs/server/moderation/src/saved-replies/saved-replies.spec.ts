import { randomUUID } from 'node:crypto';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { SEEDED_SAVED_REPLIES } from '../migrations/1796710000000-appeals-notes-saved-replies';
import { ModerationModule } from '../moderation.module';
import { moderationEntities } from '../moderation.database';
import { suspendMember } from '../testing/suspend-member';

const LIST = `{ savedReplies { id title body } }`;
const CREATE = `mutation($i: SavedReplyInput!) { createSavedReply(input: $i) { id title body } }`;
const UPDATE = `mutation($id: ID!, $i: SavedReplyInput!) { updateSavedReply(id: $id, input: $i) { id title body } }`;
const DELETE = `mutation($id: ID!) { deleteSavedReply(id: $id) }`;

interface Reply {
  id: string;
  title: string;
  body: string;
}

describe('saved replies', () => {
  let t: TestApp;
  let moderator: TestMember;
  let admin: TestMember;
  let member: TestMember;
  let suspended: TestMember;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ModerationModule], entities: moderationEntities });
    moderator = await registerModerator(t.gql);
    admin = await signInAdmin(t.gql);
    member = await registerMember(t.gql);
    suspended = await registerMember(t.gql);
    await suspendMember(t, moderator, suspended);
  });
  afterAll(() => t.close());

  const list = async (who: TestMember) => (await who.gql.ok<{ savedReplies: Reply[] }>(LIST)).savedReplies;
  const rows = async () =>
    t.dataSource.query(`SELECT id, title, body FROM moderation_saved_replies ORDER BY id`) as Promise<
      Reply[]
    >;

  it('starts with the safe-messaging templates, by title, readable by moderators and admins', async () => {
    for (const reader of [moderator, admin]) {
      const replies = await list(reader);
      expect(replies.map((r) => r.title)).toEqual(SEEDED_SAVED_REPLIES.map((r) => r.title).sort());
    }
    const titles = (await list(moderator)).map((r) => r.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Warning: sharing methods',
        'Check-in after a crisis post',
        'Notice: sourcing',
        'Appeal upheld',
        'Appeal reversed',
      ]),
    );
  });

  it('an admin creates, edits and deletes a reply (trimmed)', async () => {
    const { createSavedReply: made } = await admin.gql.ok<{ createSavedReply: Reply }>(CREATE, {
      i: { title: '  Welcome back  ', body: '  Good to see you again.  ' },
    });
    expect(made).toMatchObject({ title: 'Welcome back', body: 'Good to see you again.' });
    expect((await list(moderator)).map((r) => r.id)).toContain(made.id);

    const { updateSavedReply } = await admin.gql.ok<{ updateSavedReply: Reply }>(UPDATE, {
      id: made.id,
      i: { title: 'Welcome back', body: 'x'.repeat(2000) },
    });
    expect(updateSavedReply).toEqual({ id: made.id, title: 'Welcome back', body: 'x'.repeat(2000) });

    expect(await admin.gql.ok(DELETE, { id: made.id })).toEqual({ deleteSavedReply: true });
    expect((await list(moderator)).map((r) => r.id)).not.toContain(made.id);
    expect(await admin.gql.errorCode(DELETE, { id: made.id })).toBe('NOT_FOUND');
  });

  it('only admins manage replies; members and visitors cannot even read them', async () => {
    const [reply] = await list(admin);
    const before = await rows();
    const writers: [TestMember | null, string][] = [
      [null, 'UNAUTHENTICATED'],
      [member, 'FORBIDDEN'],
      [suspended, 'FORBIDDEN'],
      [moderator, 'FORBIDDEN'],
    ];
    for (const [who, code] of writers) {
      const gql = who ? who.gql : t.gql;
      expect(await gql.errorCode(CREATE, { i: { title: 'Mine', body: 'Mine' } })).toBe(code);
      expect(await gql.errorCode(UPDATE, { id: reply.id, i: { title: 'Mine', body: 'Mine' } })).toBe(code);
      expect(await gql.errorCode(DELETE, { id: reply.id })).toBe(code);
    }
    expect(await t.gql.errorCode(LIST)).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode(LIST)).toBe('FORBIDDEN');
    expect(await suspended.gql.errorCode(LIST)).toBe('FORBIDDEN');
    expect(await rows()).toEqual(before);
  });

  it('refuses bad titles and bodies, duplicate titles, unknown and malformed ids, changing nothing', async () => {
    const [reply] = await list(admin);
    const before = await rows();
    const bad: [Record<string, string>, string][] = [
      [{ title: '', body: 'Body' }, 'title'],
      [{ title: '   ', body: 'Body' }, 'title'],
      [{ title: 'x'.repeat(101), body: 'Body' }, 'title'],
      [{ title: 'Title', body: '' }, 'body'],
      [{ title: 'Title', body: 'x'.repeat(2001) }, 'body'],
    ];
    for (const [i, field] of bad) {
      for (const res of [
        await admin.gql.request(CREATE, { i }),
        await admin.gql.request(UPDATE, { id: reply.id, i }),
      ]) {
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    }
    const taken = { title: reply.title.toUpperCase(), body: 'Another body' };
    expect(await admin.gql.errorCode(CREATE, { i: taken })).toBe('CONFLICT');
    const [, other] = await list(admin);
    expect(await admin.gql.errorCode(UPDATE, { id: other.id, i: taken })).toBe('CONFLICT');
    expect(await admin.gql.errorCode(UPDATE, { id: randomUUID(), i: { title: 'T', body: 'B' } })).toBe(
      'NOT_FOUND',
    );
    expect(await admin.gql.errorCode(UPDATE, { id: 'nope', i: { title: 'T', body: 'B' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await admin.gql.errorCode(DELETE, { id: 'nope' })).toBe('BAD_USER_INPUT');
    expect(await rows()).toEqual(before);
  });

  it('holds at most 200 replies', async () => {
    const existing = (await rows()).length;
    await t.dataSource.query(
      `INSERT INTO moderation_saved_replies (title, body)
       SELECT 'Filler ' || n, 'Body' FROM generate_series(1, $1::int) AS n`,
      [200 - existing],
    );
    expect(await admin.gql.errorCode(CREATE, { i: { title: 'One too many', body: 'Body' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect((await rows()).length).toBe(200);
    expect(await list(moderator)).toHaveLength(200);
  });
});
