import { createTestApp, registerMember, type TestApp } from '@haven/server/testing';

// Tight limits for this file: two account e-mails per member or address, two account actions per IP or member.
describe('rate limits of the account mutations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { RATE_LIMIT_ACCOUNT_MAIL: '2/3600', RATE_LIMIT_ACCOUNT: '2/3600', TRUST_PROXY: 'true' },
    });
  });
  afterAll(() => t.close());

  let ipCount = 0;
  const freshIp = () => `10.0.${Math.floor(++ipCount / 250)}.${ipCount % 250}`;

  /** Runs the operation three times; the first two pass the limit, the third is RATE_LIMITED. */
  async function expectLimitedOnThird(
    run: (i: number) => Promise<{ errors?: { extensions?: { code?: string } }[] }>,
  ) {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) codes.push((await run(i)).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 2)).not.toContain('RATE_LIMITED');
    expect(codes[2]).toBe('RATE_LIMITED');
  }

  it('limits verification mail per member', async () => {
    const member = await registerMember(t.gql);
    await expectLimitedOnThird(() => member.gql.request('mutation { requestEmailVerification }'));
    const other = await registerMember(t.gql);
    expect((await other.gql.request('mutation { requestEmailVerification }')).errors).toBeUndefined();
  });

  it('limits tries of verification links per IP', async () => {
    const ip = freshIp();
    await expectLimitedOnThird(() =>
      t.gql.request(
        'mutation($t: String!) { verifyEmail(token: $t) { email } }',
        { t: 'A'.repeat(43) },
        {
          'x-forwarded-for': ip,
        },
      ),
    );
    const elsewhere = await t.gql.request(
      'mutation($t: String!) { verifyEmail(token: $t) { email } }',
      { t: 'A'.repeat(43) },
      { 'x-forwarded-for': freshIp() },
    );
    expect(elsewhere.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('limits reset requests per IP and per address', async () => {
    const ip = freshIp();
    await expectLimitedOnThird((i) =>
      t.gql.request(
        'mutation($e: String!) { requestPasswordReset(email: $e) }',
        { e: `someone${i}@example.org` },
        {
          'x-forwarded-for': ip,
        },
      ),
    );
    await expectLimitedOnThird(() =>
      t.gql.request(
        'mutation($e: String!) { requestPasswordReset(email: $e) }',
        { e: 'target@example.org' },
        {
          'x-forwarded-for': freshIp(),
        },
      ),
    );
  });

  it('limits tries of reset links per IP', async () => {
    const ip = freshIp();
    await expectLimitedOnThird(() =>
      t.gql.request(
        'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }',
        { t: 'A'.repeat(43), p: 'a brand new lantern phrase' },
        { 'x-forwarded-for': ip },
      ),
    );
  });

  it('limits password changes per member', async () => {
    const member = await registerMember(t.gql);
    await expectLimitedOnThird(() =>
      member.gql.request(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }',
        {
          c: 'not the password',
          n: 'a brand new lantern phrase',
        },
      ),
    );
  });

  it('limits e-mail change requests per member', async () => {
    const member = await registerMember(t.gql);
    await expectLimitedOnThird((i) =>
      member.gql.request(
        'mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }',
        {
          e: `moved${i}-${member.handle.toLowerCase()}@example.org`,
          p: member.password,
        },
      ),
    );
  });

  it('limits signing sessions out per member', async () => {
    const member = await registerMember(t.gql);
    await expectLimitedOnThird((i) =>
      i === 1
        ? member.gql.request('mutation { revokeOtherSessions }')
        : member.gql.request('mutation($id: ID!) { revokeSession(id: $id) }', {
            id: '00000000-0000-4000-8000-000000000000',
          }),
    );
  });
});
