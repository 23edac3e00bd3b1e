import { AccountStatus } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Finding members in the admin console (`searchMembers`) and who may read an account's status, on the
// real application.

const SEARCH = `query($q: String!, $first: Int, $after: String) { searchMembers(query: $q, first: $first, after: $after) {
  nodes { id handle role status } pageInfo { hasNextPage endCursor } } }`;
const STATUS_OF = `query($handle: String!) { user(handle: $handle) { id status suspendedUntil } }`;

describe('searchMembers and User.status', () => {
  let a: TestApp;
  let admin: TestMember;
  let moderator: TestMember;
  let member: TestMember;
  let suspended: TestMember;

  beforeAll(async () => {
    a = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    admin = await signInAdmin(a.gql);
    [moderator, member, suspended] = await Promise.all([
      registerModerator(a.gql),
      registerMember(a.gql),
      registerMember(a.gql),
    ]);
    await a.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 3 * 86_400_000));
  }, 120_000);
  afterAll(async () => {
    await a.close();
  });

  it('is for moderators and administrators', async () => {
    expect(await a.gql.errorCode(SEARCH, { q: 'member' })).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode(SEARCH, { q: 'member' })).toBe('FORBIDDEN');
    expect(await suspended.gql.errorCode(SEARCH, { q: 'member' })).toBe('FORBIDDEN');
  });

  it('finds by handle for moderators, by e-mail only for administrators, and never answers an address', async () => {
    const target = await registerMember(a.gql);
    const byHandle = await moderator.gql.request(SEARCH, { q: target.handle.slice(2).toUpperCase() });
    expect(JSON.stringify(byHandle.data)).toContain(target.id);
    const emailPart = target.email.split('@')[0];
    const modByEmail = await moderator.gql.ok<{ searchMembers: { nodes: { id: string }[] } }>(SEARCH, {
      q: target.email,
    });
    expect(modByEmail.searchMembers.nodes).toEqual([]);
    const adminByEmail = await admin.gql.request<{ searchMembers: { nodes: { id: string }[] } }>(SEARCH, {
      q: target.email.toUpperCase(),
    });
    expect(adminByEmail.data?.searchMembers.nodes.map((n) => n.id)).toEqual([target.id]);
    for (const res of [byHandle, adminByEmail]) {
      expect(JSON.stringify(res)).not.toContain(target.email);
      expect(JSON.stringify(res)).not.toContain(emailPart + '@');
    }
    // `%` and `_` are taken literally.
    const literal = await admin.gql.ok<{ searchMembers: { nodes: unknown[] } }>(SEARCH, { q: '%%%' });
    expect(literal.searchMembers.nodes).toEqual([]);
  });

  it('pages in handle order with the shared cursor, and refuses bad arguments', async () => {
    const stem = `pg${Date.now().toString(36)}`;
    const created = [];
    for (const n of [3, 1, 2]) created.push(await registerMember(a.gql, `${stem}_${n}`));
    const first = await moderator.gql.ok<{
      searchMembers: { nodes: { handle: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(SEARCH, { q: stem, first: 2 });
    expect(first.searchMembers.nodes.map((n) => n.handle)).toEqual([`${stem}_1`, `${stem}_2`]);
    expect(first.searchMembers.pageInfo.hasNextPage).toBe(true);
    const second = await moderator.gql.ok<{
      searchMembers: { nodes: { handle: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(SEARCH, { q: stem, first: 2, after: first.searchMembers.pageInfo.endCursor });
    expect(second.searchMembers.nodes.map((n) => n.handle)).toEqual([`${stem}_3`]);
    expect(second.searchMembers.pageInfo.hasNextPage).toBe(false);

    for (const variables of [
      { q: '' },
      { q: '   ' },
      { q: 'x'.repeat(255) },
      { q: stem, first: 0 },
      { q: stem, first: 101 },
      { q: stem, after: 'not-a-cursor' },
    ]) {
      expect(await moderator.gql.errorCode(SEARCH, variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('shows account status to active moderators and administrators only', async () => {
    const { user: forVisitor } = await a.gql.ok<{ user: { status: string | null } }>(STATUS_OF, {
      handle: suspended.handle,
    });
    const { user: forMember } = await member.gql.ok<{ user: { status: string | null } }>(STATUS_OF, {
      handle: suspended.handle,
    });
    const { user: forSuspended } = await suspended.gql.ok<{ user: { status: string | null } }>(STATUS_OF, {
      handle: suspended.handle,
    });
    expect([forVisitor.status, forMember.status, forSuspended.status]).toEqual([null, null, null]);
    for (const client of [moderator.gql, admin.gql]) {
      const { user } = await client.ok<{ user: { status: string; suspendedUntil: string | null } }>(
        STATUS_OF,
        {
          handle: suspended.handle,
        },
      );
      expect(user.status).toBe('SUSPENDED');
      expect(user.suspendedUntil).not.toBeNull();
    }
    const search = await moderator.gql.ok<{ searchMembers: { nodes: { status: string }[] } }>(SEARCH, {
      q: suspended.handle,
    });
    expect(search.searchMembers.nodes[0].status).toBe('SUSPENDED');
  });
});
