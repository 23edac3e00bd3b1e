import { SESSIONS_REVOKED_EVENT, type SessionsRevokedEvent } from '@haven/server/core';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signIn,
  type TestApp,
} from '@haven/server/testing';
import { recordEvents } from './testing/account-test-support';

const SESSIONS = '{ mySessions { id userAgent lastSeenAt current } }';
const REVOKE = 'mutation($id: ID!) { revokeSession(id: $id) }';
const REVOKE_OTHERS = 'mutation { revokeOtherSessions }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const CHANGE = `mutation($c: String!, $n: String!) {
  changePassword(currentPassword: $c, newPassword: $n) { accessToken refreshToken viewer { email } }
}`;
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }';

interface Session {
  id: string;
  userAgent: string | null;
  lastSeenAt: string;
  current: boolean;
}

describe('sessions and password change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Signs in from a named device; returns its tokens. */
  const signInFrom = async (email: string, password: string, device: string) => {
    const res = await t.gql.request<{ login: { accessToken: string; refreshToken: string } }>(
      LOGIN,
      { i: { email, password } },
      { 'user-agent': device },
    );
    return res.data!.login;
  };

  it('lists the member’s own devices, marks this one, and hides them from everyone else', async () => {
    const member = await registerMember(t.gql);
    const phone = await signInFrom(member.email, member.password, 'HavenTest Phone');
    await signInFrom(member.email, member.password, 'HavenTest Laptop');
    const other = await registerMember(t.gql);
    const moderator = await registerModerator(t.gql);

    const { mySessions } = await t.gql.withToken(phone.accessToken).ok<{ mySessions: Session[] }>(SESSIONS);
    expect(mySessions).toHaveLength(3);
    expect(mySessions.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['HavenTest Phone']);
    expect(mySessions.map((s) => s.userAgent)).toEqual(expect.arrayContaining(['HavenTest Laptop']));
    expect(mySessions.every((s) => !Number.isNaN(Date.parse(s.lastSeenAt)))).toBe(true);

    expect(await t.gql.errorCode(SESSIONS)).toBe('UNAUTHENTICATED');
    const theirs = await other.gql.ok<{ mySessions: Session[] }>(SESSIONS);
    expect(theirs.mySessions.map((s) => s.id)).not.toEqual(expect.arrayContaining([mySessions[0].id]));
    const mods = await moderator.gql.ok<{ mySessions: Session[] }>(SESSIONS);
    expect(mods.mySessions.some((s) => mySessions.some((m) => m.id === s.id))).toBe(false);
  });

  it('signs one session out; nobody else can sign it out', async () => {
    const member = await registerMember(t.gql);
    const laptop = await signInFrom(member.email, member.password, 'HavenTest Laptop');
    const other = await registerMember(t.gql);
    const moderator = await registerModerator(t.gql);
    const revoked = recordEvents<SessionsRevokedEvent>(t, SESSIONS_REVOKED_EVENT);
    const { mySessions } = await t.gql.withToken(laptop.accessToken).ok<{ mySessions: Session[] }>(SESSIONS);
    const laptopId = mySessions.find((s) => s.current)!.id;

    expect(await t.gql.errorCode(REVOKE, { id: laptopId })).toBe('UNAUTHENTICATED');
    expect(await other.gql.errorCode(REVOKE, { id: laptopId })).toBe('NOT_FOUND');
    expect(await moderator.gql.errorCode(REVOKE, { id: laptopId })).toBe('NOT_FOUND');
    expect(await member.gql.errorCode(REVOKE, { id: 'not-an-id' })).toBe('BAD_USER_INPUT');
    expect((await t.gql.request(REFRESH, { t: laptop.refreshToken })).data).toBeTruthy();

    const again = await signInFrom(member.email, member.password, 'HavenTest Tablet');
    const list = await member.gql.ok<{ mySessions: Session[] }>(SESSIONS);
    const tabletId = list.mySessions.find((s) => s.userAgent === 'HavenTest Tablet')!.id;
    expect(await member.gql.ok(REVOKE, { id: tabletId })).toEqual({ revokeSession: true });
    expect(await t.gql.errorCode(REFRESH, { t: again.refreshToken })).toBe('UNAUTHENTICATED');
    expect(revoked).toEqual([expect.objectContaining({ userId: member.id, sessionIds: [tabletId] })]);
    expect(await member.gql.errorCode(REVOKE, { id: tabletId })).toBe('NOT_FOUND');
    const after = await member.gql.ok<{ mySessions: Session[] }>(SESSIONS);
    expect(after.mySessions.map((s) => s.id)).not.toContain(tabletId);
  });

  it('signs out every other session and keeps this one', async () => {
    const member = await registerMember(t.gql);
    const phone = await signInFrom(member.email, member.password, 'HavenTest Phone');
    const laptop = await signInFrom(member.email, member.password, 'HavenTest Laptop');
    expect(await t.gql.errorCode(REVOKE_OTHERS)).toBe('UNAUTHENTICATED');
    const phoneGql = t.gql.withToken(phone.accessToken);
    expect(await phoneGql.ok(REVOKE_OTHERS)).toEqual({ revokeOtherSessions: 2 });
    expect(await t.gql.errorCode(REFRESH, { t: laptop.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(REFRESH, { t: member.refreshToken })).toBe('UNAUTHENTICATED');
    expect((await t.gql.request(REFRESH, { t: phone.refreshToken })).data).toBeTruthy();
    const { mySessions } = await phoneGql.ok<{ mySessions: Session[] }>(SESSIONS);
    expect(mySessions.map((s) => s.userAgent)).toEqual(['HavenTest Phone']);
  });

  it('changes the password with the current one, revokes every other session and returns a fresh one', async () => {
    const member = await registerMember(t.gql);
    const laptop = await signInFrom(member.email, member.password, 'HavenTest Laptop');
    const revoked = recordEvents<SessionsRevokedEvent>(t, SESSIONS_REVOKED_EVENT);
    const fieldOf = async (current: string, next: string) => {
      const res = await member.gql.request(CHANGE, { c: current, n: next });
      return [res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field];
    };
    expect(await t.gql.errorCode(CHANGE, { c: member.password, n: 'a fresh lantern harbour' })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await fieldOf('not the password', 'a fresh lantern harbour')).toEqual([
      'BAD_USER_INPUT',
      'currentPassword',
    ]);
    expect(await fieldOf(member.password, 'password123')).toEqual(['BAD_USER_INPUT', 'newPassword']);
    expect(await fieldOf(member.password, member.password)).toEqual(['BAD_USER_INPUT', 'newPassword']);
    expect(await fieldOf(member.password, member.handle + member.handle)).toEqual([
      'BAD_USER_INPUT',
      'newPassword',
    ]);

    const newPassword = 'a fresh lantern harbour';
    const { changePassword } = await member.gql.ok<{
      changePassword: { accessToken: string; refreshToken: string; viewer: { email: string } };
    }>(CHANGE, { c: member.password, n: newPassword });
    expect(changePassword.viewer.email).toBe(member.email);
    expect(await t.gql.errorCode(REFRESH, { t: laptop.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(REFRESH, { t: member.refreshToken })).toBe('UNAUTHENTICATED');
    expect((await t.gql.request(REFRESH, { t: changePassword.refreshToken })).data).toBeTruthy();
    expect(revoked).toHaveLength(1);
    expect(revoked[0].sessionIds).toHaveLength(2);
    expect((await signIn(t.gql, member.email, newPassword)).id).toBe(member.id);
  });
});
