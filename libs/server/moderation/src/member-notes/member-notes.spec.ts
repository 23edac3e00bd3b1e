import { randomUUID } from 'node:crypto';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { ModerationModule } from '../moderation.module';
import { moderationEntities } from '../moderation.database';
import { suspendMember } from '../testing/suspend-member';

const ADD = `mutation($u: ID!, $b: String!) { addMemberNote(userId: $u, body: $b) { id body createdAt author { id handle } } }`;
const LIST = `query($u: ID!) { memberNotes(userId: $u) { id body createdAt author { id } } }`;

interface Note {
  id: string;
  body: string;
  createdAt: string;
  author: { id: string };
}

describe('moderators’ notes on members', () => {
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

  const count = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM moderation_member_notes`))[0].n as number;

  it('moderators and admins add notes, with author and time, listed newest first', async () => {
    const about = await registerMember(t.gql);
    const first = await moderator.gql.ok<{ addMemberNote: Note }>(ADD, {
      u: about.id,
      b: '  Reached out after a crisis post; answered warmly.  ',
    });
    expect(first.addMemberNote).toMatchObject({
      body: 'Reached out after a crisis post; answered warmly.',
      author: { id: moderator.id, handle: moderator.handle },
      createdAt: expect.any(String),
    });
    const second = await admin.gql.ok<{ addMemberNote: Note }>(ADD, { u: about.id, b: 'x'.repeat(2000) });
    expect(second.addMemberNote.body).toHaveLength(2000);

    for (const reader of [moderator, admin]) {
      const { memberNotes } = await reader.gql.ok<{ memberNotes: Note[] }>(LIST, { u: about.id });
      expect(memberNotes.map((n) => [n.id, n.author.id])).toEqual([
        [second.addMemberNote.id, admin.id],
        [first.addMemberNote.id, moderator.id],
      ]);
    }
    // Notes are per member.
    expect((await moderator.gql.ok<{ memberNotes: Note[] }>(LIST, { u: member.id })).memberNotes).toEqual([]);
  });

  it('a visitor, a member, a suspended member and the member themself cannot read or add notes', async () => {
    const about = await registerMember(t.gql);
    await moderator.gql.ok(ADD, { u: about.id, b: 'Private.' });
    const before = await count();
    const cases: [TestMember | null, string][] = [
      [null, 'UNAUTHENTICATED'],
      [member, 'FORBIDDEN'],
      [suspended, 'FORBIDDEN'],
      [about, 'FORBIDDEN'],
    ];
    for (const [who, code] of cases) {
      const gql = who ? who.gql : t.gql;
      expect(await gql.errorCode(LIST, { u: about.id })).toBe(code);
      expect(await gql.errorCode(ADD, { u: about.id, b: 'Hello' })).toBe(code);
    }
    expect(await count()).toBe(before);
  });

  it('refuses an empty or too long body, a malformed id and an unknown member, adding nothing', async () => {
    const before = await count();
    for (const b of ['', '   ', 'x'.repeat(2001)]) {
      const res = await moderator.gql.request(ADD, { u: member.id, b });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    }
    expect(await moderator.gql.errorCode(ADD, { u: 'nobody', b: 'Hi' })).toBe('BAD_USER_INPUT');
    expect(await moderator.gql.errorCode(LIST, { u: 'nobody' })).toBe('BAD_USER_INPUT');
    expect(await moderator.gql.errorCode(ADD, { u: randomUUID(), b: 'Hi' })).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('is append-only: the API has no way to change a note, and the database refuses it', async () => {
    const { addMemberNote } = await moderator.gql.ok<{ addMemberNote: Note }>(ADD, {
      u: member.id,
      b: 'Kept as written.',
    });
    const mutations = await t.gql.ok<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      `{ __schema { mutationType { fields { name } } } }`,
    );
    const names = mutations.__schema.mutationType.fields
      .map((f) => f.name)
      .filter((n) => /MemberNote/.test(n));
    expect(names).toEqual(['addMemberNote']);
    await expect(
      t.dataSource.query(`UPDATE moderation_member_notes SET body = 'changed' WHERE id = $1`, [
        addMemberNote.id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM moderation_member_notes WHERE id = $1`, [addMemberNote.id]),
    ).rejects.toThrow(/append-only/);
    const { memberNotes } = await moderator.gql.ok<{ memberNotes: Note[] }>(LIST, { u: member.id });
    expect(memberNotes.find((n) => n.id === addMemberNote.id)!.body).toBe('Kept as written.');
  });
});
