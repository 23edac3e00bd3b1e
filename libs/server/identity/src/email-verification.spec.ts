import { UsersService } from './users.service';
import {
  controlClock,
  createTestApp,
  registerMember,
  registerModerator,
  signIn,
  startTestSmtpServer,
  type TestApp,
  type TestSmtpServer,
} from '@haven/server/testing';
import { tokenFromMail, VIEWER } from './testing/account-test-support';

const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { ${VIEWER} } }`;
const RESEND = 'mutation { requestEmailVerification }';
const CHANGE = 'mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }';
const SUBJECT = 'Confirm your e-mail address for Haven';

describe('e-mail verification and change', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://haven.test' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const reasonOf = async (gql: TestApp['gql'], token: string) => {
    const res = await gql.request(VERIFY, { t: token });
    return [res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.reason];
  };

  it('sends a link at sign-up; a visitor can use it once; a forged one is refused', async () => {
    const member = await registerMember(t.gql);
    const before = await member.gql.ok<{ viewer: { emailVerified: boolean } }>(
      '{ viewer { emailVerified } }',
    );
    expect(before.viewer.emailVerified).toBe(false);
    expect(await t.app.get(UsersService).isEmailVerified(member.id)).toBe(false);

    const token = await tokenFromMail(smtp, member.email, SUBJECT, '/verify-email');
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes, base64url
    const { verifyEmail } = await t.gql.ok<{ verifyEmail: { emailVerified: boolean; email: string } }>(
      VERIFY,
      {
        t: token,
      },
    );
    expect(verifyEmail).toMatchObject({ emailVerified: true, email: member.email });
    expect(await t.app.get(UsersService).isEmailVerified(member.id)).toBe(true);
    expect(await t.app.get(UsersService).verifiedEmails([member.id])).toEqual(
      new Map([[member.id, member.email]]),
    );

    expect(await reasonOf(t.gql, token)).toEqual(['BAD_USER_INPUT', 'USED']);
    expect(await reasonOf(t.gql, `${token.slice(0, -4)}AAAA`)).toEqual(['BAD_USER_INPUT', 'INVALID']);
    expect(await reasonOf(t.gql, 'short')).toEqual(['BAD_USER_INPUT', 'INVALID']);
  });

  it('expires the link after 24 hours', async () => {
    const member = await registerMember(t.gql);
    const token = await tokenFromMail(smtp, member.email, SUBJECT, '/verify-email');
    const clock = controlClock(t.app);
    try {
      clock.advance(24 * 3600_000 + 60_000);
      expect(await reasonOf(member.gql, token)).toEqual(['BAD_USER_INPUT', 'EXPIRED']);
    } finally {
      clock.restore();
    }
    const { viewer } = await member.gql.ok<{ viewer: { emailVerified: boolean } }>(
      '{ viewer { emailVerified } }',
    );
    expect(viewer.emailVerified).toBe(false);
  });

  it('refuses the link to another signed-in member and keeps it for its owner', async () => {
    const member = await registerMember(t.gql);
    const other = await registerMember(t.gql);
    const moderator = await registerModerator(t.gql);
    const token = await tokenFromMail(smtp, member.email, SUBJECT, '/verify-email');
    expect(await reasonOf(other.gql, token)).toEqual(['FORBIDDEN', undefined]);
    expect(await reasonOf(moderator.gql, token)).toEqual(['FORBIDDEN', undefined]);
    const { verifyEmail } = await member.gql.ok<{ verifyEmail: { emailVerified: boolean } }>(VERIFY, {
      t: token,
    });
    expect(verifyEmail.emailVerified).toBe(true);
  });

  it('resends a link to members only, and a new link retires the old one', async () => {
    expect(await t.gql.errorCode(RESEND)).toBe('UNAUTHENTICATED');
    const member = await registerMember(t.gql);
    const first = await tokenFromMail(smtp, member.email, SUBJECT, '/verify-email');
    const mark = smtp.received.length;
    expect(
      (await member.gql.ok<{ requestEmailVerification: boolean }>(RESEND)).requestEmailVerification,
    ).toBe(true);
    const second = await tokenFromMail(smtp, member.email, SUBJECT, '/verify-email', mark);
    expect(second).not.toBe(first);
    expect(await reasonOf(member.gql, first)).toEqual(['BAD_USER_INPUT', 'USED']);
    await member.gql.ok(VERIFY, { t: second });
    // Verified: asking again sends nothing.
    const count = smtp.received.length;
    await member.gql.ok(RESEND);
    const moderator = await registerModerator(t.gql);
    await moderator.gql.ok(RESEND);
    const sent = smtp.received.slice(count).filter((m) => m.to.includes(member.email));
    expect(sent).toHaveLength(0);
  });

  it('changes the address once the new one is confirmed, and tells the old one', async () => {
    const member = await registerMember(t.gql);
    const taken = await registerMember(t.gql);
    const fresh = `new-${member.handle.toLowerCase()}@example.org`;
    const field = async (gql: TestApp['gql'], email: string, password: string) => {
      const res = await gql.request(CHANGE, { e: email, p: password });
      return [res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field];
    };
    expect(await field(t.gql, fresh, member.password)).toEqual(['UNAUTHENTICATED', undefined]);
    expect(await field(member.gql, fresh, 'not my password')).toEqual(['BAD_USER_INPUT', 'password']);
    expect(await field(member.gql, 'nope', member.password)).toEqual(['BAD_USER_INPUT', 'newEmail']);
    expect(await field(member.gql, member.email, member.password)).toEqual(['BAD_USER_INPUT', 'newEmail']);
    expect(await field(member.gql, taken.email, member.password)).toEqual(['CONFLICT', 'newEmail']);

    const mark = smtp.received.length;
    await member.gql.ok(CHANGE, { e: fresh, p: member.password });
    const notice = await smtp.waitForMail(
      (m) => m.to.includes(member.email) && m.subject === 'Your Haven e-mail address is being changed',
    );
    expect(notice.text).toContain(`n***@example.org`);
    expect(notice.text).not.toContain(fresh);
    const token = await tokenFromMail(smtp, fresh, 'Confirm your new e-mail address', '/verify-email', mark);
    // Nothing changes until the new address is confirmed.
    const { viewer } = await member.gql.ok<{ viewer: { email: string } }>('{ viewer { email } }');
    expect(viewer.email).toBe(member.email);

    // Another member cannot use it; the owner can.
    expect(await reasonOf(taken.gql, token)).toEqual(['FORBIDDEN', undefined]);
    const { verifyEmail } = await member.gql.ok<{ verifyEmail: { email: string; emailVerified: boolean } }>(
      VERIFY,
      {
        t: token,
      },
    );
    expect(verifyEmail).toEqual(expect.objectContaining({ email: fresh, emailVerified: true }));
    expect((await signIn(t.gql, fresh, member.password)).id).toBe(member.id);
    expect(await reasonOf(member.gql, token)).toEqual(['BAD_USER_INPUT', 'USED']);
  });

  it('refuses a change link whose address another account took meanwhile', async () => {
    const member = await registerMember(t.gql);
    const fresh = `race-${member.handle.toLowerCase()}@example.org`;
    const mark = smtp.received.length;
    await member.gql.ok(CHANGE, { e: fresh, p: member.password });
    const token = await tokenFromMail(smtp, fresh, 'Confirm your new e-mail address', '/verify-email', mark);
    await t.gql.ok(`mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
      i: { email: fresh, handle: `r${member.handle.slice(-8)}`, password: 'an entirely separate passphrase' },
    });
    expect(
      await (async () => (await member.gql.request(VERIFY, { t: token })).errors?.[0].extensions?.code)(),
    ).toBe('CONFLICT');
    const { viewer } = await member.gql.ok<{ viewer: { email: string } }>('{ viewer { email } }');
    expect(viewer.email).toBe(member.email);
  });
});
