// A member's verified token is remembered between requests (no JWT check, account lookup or session
// check each time), yet a sign-out, suspension, ban, role change or deletion counts on the very next
// request, on the instance that made the change and on another one of the same deployment.
import { AccountStatus, Role } from '@haven/shared/contracts';
import { AuthenticationCache } from '@haven/server/core';
import {
  createTestApp,
  markEmailVerified,
  registerMember,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

const app = (shared?: TestApp) =>
  createTestApp({
    appModule: (config) => AppModule.forRoot(config),
    ...(shared ? { database: shared.database, redisPrefix: shared.config.REDIS_PREFIX } : {}),
  });

const VIEWER = '{ viewer { status user { id role } } }';
const WRITE = 'mutation { updateProfile(input: { bio: "Still here." }) { id } }';
const MODERATOR_QUERY = '{ searchMembers(query: "member") { nodes { id } } }';

interface Viewer {
  viewer: { status: string; user: { id: string; role: string } };
}

describe('the cache of verified tokens', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: TestMember;
  beforeAll(async () => {
    a = await app();
    b = await app(a);
    admin = await signInAdmin(a.gql);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  /** The member's token, answered once on each instance so both have it cached. */
  async function cachedMember(): Promise<TestMember & { onB: TestApp['gql'] }> {
    const member = await registerMember(a.gql);
    const onB = b.gql.withToken(member.accessToken);
    expect((await member.gql.ok<Viewer>(VIEWER)).viewer.user.id).toBe(member.id);
    expect((await onB.ok<Viewer>(VIEWER)).viewer.user.id).toBe(member.id);
    return { ...member, onB };
  }

  const setStatus = (userId: string, status: AccountStatus, until: string | null = null) =>
    admin.gql.ok(
      'mutation($id: ID!, $s: AccountStatus!, $u: DateTime) { setUserStatus(userId: $id, status: $s, until: $u) { id } }',
      { id: userId, s: status, u: until },
    );

  it('answers a known token without looking the account or the session up again', async () => {
    const member = await cachedMember();
    const { result, sql } = await a.countQueries(() => member.gql.ok<Viewer>(VIEWER));
    expect(result.viewer.user.id).toBe(member.id);
    expect(sql.filter((q) => /FROM users WHERE id = \$1 AND deleted_at IS NULL/.test(q))).toEqual([]);
  });

  it('refuses a signed-out session at once on both instances', async () => {
    const member = await cachedMember();
    await a.gql.ok('mutation($t: String!) { logout(refreshToken: $t) }', { t: member.refreshToken });
    expect(await member.gql.errorCode(VIEWER)).toBe('UNAUTHENTICATED');
    expect(await member.onB.errorCode(VIEWER)).toBe('UNAUTHENTICATED');
  });

  it('refuses a session signed out from another device, changed on the other instance', async () => {
    const member = await cachedMember();
    const { login } = await b.gql.ok<{ login: { accessToken: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { email: member.email, password: member.password } },
    );
    const other = b.gql.withToken(login.accessToken);
    expect(await other.ok('mutation { revokeOtherSessions }')).toEqual({ revokeOtherSessions: 1 });
    expect(await member.gql.errorCode(VIEWER)).toBe('UNAUTHENTICATED');
    expect(await member.onB.errorCode(VIEWER)).toBe('UNAUTHENTICATED');
    expect((await other.ok<Viewer>(VIEWER)).viewer.user.id).toBe(member.id);
  });

  it('a suspension counts on the next request, and its lifting too', async () => {
    const member = await cachedMember();
    await setStatus(member.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000).toISOString());
    for (const gql of [member.gql, member.onB]) {
      expect((await gql.ok<Viewer>(VIEWER)).viewer.status).toBe('SUSPENDED');
      expect(await gql.errorCode(WRITE)).toBe('FORBIDDEN');
    }
    await setStatus(member.id, AccountStatus.ACTIVE);
    for (const gql of [member.gql, member.onB]) {
      expect(await gql.ok(WRITE)).toEqual({ updateProfile: { id: member.id } });
    }
  });

  it('a ban refuses every request at once', async () => {
    const member = await cachedMember();
    await setStatus(member.id, AccountStatus.BANNED);
    expect(await member.gql.errorCode(VIEWER)).toBe('FORBIDDEN');
    expect(await member.onB.errorCode(VIEWER)).toBe('FORBIDDEN');
  });

  it('a role given or taken counts on the next request', async () => {
    const member = await cachedMember();
    await markEmailVerified(a.gql, member.id);
    expect(await member.onB.errorCode(MODERATOR_QUERY)).toBe('FORBIDDEN');
    const setRole = (role: Role) =>
      admin.gql.ok('mutation($id: ID!, $r: Role!) { setUserRole(userId: $id, role: $r) { id } }', {
        id: member.id,
        r: role,
      });
    await setRole(Role.MODERATOR);
    expect((await member.onB.ok<Viewer>(VIEWER)).viewer.user.role).toBe('MODERATOR');
    await member.onB.ok(MODERATOR_QUERY);
    await setRole(Role.MEMBER);
    expect(await member.onB.errorCode(MODERATOR_QUERY)).toBe('FORBIDDEN');
    expect(await member.gql.errorCode(MODERATOR_QUERY)).toBe('FORBIDDEN');
  });

  it('a deleted account is signed out everywhere at once', async () => {
    const member = await cachedMember();
    await member.gql.ok('mutation($p: String!) { deleteAccount(password: $p) }', { p: member.password });
    expect(await member.gql.errorCode(VIEWER)).toBe('UNAUTHENTICATED');
    expect(await member.onB.errorCode(VIEWER)).toBe('UNAUTHENTICATED');
  });

  it('does not keep an answer read before a change it has since heard of', async () => {
    const member = await cachedMember();
    const cache = b.app.get(AuthenticationCache);
    const known = cache.get(member.accessToken);
    expect(known?.actor.id).toBe(member.id);
    const stamp = cache.stamp;
    await cache.announce({ userId: member.id });
    expect(cache.get(member.accessToken)).toBeNull();
    cache.remember(member.accessToken, known!, stamp);
    expect(cache.get(member.accessToken)).toBeNull();
    cache.remember(member.accessToken, known!, cache.stamp);
    expect(cache.get(member.accessToken)?.actor.id).toBe(member.id);
  });

  it('never keeps a token past its expiry', () => {
    const cache = a.app.get(AuthenticationCache);
    const actor = {
      id: '00000000-0000-4000-8000-000000000001',
      handle: 'gone',
      role: Role.MEMBER,
      status: AccountStatus.ACTIVE,
      suspendedUntil: null,
      createdAt: new Date(),
    };
    cache.remember('expired.token.here', { actor, sid: 's', expiresAt: Date.now() - 1 }, cache.stamp);
    expect(cache.get('expired.token.here')).toBeNull();
  });
});
