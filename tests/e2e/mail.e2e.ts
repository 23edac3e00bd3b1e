import { Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  JobsService,
  MAIL_SETTLED_EVENT,
  MailService,
  type MailRequest,
  type MailSettledEvent,
} from '@haven/server/core';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  startTestSmtpServer,
  type TestApp,
  type TestMember,
  type TestSmtpServer,
} from '@haven/server/testing';

const request = (member: TestMember, overrides: Partial<MailRequest> = {}): MailRequest => ({
  userId: member.id,
  to: member.email,
  kind: 'test.hello',
  subject: 'Someone replied to your post on Haven',
  paragraphs: ['Someone replied to your post.'],
  action: { label: 'Read the reply', url: 'http://haven.test/forum/p/1' },
  ...overrides,
});

function settled(app: TestApp, messageId: string): Promise<MailSettledEvent> {
  const events = app.app.get(EventEmitter2);
  return new Promise((resolve) => {
    const listener = (event: MailSettledEvent) => {
      if (event.messageId !== messageId) return;
      events.off(MAIL_SETTLED_EVENT, listener);
      resolve(event);
    };
    events.on(MAIL_SETTLED_EVENT, listener);
  });
}

const OUTBOX = `query($status: MailStatus, $first: Int, $after: String) {
  mailOutbox(status: $status, first: $first, after: $after) {
    nodes { id kind recipient subject status attempts lastError createdAt settledAt }
    pageInfo { endCursor hasNextPage }
  }
}`;

describe('mail over SMTP, as a job', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Haven <haven@haven.test>', PUBLIC_URL: 'http://haven.test' },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('delivers through the SMTP server with the sender, a signed unsubscribe link and its headers', async () => {
    const member = await registerMember(t.gql);
    const mail = t.app.get(MailService);
    const id = await mail.send(request(member));
    expect(id).toBeTruthy();
    const received = await smtp.waitForMail(
      (m) => m.to.includes(member.email) && m.subject.includes('replied'),
    );
    expect(received.headers['from']).toBe('Haven <haven@haven.test>');
    expect(received.subject).toBe('Someone replied to your post on Haven');
    expect(received.text).toContain('Read the reply: http://haven.test/forum/p/1');
    const unsubscribe = /<(http:\/\/haven\.test\/mail\/unsubscribe\?token=[^>]+)>/.exec(
      received.headers['list-unsubscribe'],
    )?.[1];
    expect(unsubscribe).toBeTruthy();
    expect(received.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(received.text).toContain(unsubscribe!);

    const [row] = await t.dataSource.query(
      `SELECT status, attempts, text, link FROM mail_messages WHERE id = $1`,
      [id],
    );
    // The worker may still be recording it: wait for its settled state, not for time.
    if (row.status !== 'SENT') await settled(t, id!);
    const [done] = await t.dataSource.query(
      `SELECT status, attempts, text, link FROM mail_messages WHERE id = $1`,
      [id],
    );
    expect(done).toEqual({ status: 'SENT', attempts: 1, text: null, link: null });
  });

  it('unsubscribes with one click and no sign-in; essential account mail still goes', async () => {
    const member = await registerMember(t.gql);
    const mail = t.app.get(MailService);
    const link = mail.unsubscribeUrl(member.id, 'test.digest').replace('http://haven.test', t.url);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    // Showing the page changes nothing.
    expect(await mail.send(request(member, { list: 'test.digest' }))).toBeTruthy();

    const forged = await fetch(`${link.slice(0, -3)}abc`, { method: 'POST' });
    expect(forged.status).toBe(400);
    expect(await mail.isUnsubscribed(member.id, 'test.digest')).toBe(false);

    const done = await fetch(link, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    expect(await mail.isUnsubscribed(member.id, 'test.digest')).toBe(true);
    expect(await mail.send(request(member, { list: 'test.digest' }))).toBeNull();
    expect(await mail.send(request(member, { list: 'test.other' }))).toBeTruthy();
    expect(await mail.send(request(member, { list: 'test.digest', essential: true }))).toBeTruthy();
  });

  it('enqueues in the caller transaction: a rolled-back write sends nothing', async () => {
    const member = await registerMember(t.gql);
    const mail = t.app.get(MailService);
    const jobCount = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send'`))[0].n;
    const jobsBefore = await jobCount();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await mail.send(request(member, { kind: 'test.rolled-back' }), manager);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM mail_messages WHERE kind = 'test.rolled-back'`,
    );
    expect(count).toBe(0);
    expect(await jobCount()).toBe(jobsBefore);
    const jobs = t.app.get(JobsService);
    await expect(jobs.sendInTransaction(t.dataSource.manager, 'test.queue', {})).rejects.toThrow(
      /open transaction/,
    );
  });

  it('forgets a deleted account’s mail', async () => {
    const member = await registerMember(t.gql);
    const mail = t.app.get(MailService);
    await mail.send(request(member));
    await member.gql.ok('mutation($p: String!) { deleteAccount(password: $p) }', { p: member.password });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM mail_messages WHERE user_id = $1 OR to_address = $2`,
      [member.id, member.email],
    );
    expect(count).toBe(0);
  });

  it('refuses a subject that is not one short line', async () => {
    const member = await registerMember(t.gql);
    const mail = t.app.get(MailService);
    await expect(mail.send(request(member, { subject: 'x'.repeat(121) }))).rejects.toThrow(/subject/);
    await expect(mail.send(request(member, { subject: 'Hello\nBcc: x@example.org' }))).rejects.toThrow(
      /subject/,
    );
  });
});

describe('mail the SMTP server refuses', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startTestSmtpServer({ refuse: true });
    t = await createTestApp({
      env: { SMTP_URL: smtp.url, MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_SECONDS: '1' },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('is retried with backoff, then recorded as failed and listed for administrators only', async () => {
    const member = await registerMember(t.gql);
    const to = `refused-${member.handle.toLowerCase()}@example.org`;
    const id = (await t.app.get(MailService).send(request(member, { to })))!;
    const outcome = await settled(t, id);
    expect(outcome.status).toBe('FAILED');
    // The first try and two retries.
    expect(smtp.refused.filter((address) => address === to)).toHaveLength(3);
    expect(smtp.received).toHaveLength(0);
    const [row] = await t.dataSource.query(
      `SELECT status, attempts, last_error, text FROM mail_messages WHERE id = $1`,
      [id],
    );
    expect(row).toMatchObject({ status: 'FAILED', attempts: 3, text: null });
    expect(row.last_error).toMatch(/550/);

    const admin = await signInAdmin(t.gql);
    const { mailOutbox } = await admin.gql.ok<{
      mailOutbox: {
        nodes: { id: string; recipient: string; status: string; attempts: number; subject: string }[];
      };
    }>(OUTBOX, { status: 'FAILED' });
    const failed = mailOutbox.nodes.find((n) => n.id === id);
    expect(failed).toEqual(
      expect.objectContaining({
        status: 'FAILED',
        attempts: 3,
        subject: 'Someone replied to your post on Haven',
      }),
    );
    expect(failed!.recipient).toBe('r***@example.org');
    expect(mailOutbox.nodes.every((n) => n.status === 'FAILED')).toBe(true);
  });

  it('shows the outbox to administrators only', async () => {
    const member = await registerMember(t.gql);
    const other = await registerMember(t.gql);
    const moderator = await registerModerator(t.gql);
    expect(await t.gql.errorCode(OUTBOX)).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode(OUTBOX)).toBe('FORBIDDEN');
    expect(await other.gql.errorCode(OUTBOX)).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(OUTBOX)).toBe('FORBIDDEN');
    const admin = await signInAdmin(t.gql);
    expect(await admin.gql.errorCode(OUTBOX, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await admin.gql.errorCode(OUTBOX, { first: 500 })).toBe('BAD_USER_INPUT');
  });
});

describe('the outbox of the embedded default (no SMTP_URL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SMTP_URL: undefined, PUBLIC_URL: 'http://localhost:3000' } });
  });
  afterAll(() => t.close());

  it('keeps each message in the outbox and prints its subject and link once in the log', async () => {
    const log = jest.spyOn(Logger.prototype, 'log');
    try {
      const member = await registerMember(t.gql);
      const id = (await t.app.get(MailService).send(request(member, { kind: 'test.outbox' })))!;
      expect((await settled(t, id)).status).toBe('OUTBOX');
      const lines = log.mock.calls
        .map(([entry]) => (entry as { msg?: string }).msg ?? '')
        .filter((msg) => msg.includes('Mail kept in the outbox') && msg.includes('forum/p/1'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('Someone replied to your post on Haven');
      expect(lines[0]).toContain('http://haven.test/forum/p/1');
      const [row] = await t.dataSource.query(`SELECT status, text, link FROM mail_messages WHERE id = $1`, [
        id,
      ]);
      expect(row.status).toBe('OUTBOX');
      expect(row.link).toBe('http://haven.test/forum/p/1');
      expect(row.text).toContain('Read the reply');
    } finally {
      log.mockRestore();
    }
  });

  it('schedules a job once across instances, in the time zone given', async () => {
    const jobs = t.app.get(JobsService);
    await jobs.schedule('test.daily', '0 7 * * *', { run: 'daily' }, { tz: 'Europe/Dublin' });
    await jobs.schedule('test.daily', '0 8 * * *', { run: 'daily' }, { tz: 'Europe/Dublin' });
    const rows = await t.dataSource.query(
      `SELECT name, cron, timezone FROM pgboss.schedule WHERE name = 'test.daily'`,
    );
    expect(rows).toEqual([{ name: 'test.daily', cron: '0 8 * * *', timezone: 'Europe/Dublin' }]);
  });

  it('runs a job that failed once again, and hands the handler its attempt', async () => {
    const jobs = t.app.get(JobsService);
    const attempts: { retryCount: number; lastAttempt: boolean }[] = [];
    const finished = new Promise<void>((resolve) => {
      void jobs.work<{ n: number }>(
        'test.flaky',
        async (job) => {
          attempts.push({ retryCount: job.retryCount, lastAttempt: job.lastAttempt });
          if (job.retryCount === 0) throw new Error('first try fails');
          resolve();
        },
        { retryLimit: 1, retryDelay: 1, retryBackoff: true },
      );
    });
    await jobs.send('test.flaky', { n: 1 });
    await finished;
    expect(attempts).toEqual([
      { retryCount: 0, lastAttempt: false },
      { retryCount: 1, lastAttempt: true },
    ]);
  });
});
