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

// Notification e-mail through a real SMTP server started here: at once, and the daily digest.

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;
const SET_PREF = `mutation($kind: NotificationKind!, $delivery: NotificationDelivery!) {
  setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery } }`;
const SET_TZ = `mutation($tz: String!) { setTimeZone(timeZone: $tz) { timeZone } }`;

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
  const reply = (gql: GraphqlClient, postId: string) =>
    gql.ok(CREATE_COMMENT, { input: { postId, body: 'My private answer about ketamine and how I felt.' } });

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
    for (const secret of ['secret detail', 'private answer', 'ketamine', 'Week three']) {
      expect(digest.subject + digest.text).not.toContain(secret);
    }
    // The same hour again, or the next one, sends nothing more.
    expect(await mailer.runDigest(due)).toBe(0);
    expect(await mailer.runDigest(new Date(due.getTime() + 60 * 60 * 1000))).toBe(0);
  });
});
