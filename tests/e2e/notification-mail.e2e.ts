import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  MAIL_SETTLED_EVENT,
  NOTIFICATION_REQUESTED_EVENT,
  type MailSettledEvent,
  type NotificationRequest,
} from '@haven/server/core';
import {
  createTestApp,
  markEmailVerified,
  registerMember,
  startTestSmtpServer,
  type GraphqlClient,
  type TestApp,
  type TestMember,
  type TestSmtpServer,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';
import {
  DIGEST_HOUR,
  NotificationMailer,
} from '../../libs/server/notifications/src/notification-mailer.service';

// Notification e-mail through a real SMTP server started here: at once, the daily digest, and a
// delivery the server refuses.

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;
const SET_PREF = `mutation($kind: NotificationKind!, $delivery: NotificationDelivery!) {
  setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery } }`;
const SET_TZ = `mutation($tz: String!) { setTimeZone(timeZone: $tz) { timeZone } }`;
const SECRETS = ['secret detail', 'private answer', 'ketamine', 'Week three', 'dark days'];

/** The notification e-mail rows queued for a member (deterministic once a later message of the same job arrived). */
async function notificationMail(t: TestApp, userId: string): Promise<{ kind: string; subject: string }[]> {
  return t.dataSource.query(
    `SELECT kind, subject FROM mail_messages WHERE user_id = $1 AND kind LIKE 'notification.%' ORDER BY created_at`,
    [userId],
  );
}

async function emailedAt(t: TestApp, userId: string): Promise<(Date | null)[]> {
  const rows = await t.dataSource.query<{ emailed_at: Date | null }[]>(
    `SELECT emailed_at FROM notifications WHERE recipient_id = $1 ORDER BY created_at`,
    [userId],
  );
  return rows.map((r) => r.emailed_at);
}

describe('notification e-mail', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let categoryId: string;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Haven <haven@haven.test>', PUBLIC_URL: 'http://haven.test' },
    });
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const post = async (gql: GraphqlClient) =>
    (
      await gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
        input: {
          categoryId,
          title: 'Week three of infusions',
          body: 'The secret detail of my dose and my dark days.',
        },
      })
    ).createPost.post;
  const reply = async (gql: GraphqlClient, postId: string) =>
    (
      await gql.ok<{ createComment: { comment: { id: string } } }>(CREATE_COMMENT, {
        input: { postId, body: 'My private answer about ketamine and how I felt.' },
      })
    ).createComment.comment;

  it('mails a reply at once, through the job, to verified members who chose EMAIL_NOW only', async () => {
    const author = await registerMember(t.gql);
    await markEmailVerified(t.gql, author.id);
    const follower = await registerMember(t.gql);
    await markEmailVerified(t.gql, follower.id);
    const unverified = await registerMember(t.gql);
    const replier = await registerMember(t.gql);
    for (const member of [author, follower, unverified])
      await member.gql.ok(SET_PREF, { kind: 'REPLY_TO_POST', delivery: 'EMAIL_NOW' });
    const p = await post(author.gql);
    // Commenting watches the thread: each hears of the replies after their own.
    await reply(unverified.gql, p.id);
    await reply(follower.gql, p.id);
    const comment = await reply(replier.gql, p.id);

    const toFollower = await smtp.waitForMail(
      (m) => m.to.includes(follower.email) && m.subject.includes('replied'),
    );
    expect(toFollower.subject).toBe('Someone replied in a thread you follow on Haven');
    expect(toFollower.headers['from']).toBe('Haven <haven@haven.test>');
    expect(toFollower.text).toContain('Someone replied in a thread you follow.');
    expect(toFollower.text).toContain(`Open Haven: http://haven.test/forum/p/${p.id}#comment-${comment.id}`);
    for (const secret of [...SECRETS, author.handle, replier.handle]) {
      expect(toFollower.subject + toFollower.text).not.toContain(secret);
    }
    const unsubscribe = /<(http:\/\/haven\.test\/mail\/unsubscribe\?token=[^>]+)>/.exec(
      toFollower.headers['list-unsubscribe'],
    )?.[1];
    expect(unsubscribe).toBeTruthy();
    expect(toFollower.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(toFollower.text).toContain(unsubscribe!);

    // Claiming and queueing are one transaction: once a message of the job is out, the job's
    // decisions are all visible. The unverified member got nothing and stays unclaimed.
    expect(await notificationMail(t, unverified.id)).toEqual([]);
    expect(await emailedAt(t, unverified.id)).toEqual([null, null]);
    expect((await emailedAt(t, follower.id)).every((at) => at instanceof Date)).toBe(true);

    // The one-click link needs no sign-in; the next reply mails the author but not the follower.
    const done = await fetch(unsubscribe!.replace('http://haven.test', t.url), {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    const second = await registerMember(t.gql);
    const later = await reply(second.gql, p.id);
    await smtp.waitForMail((m) => m.to.includes(author.email) && m.text.includes(later.id));
    expect(await notificationMail(t, follower.id)).toEqual([
      { kind: 'notification.reply_to_post', subject: 'Someone replied in a thread you follow on Haven' },
    ]);
    expect(
      smtp.received.filter((m) => m.to.includes(follower.email) && m.subject.includes('replied')),
    ).toHaveLength(1);
  });

  it('mails an urgent notification at once unless the member chose in-app only', async () => {
    const digest = await registerMember(t.gql);
    const off = await registerMember(t.gql);
    const inApp = await registerMember(t.gql);
    for (const [member, delivery] of [
      [digest, 'EMAIL_DIGEST'],
      [off, 'OFF'],
      [inApp, 'IN_APP'],
    ] as const) {
      await markEmailVerified(t.gql, member.id);
      await member.gql.ok(SET_PREF, { kind: 'MODERATION_OUTCOME', delivery });
    }
    const request: NotificationRequest = {
      recipientIds: [digest.id, off.id, inApp.id],
      kind: 'MODERATION_OUTCOME',
      actorId: null,
      subject: null,
      data: { message: 'Your post about ketamine and dark days was hidden' },
      urgent: true,
    };
    await t.app.get(EventEmitter2).emitAsync(NOTIFICATION_REQUESTED_EVENT, request);
    const subject = 'A message from the Haven moderators';
    const got = await Promise.all(
      [digest, off].map((member) =>
        smtp.waitForMail((m) => m.to.includes(member.email) && m.subject === subject),
      ),
    );
    for (const mail of got)
      for (const secret of SECRETS) expect(mail.subject + mail.text).not.toContain(secret);
    // One job for the fan-out, one transaction: the in-app member's choice held.
    expect(await notificationMail(t, inApp.id)).toEqual([]);
    expect(await emailedAt(t, inApp.id)).toEqual([null]);
    expect(await emailedAt(t, off.id)).toEqual([expect.any(Date)]);
  });

  it('sends one digest at the local digest hour with counts only, once', async () => {
    const author = await registerMember(t.gql);
    await markEmailVerified(t.gql, author.id);
    const repliers: TestMember[] = [await registerMember(t.gql), await registerMember(t.gql)];
    await author.gql.ok(SET_PREF, { kind: 'REPLY_TO_POST', delivery: 'EMAIL_DIGEST' });
    expect(
      (await author.gql.ok<{ setTimeZone: { timeZone: string } }>(SET_TZ, { tz: 'Asia/Tokyo' })).setTimeZone,
    ).toEqual({
      timeZone: 'Asia/Tokyo',
    });
    expect(await author.gql.errorCode(SET_TZ, { tz: 'Mars/Olympus' })).toBe('BAD_USER_INPUT');
    const p = await post(author.gql);
    for (const r of repliers) await reply(r.gql, p.id);
    const mailer = t.app.get(NotificationMailer);

    // 08:00 in Tokyo is 23:00 UTC the day before; one hour earlier nothing goes out.
    const now = new Date();
    const due = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, DIGEST_HOUR - 9 + 24, 0, 0),
    );
    const early = new Date(due.getTime() - 60 * 60 * 1000);
    const [{ count: waiting }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND delivery = 'EMAIL_DIGEST'`,
      [author.id],
    );
    expect(waiting).toBe(2);
    expect(await mailer.runDigest(early)).toBe(0);
    expect(await mailer.runDigest(due)).toBe(1);
    const digest = await smtp.waitForMail((m) => m.to.includes(author.email) && m.subject.includes('digest'));
    expect(digest.subject).toBe('Your daily Haven digest');
    expect(digest.text).toContain('2 replies to your posts or threads you follow');
    for (const secret of SECRETS) expect(digest.subject + digest.text).not.toContain(secret);
    // The same hour again, or the next one, sends nothing more.
    expect(await mailer.runDigest(due)).toBe(0);
    expect(await mailer.runDigest(new Date(due.getTime() + 60 * 60 * 1000))).toBe(0);
  });
});

describe('notification e-mail the SMTP server refuses', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ refuse: true });
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { SMTP_URL: smtp.url, MAIL_RETRY_LIMIT: '1', MAIL_RETRY_DELAY_SECONDS: '1' },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('is retried, then recorded as failed, and the notification stays in the app', async () => {
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const author = await registerMember(t.gql);
    // An address of its own, so the refusals counted are this message's (not the sign-up mail's).
    const notified = `notified-${author.handle.toLowerCase()}@example.org`;
    await t.dataSource.query(`UPDATE users SET email = $2, email_verified_at = now() WHERE id = $1`, [
      author.id,
      notified,
    ]);
    await author.gql.ok(SET_PREF, { kind: 'REPLY_TO_POST', delivery: 'EMAIL_NOW' });
    const replier = await registerMember(t.gql);
    const { createPost } = await author.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      input: { categoryId: categories[0].id, title: 'Week three', body: 'How the third week went for me.' },
    });
    const events = t.app.get(EventEmitter2);
    const failed = new Promise<MailSettledEvent>((resolve) => {
      const listener = (event: MailSettledEvent) => {
        if (event.userId !== author.id || event.kind !== 'notification.reply_to_post') return;
        events.off(MAIL_SETTLED_EVENT, listener);
        resolve(event);
      };
      events.on(MAIL_SETTLED_EVENT, listener);
    });
    await replier.gql.ok(CREATE_COMMENT, { input: { postId: createPost.post.id, body: 'It gets easier.' } });

    expect((await failed).status).toBe('FAILED');
    // The first try and one retry.
    expect(smtp.refused.filter((address) => address === notified)).toHaveLength(2);
    const rows = await t.dataSource.query(
      `SELECT status, attempts, last_error FROM mail_messages WHERE user_id = $1 AND kind = 'notification.reply_to_post'`,
      [author.id],
    );
    expect(rows).toEqual([{ status: 'FAILED', attempts: 2, last_error: expect.stringMatching(/550/) }]);
    const { notifications } = await author.gql.ok<{ notifications: { nodes: { kind: string }[] } }>(
      `{ notifications { nodes { kind } } }`,
    );
    expect(notifications.nodes).toEqual([{ kind: 'REPLY_TO_POST' }]);
  });
});
