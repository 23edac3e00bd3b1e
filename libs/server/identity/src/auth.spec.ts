import { createTestApp, registerMember, signIn, type TestApp } from '@haven/server/testing';

const AUTH = 'accessToken refreshToken viewer { email status user { id handle role } }';

describe('registration, sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('registers a member and returns a working session', async () => {
    const member = await registerMember(t.gql, 'Calm_River');
    expect(member.handle).toBe('Calm_River');
    const { viewer } = await member.gql.ok<{ viewer: { email: string; user: { handle: string } } }>(
      '{ viewer { email user { handle } } }',
    );
    expect(viewer).toEqual({ email: 'calm_river@example.org', user: { handle: 'Calm_River' } });
  });

  it('refuses a taken e-mail or handle, whatever their case, with CONFLICT', async () => {
    await registerMember(t.gql, 'Taken_Name');
    const register = (email: string, handle: string) =>
      t.gql.errorCode(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
        i: { email, handle, password: 'a long enough password' },
      });
    expect(await register('other@example.org', 'taken_name')).toBe('CONFLICT');
    expect(await register('TAKEN_NAME@example.org', 'fresh_name')).toBe('CONFLICT');
  });

  it('refuses bad input with BAD_USER_INPUT and creates nothing', async () => {
    const register = (email: string, handle: string, password: string) =>
      t.gql.errorCode(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
        i: { email, handle, password },
      });
    expect(await register('not-an-email', 'valid_handle', 'a long enough password')).toBe('BAD_USER_INPUT');
    expect(await register('ok@example.org', 'x', 'a long enough password')).toBe('BAD_USER_INPUT');
    expect(await register('ok@example.org', 'valid_handle', 'short')).toBe('BAD_USER_INPUT');
    expect(await register('ok@example.org', 'valid_handle', 'password123')).toBe('BAD_USER_INPUT');
    // Long enough for the length rule, but zxcvbn's estimate finds it guessable (a keyboard run).
    const guessable = await t.gql.request(
      `mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`,
      {
        i: { email: 'ok@example.org', handle: 'valid_handle', password: 'qwertyuiopasdfgh' },
      },
    );
    expect(guessable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(guessable.errors?.[0].message).toMatch(/too easy to guess/);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM users WHERE handle_key = 'valid_handle'`,
    );
    expect(count).toBe(0);
  });

  it('says the same thing for an unknown e-mail and a wrong password', async () => {
    const member = await registerMember(t.gql);
    const login = (email: string, password: string) =>
      t.gql.request(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email, password },
      });
    const unknown = await login('nobody@example.org', 'whatever password');
    const wrong = await login(member.email, 'a wrong password!');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    const ok = await signIn(t.gql, member.email.toUpperCase(), member.password);
    expect(ok.id).toBe(member.id);
  });

  it('rotates refresh tokens and revokes the family when a used one comes back', async () => {
    const member = await registerMember(t.gql);
    const refresh = (token: string) =>
      t.gql.request<{ refreshSession: { refreshToken: string; accessToken: string } }>(
        `mutation($t: String!) { refreshSession(refreshToken: $t) { ${AUTH} } }`,
        { t: token },
      );
    const first = await refresh(member.refreshToken);
    const second = first.data!.refreshSession.refreshToken;
    expect(second).not.toBe(member.refreshToken);
    // The old token is replayed: refused, and the whole family is revoked.
    expect((await refresh(member.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await refresh(second)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Another sign-in is a family of its own and still works.
    const again = await signIn(t.gql, member.email, member.password);
    expect((await refresh(again.refreshToken)).data?.refreshSession.accessToken).toBeTruthy();
  });

  it('signs out: the refresh token stops working', async () => {
    const member = await registerMember(t.gql);
    await t.gql.ok(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: member.refreshToken });
    const code = await t.gql.errorCode(
      `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      {
        t: member.refreshToken,
      },
    );
    expect(code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or malformed access token', async () => {
    const forged = t.gql.withToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad');
    expect(await forged.errorCode('{ viewer { email } }')).toBe('UNAUTHENTICATED');
    expect((await t.gql.ok<{ viewer: null }>('{ viewer { email } }')).viewer).toBeNull();
  });
});
