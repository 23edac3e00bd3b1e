import { createHash } from 'node:crypto';
import { SESSIONS_REVOKED_EVENT, type SessionsRevokedEvent } from '@haven/server/core';
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
import { recordEvents, tokenFromMail } from './testing/account-test-support';

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }';
const SUBJECT = 'Reset your Haven password';

describe('password reset', () => {
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

  const jobsFor = async (email: string) =>
    (
      await t.dataSource.query(
        `SELECT state FROM pgboss.job WHERE name = 'identity.password-reset' AND data->>'email' = $1`,
        [email],
      )
    ).map((r: { state: string }) => r.state);

  it('answers the same, with the same work, whether the address has an account or not', async () => {
    const member = await registerMember(t.gql);
    const unknown = 'nobody-here@example.org';
    const known = await t.gql.request(REQUEST, { e: member.email });
    const missing = await t.gql.request(REQUEST, { e: unknown });
    expect(known).toEqual({ data: { requestPasswordReset: true }, status: 200 });
    expect(missing).toEqual(known);
    // Either way the request did one thing: queue the job that looks the address up.
    expect(await jobsFor(member.email)).toHaveLength(1);
    expect(await jobsFor(unknown)).toHaveLength(1);

    await tokenFromMail(smtp, member.email, SUBJECT, '/reset-password');
    // The unknown address's job ran and sent nothing.
    const deadline = Date.now() + 15_000;
    while ((await jobsFor(unknown)).join() !== 'completed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await jobsFor(unknown)).toEqual(['completed']);
    expect(smtp.received.filter((m) => m.to.includes(unknown))).toHaveLength(0);
    expect(await t.gql.errorCode(REQUEST, { e: 'not an address' })).toBe('BAD_USER_INPUT');
  });

  it('sets the new password once, revoking every session, from a link with a 32-byte token', async () => {
    const member = await registerMember(t.gql);
    const other = await signIn(t.gql, member.email, member.password);
    const revoked = recordEvents<SessionsRevokedEvent>(t, SESSIONS_REVOKED_EVENT);
    const mark = smtp.received.length;
    await t.gql.ok(REQUEST, { e: member.email });
    const token = await tokenFromMail(smtp, member.email, SUBJECT, '/reset-password', mark);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
    const stored = await t.dataSource.query(`SELECT token_hash FROM account_tokens WHERE user_id = $1`, [
      member.id,
    ]);
    // Stored hashed, never in clear.
    expect(stored.map((r: { token_hash: string }) => r.token_hash)).toContain(
      createHash('sha256').update(token).digest('hex'),
    );
    expect(JSON.stringify(stored)).not.toContain(token);

    const weak = await t.gql.request(RESET, { t: token, p: 'password123' });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const newPassword = 'a brand new lantern phrase';
    expect(await t.gql.ok(RESET, { t: token, p: newPassword })).toEqual({ resetPassword: true });
    expect(await t.gql.errorCode(REFRESH, { t: member.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(REFRESH, { t: other.refreshToken })).toBe('UNAUTHENTICATED');
    expect(revoked).toEqual([expect.objectContaining({ userId: member.id, sessionIds: expect.any(Array) })]);
    expect(revoked[0].sessionIds).toHaveLength(2);
    expect(
      await t.gql.errorCode(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
        i: { email: member.email, password: member.password },
      }),
    ).toBe('UNAUTHENTICATED');
    expect((await signIn(t.gql, member.email, newPassword)).id).toBe(member.id);

    const again = await t.gql.request(RESET, { t: token, p: 'yet another fresh passphrase' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USED' });
    // Following the link proved the address.
    const { viewer } = await (
      await signIn(t.gql, member.email, newPassword)
    ).gql.ok<{
      viewer: { emailVerified: boolean };
    }>('{ viewer { emailVerified } }');
    expect(viewer.emailVerified).toBe(true);
  });

  it('expires the link after 30 minutes and refuses a forged one', async () => {
    const member = await registerModerator(t.gql);
    const mark = smtp.received.length;
    await member.gql.ok(REQUEST, { e: member.email });
    const token = await tokenFromMail(smtp, member.email, SUBJECT, '/reset-password', mark);
    const clock = controlClock(t.app);
    try {
      clock.advance(30 * 60_000 + 1_000);
      const expired = await t.gql.request(RESET, { t: token, p: 'a brand new lantern phrase' });
      expect(expired.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXPIRED' });
    } finally {
      clock.restore();
    }
    const forged = await t.gql.request(RESET, { t: 'A'.repeat(43), p: 'a brand new lantern phrase' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID' });
    // Neither changed the password.
    expect((await signIn(t.gql, member.email, member.password)).id).toBe(member.id);
  });
});
