import { FollowUpRemindersService } from '@haven/server/testimonials';
import {
  controlClock,
  createTestApp,
  markEmailVerified,
  registerMember,
  startTestSmtpServer,
  type ControlledClock,
  type TestApp,
  type TestMember,
  type TestSmtpServer,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { addMonthsUtc } from '../../libs/server/testimonials/src/follow-ups/follow-up.rules';
import { NotificationMailer } from '../../libs/server/notifications/src/notification-mailer.service';

// A follow-up reminder through the whole application: the notification, its e-mail and its digest line
// say that a follow-up is waiting and lead to the check-in form, never anything about the member's health.

const DAY = 24 * 3600 * 1000;
const SUBMIT = `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { nodes { id kind summary path actor { id } } } }`;
const SET_PREF = `mutation($kind: NotificationKind!, $delivery: NotificationDelivery!) {
  setNotificationPreference(kind: $kind, delivery: $delivery) { kind delivery } }`;
const CHECK_IN = `mutation($id: ID!, $input: CheckInInput!) {
  submitCheckIn(testimonialId: $id, input: $input) { checkIn { id monthsAfter status } } }`;
const TIMELINE = `query($id: ID!) { testimonial(id: $id) { checkIns { monthsAfter phq9 status } } }`;

/** What the testimonial says about its author's health; none of it may reach a reminder. */
const HEALTH = /phq|depress|ketamine|infusion|relie|score|suicid|dissociat|nausea|mornings|medication|fog/i;

/** A first session whose 1-month point falls due in `days` days (UTC midnight). */
function firstSessionDueIn(days: number): string {
  const now = new Date();
  const target = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY;
  let first = new Date(target);
  while (addMonthsUtc(first, 1).getTime() > target) first = new Date(first.getTime() - DAY);
  return first.toISOString();
}

interface NotificationNode {
  id: string;
  kind: string;
  summary: string;
  path: string;
  actor: { id: string } | null;
}

describe('follow-up reminders through the application', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let clock: ControlledClock;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Haven <haven@haven.test>', PUBLIC_URL: 'http://haven.test' },
    });
    clock = controlClock(t.app);
  });
  afterEach(() => clock.restore());
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A testimonial full of health details, opted in, whose 1-month point falls due in five days. */
  const optIn = async (member: TestMember) =>
    (
      await member.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(SUBMIT, {
        input: {
          title: 'Six infusions, the fog lifted',
          story:
            'After years of depression and medication after medication, ketamine infusions made the mornings easier.',
          anonymous: true,
          modality: 'IV_INFUSION',
          overallRating: 4,
          reliefOnset: 'WITHIN_DAYS',
          reliefDuration: 'WEEKS',
          sideEffects: ['DISSOCIATION', 'NAUSEA'],
          phq9Before: 23,
          phq9After: 6,
          firstSessionDate: firstSessionDueIn(5),
          followUps: true,
        },
      })
    ).submitTestimonial.testimonial.id;

  const followUpNotifications = async (member: TestMember) =>
    (
      await member.gql.ok<{ notifications: { nodes: NotificationNode[] } }>(NOTIFICATIONS)
    ).notifications.nodes.filter((n) => n.kind === 'FOLLOW_UP_DUE');

  it('the reminder leads to the check-in form; it, its e-mail subject, preview and body reveal no health detail', async () => {
    const member = await registerMember(t.gql);
    await markEmailVerified(t.gql, member.id);
    const id = await optIn(member);
    const reminders = t.app.get(FollowUpRemindersService);

    // Not due yet: the job, run now, sends nothing.
    expect(await reminders.remind([id])).toBe(0);
    expect(await followUpNotifications(member)).toEqual([]);
    clock.advance(6 * DAY);
    expect(await reminders.remind([id])).toBe(1);

    const [notification] = await followUpNotifications(member);
    expect(notification).toMatchObject({
      summary: 'A follow-up on your testimonial is due',
      path: `/testimonials/${id}/check-in`,
      actor: null,
    });
    expect(JSON.stringify(notification)).not.toMatch(HEALTH);

    const mail = await smtp.waitForMail((m) => m.to.includes(member.email) && /follow-up/.test(m.subject));
    expect(mail.subject).toBe('A follow-up is waiting for you on Haven');
    expect(mail.text).toContain(`http://haven.test/testimonials/${id}/check-in`);
    // Subject, preview (the hidden first line of the HTML), text and HTML: the whole message.
    expect(mail.raw).toContain('A follow-up is waiting for you');
    expect(mail.raw).not.toMatch(HEALTH);
    expect(mail.raw).not.toContain('Six infusions');

    // The check-in form the reminder opens answers the open point; the timeline shows it.
    const res = await member.gql.ok<{ submitCheckIn: { checkIn: { monthsAfter: number; status: string } } }>(
      CHECK_IN,
      { id, input: { phq9: 7, stillRelieved: 'PARTLY', maintenanceSessions: 0 } },
    );
    expect(res.submitCheckIn.checkIn).toMatchObject({ monthsAfter: 1, status: 'PUBLISHED' });
    const timeline = await member.gql.ok<{ testimonial: { checkIns: unknown[] } }>(TIMELINE, { id });
    expect(timeline.testimonial.checkIns).toEqual([{ monthsAfter: 1, phq9: 7, status: 'PUBLISHED' }]);
  });

  it('in the daily digest a reminder is a count, and a member who wants it in the app only gets no e-mail', async () => {
    const digested = await registerMember(t.gql);
    const inApp = await registerMember(t.gql);
    for (const m of [digested, inApp]) await markEmailVerified(t.gql, m.id);
    await digested.gql.ok(SET_PREF, { kind: 'FOLLOW_UP_DUE', delivery: 'EMAIL_DIGEST' });
    await inApp.gql.ok(SET_PREF, { kind: 'FOLLOW_UP_DUE', delivery: 'IN_APP' });
    const ids = [await optIn(digested), await optIn(inApp)];
    clock.advance(6 * DAY);
    expect(await t.app.get(FollowUpRemindersService).remind(ids)).toBe(2);

    const rows = await t.dataSource.query<{ recipient_id: string; delivery: string }[]>(
      `SELECT recipient_id, delivery FROM notifications WHERE kind = 'FOLLOW_UP_DUE' AND subject_id = ANY($1)`,
      [ids],
    );
    expect(new Map(rows.map((r) => [r.recipient_id, r.delivery]))).toEqual(
      new Map([
        [digested.id, 'EMAIL_DIGEST'],
        [inApp.id, 'IN_APP'],
      ]),
    );
    for (const m of [digested, inApp]) {
      const [n] = await followUpNotifications(m);
      expect(n.summary).not.toMatch(HEALTH);
    }

    // The digest at 08:00 UTC (the members' time zone), a day after the reminders were written.
    const today = new Date();
    const due = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 1, 8, 0, 0),
    );
    expect(await t.app.get(NotificationMailer).runDigest(due)).toBeGreaterThanOrEqual(1);
    const digest = await smtp.waitForMail((m) => m.to.includes(digested.email) && /digest/.test(m.subject));
    expect(digest.subject).toBe('Your daily Haven digest');
    expect(digest.text).toContain('1 follow-up waiting for you');
    expect(digest.raw).not.toMatch(HEALTH);
    // The member who chose the app only was mailed nothing: no message was even queued for them.
    const queued = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM mail_messages WHERE user_id = $1 AND kind LIKE 'notification.%'`,
      [inApp.id],
    );
    expect(queued).toEqual([{ count: 0 }]);
  });
});
