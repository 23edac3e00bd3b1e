import {
  createTestApp,
  markEmailVerified,
  registerMember,
  signIn,
  signInAdmin,
  TEST_ADMIN,
  type TestApp,
} from '@haven/server/testing';

describe('profile, roles, export and deletion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates the administrator at boot with handle admin', async () => {
    const admin = await signInAdmin(t.gql);
    expect(admin.handle).toBe('admin');
    const { user } = await t.gql.ok<{ user: { role: string } }>('{ user(handle: "admin") { role } }');
    expect(user.role).toBe('ADMIN');
    expect(admin.email).toBe(TEST_ADMIN.email);
  });

  it('edits the profile within limits; bad input changes nothing', async () => {
    const member = await registerMember(t.gql);
    const update = (input: Record<string, unknown>) =>
      member.gql.request<{ updateProfile: { bio: string | null; journeyStage: string | null } }>(
        'mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { bio journeyStage } }',
        { i: input },
      );
    const ok = await update({
      bio: '  Six infusions in.  ',
      journeyStage: 'IN_TREATMENT',
      revealContentWarnings: true,
    });
    expect(ok.data?.updateProfile).toEqual({ bio: 'Six infusions in.', journeyStage: 'IN_TREATMENT' });
    expect((await update({ bio: 'x'.repeat(501) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await update({ journeyStage: 'NOT_A_STAGE' })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const { viewer } = await member.gql.ok<{
      viewer: { revealContentWarnings: boolean; user: { bio: string } };
    }>('{ viewer { revealContentWarnings user { bio } } }');
    expect(viewer).toEqual({ revealContentWarnings: true, user: { bio: 'Six infusions in.' } });
    expect(await t.gql.errorCode('mutation { updateProfile(input: { bio: "x" }) { id } }')).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets an admin change roles, but not their own', async () => {
    const admin = await signInAdmin(t.gql);
    const member = await registerMember(t.gql);
    const set = (gql: TestApp['gql'], id: string, role: string) =>
      gql.request<{ setUserRole: { role: string } }>(
        'mutation($id: ID!, $r: Role!) { setUserRole(userId: $id, role: $r) { role } }',
        { id, r: role },
      );
    // A role needs a confirmed address first.
    expect((await set(admin.gql, member.id, 'MODERATOR')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await markEmailVerified(t.gql, member.id);
    expect((await set(admin.gql, member.id, 'MODERATOR')).data?.setUserRole.role).toBe('MODERATOR');
    // Roles are read on every request: the member is a moderator at once, and still cannot set roles.
    expect((await set(member.gql, admin.id, 'MEMBER')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await set(admin.gql, admin.id, 'MEMBER')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await set(admin.gql, '00000000-0000-4000-8000-000000000000', 'MEMBER')).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('exports the member’s own data as JSON', async () => {
    const member = await registerMember(t.gql);
    const { exportMyData } = await member.gql.ok<{ exportMyData: string }>('{ exportMyData }');
    const data = JSON.parse(exportMyData);
    expect(data.profile).toMatchObject({ id: member.id, email: member.email, handle: member.handle });
    expect(await t.gql.errorCode('{ exportMyData }')).toBe('UNAUTHENTICATED');
  });

  it('deletes an account: needs the password, erases personal data, signs out everywhere, frees the handle', async () => {
    const member = await registerMember(t.gql);
    expect(await member.gql.errorCode('mutation { deleteAccount(password: "not my password") }')).toBe(
      'FORBIDDEN',
    );
    await member.gql.ok('mutation($p: String!) { deleteAccount(password: $p) }', { p: member.password });
    expect(await member.gql.errorCode('{ viewer { email } }')).toBe('UNAUTHENTICATED');
    const refresh = await t.gql.errorCode(
      'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
      {
        t: member.refreshToken,
      },
    );
    expect(refresh).toBe('UNAUTHENTICATED');
    await expect(signIn(t.gql, member.email, member.password)).rejects.toThrow();
    const [row] = await t.dataSource.query(
      'SELECT email, password_hash, bio, handle FROM users WHERE id = $1',
      [member.id],
    );
    expect(row.email).toBeNull();
    expect(row.password_hash).toBeNull();
    expect(row.handle).toMatch(/^deleted-/);
    expect(
      (await t.gql.ok<{ user: null }>('query($h: String!) { user(handle: $h) { id } }', { h: member.handle }))
        .user,
    ).toBeNull();
    const again = await registerMember(t.gql, member.handle);
    expect(again.handle).toBe(member.handle);
  });
});
