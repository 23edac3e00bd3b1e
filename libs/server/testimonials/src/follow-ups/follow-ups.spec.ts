import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { ContentKind } from '@haven/shared/contracts';
import {
  CONTENT_WITHDRAWN_EVENT,
  NOTIFICATION_REQUESTED_EVENT,
  ModeratedContentRegistry,
  runDecision,
  type ContentWithdrawnEvent,
  type NotificationRequest,
} from '@haven/server/core';
import {
  controlClock,
  registerMember,
  registerModerator,
  signInAdmin,
  type ControlledClock,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import {
  createTestimonialsApp,
  publishTestimonial,
  recordContentEvents,
  submitTestimonial,
  suspend,
  type TestimonialView,
} from '../testimonial.fixtures';
import {
  FOLLOW_UP_REMINDER_JOB,
  FOLLOW_UP_SWEEP_CRON,
  FOLLOW_UP_SWEEP_JOB,
  FollowUpRemindersService,
} from './follow-up-reminders.service';
import { addMonthsUtc } from './follow-up.rules';

const DAY = 24 * 3600 * 1000;
const CHECK_IN =
  'id monthsAfter phq9 phq2 stillRelieved maintenanceSessions maintenanceModality sideEffects note noteHtml status createdAt';
const TIMELINE = `query($id: ID!) { testimonial(id: $id) {
  id anonymous author { id handle } firstSessionDate followUpsEnabled nextCheckInDue checkIns { ${CHECK_IN} } } }`;
const SUBMIT_CHECK_IN = `mutation($id: ID!, $input: CheckInInput!) {
  submitCheckIn(testimonialId: $id, input: $input) {
    checkIn { ${CHECK_IN} } safety { crisisDetected heldForReview resources { name } } } }`;
const WITHDRAW_CHECK_IN = `mutation($id: ID!) { withdrawCheckIn(id: $id) { id status } }`;
const SET_FOLLOW_UPS = `mutation($id: ID!, $enabled: Boolean!, $date: DateTime) {
  setTestimonialFollowUps(testimonialId: $id, enabled: $enabled, firstSessionDate: $date) {
    id firstSessionDate followUpsEnabled nextCheckInDue } }`;

interface CheckInView {
  id: string;
  monthsAfter: number;
  phq9: number | null;
  status: string;
  note: string | null;
  noteHtml: string | null;
  [key: string]: unknown;
}
interface Timeline {
  id: string;
  author: { id: string; handle: string } | null;
  firstSessionDate: string | null;
  followUpsEnabled: boolean;
  nextCheckInDue: string | null;
  checkIns: CheckInView[];
}

/** A first session such that the 1-month point fell due `daysAgo` days ago (UTC midnight). */
function firstSessionFor(daysAgo: number): string {
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  let first = addMonthsUtc(today, 1);
  // Walk back day by day until first + 1 month lies `daysAgo` days before today.
  while (addMonthsUtc(first, 1).getTime() > today.getTime() - daysAgo * DAY)
    first = new Date(first.getTime() - DAY);
  return first.toISOString();
}

const quick = { phq9: 7, stillRelieved: 'YES', maintenanceSessions: 0 };

describe('testimonial follow-ups: opt-in, reminder, check-in and timeline', () => {
  let t: TestApp;
  let author: TestMember;
  let other: TestMember;
  let moderator: TestMember;
  let admin: TestMember;
  let notifications: NotificationRequest[];
  let withdrawn: ContentWithdrawnEvent[];
  let events: ReturnType<typeof recordContentEvents>;
  let testimonial: TestimonialView;
  let clock: ControlledClock;
  let waiters: { id: string; resolve: (n: NotificationRequest) => void }[];

  /** The FOLLOW_UP_DUE request for a testimonial: already made, or the next one made (no polling). */
  const reminderFor = (id: string) =>
    new Promise<NotificationRequest>((resolve) => {
      const found = notifications.find((n) => n.kind === 'FOLLOW_UP_DUE' && n.subject?.id === id);
      if (found) resolve(found);
      else waiters.push({ id, resolve });
    });
  const remindersOf = (id: string) =>
    notifications.filter((n) => n.kind === 'FOLLOW_UP_DUE' && n.subject?.id === id);
  /** The reminder jobs planned for a testimonial, by start time. */
  const plannedJobs = (id: string) =>
    t.dataSource.query<{ monthsAfter: number; startAfter: Date; state: string }[]>(
      `SELECT (data->>'monthsAfter')::int AS "monthsAfter", start_after AS "startAfter", state
         FROM pgboss.job WHERE name = $1 AND data->>'testimonialId' = $2 ORDER BY start_after`,
      [FOLLOW_UP_REMINDER_JOB, id],
    );

  const timeline = async (gql = t.gql, id = testimonial.id) =>
    (await gql.ok<{ testimonial: Timeline }>(TIMELINE, { id })).testimonial;

  beforeAll(async () => {
    t = await createTestimonialsApp();
    notifications = [];
    withdrawn = [];
    waiters = [];
    clock = controlClock(t.app);
    const emitter = t.app.get(EventEmitter2);
    emitter.on(NOTIFICATION_REQUESTED_EVENT, (n: NotificationRequest) => {
      notifications.push(n);
      if (n.kind !== 'FOLLOW_UP_DUE') return;
      for (const w of waiters.filter((x) => x.id === n.subject?.id)) w.resolve(n);
      waiters = waiters.filter((x) => x.id !== n.subject?.id);
    });
    emitter.on(CONTENT_WITHDRAWN_EVENT, (e: ContentWithdrawnEvent) => withdrawn.push(e));
    events = recordContentEvents(t);
    author = await registerMember(t.gql, `Still_Here_${Date.now() % 100000}`);
    other = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    admin = await signInAdmin(t.gql);
    testimonial = await publishTestimonial(t, author.gql, {
      anonymous: true,
      firstSessionDate: firstSessionFor(3),
      followUps: true,
    });
  });
  afterEach(() => clock.restore());
  afterAll(() => t.close());

  it('opting in at submission stores the first session and shows the author when the next check-in is due', async () => {
    const mine = await timeline(author.gql);
    expect(mine.followUpsEnabled).toBe(true);
    expect(mine.firstSessionDate).toBe(firstSessionFor(3));
    // The 1-month point fell due three days ago and is open now.
    expect(new Date(mine.nextCheckInDue!)).toEqual(addMonthsUtc(new Date(firstSessionFor(3)), 1));
    expect(addMonthsUtc(new Date(firstSessionFor(3)), 1).getTime()).toBeLessThan(Date.now() - 2 * DAY);
    for (const gql of [t.gql, other.gql, moderator.gql])
      expect((await timeline(gql)).nextCheckInDue).toBeNull();
  });

  it('opting in puts one reminder job per point still to come on the queue, in the opt-in transaction', async () => {
    const first = new Date(firstSessionFor(3));
    const jobs = await plannedJobs(testimonial.id);
    expect(jobs.map((j) => j.monthsAfter)).toEqual([1, 3, 6, 12]);
    // The open point's job starts at once; the others on their due days.
    expect(jobs[0].startAfter.getTime()).toBeLessThanOrEqual(Date.now());
    expect(jobs.slice(1).map((j) => j.startAfter)).toEqual([3, 6, 12].map((m) => addMonthsUtc(first, m)));
    // The catch-up sweep is a schedule of the queue (pg-boss runs it once across instances).
    expect(
      await t.dataSource.query(`SELECT name, cron FROM pgboss.schedule WHERE name = $1`, [
        FOLLOW_UP_SWEEP_JOB,
      ]),
    ).toEqual([{ name: FOLLOW_UP_SWEEP_JOB, cron: FOLLOW_UP_SWEEP_CRON }]);
  });

  it('the reminder job requests one FOLLOW_UP_DUE notification leading to the check-in form, with no health detail', async () => {
    // The open point's job runs on the queue's worker.
    const request = await reminderFor(testimonial.id);
    expect(request).toMatchObject({
      recipientIds: [author.id],
      kind: 'FOLLOW_UP_DUE',
      actorId: null,
      subject: { kind: 'TESTIMONIAL', id: testimonial.id },
      data: { path: `/testimonials/${testimonial.id}/check-in`, monthsAfter: 1 },
    });
    expect(JSON.stringify(request)).not.toMatch(/phq|relie|score|depress|infusion|summary/i);
    // Once per point, however often a job or the sweep runs.
    const reminders = t.app.get(FollowUpRemindersService);
    expect(await reminders.remind([testimonial.id])).toBe(0);
    expect(await reminders.remind(null)).toBe(0);
    expect(remindersOf(testimonial.id)).toHaveLength(1);
  });

  it('a point not yet due is reminded when the clock reaches it, not before', async () => {
    const reminders = t.app.get(FollowUpRemindersService);
    const early = await publishTestimonial(t, author.gql, {
      firstSessionDate: firstSessionFor(-5),
      followUps: true,
    });
    const [job] = await plannedJobs(early.id);
    expect(job).toMatchObject({ monthsAfter: 1, state: 'created' });
    expect(job.startAfter.getTime()).toBeGreaterThan(Date.now() + 4 * DAY);
    // Its job, run early, sends nothing.
    expect(await reminders.remind([early.id])).toBe(0);
    // With the clock moved past its due day, the job (or the sweep) sends it.
    clock.advance(6 * DAY);
    expect(await reminders.remind([early.id])).toBe(1);
    expect(await reminders.remind(null)).toBe(0);
    expect(remindersOf(early.id)).toHaveLength(1);
  });

  it('the hourly sweep catches an open point whose job never ran', async () => {
    const reminders = t.app.get(FollowUpRemindersService);
    const unplanned = await publishTestimonial(t, author.gql);
    // Turned on behind the jobs' back (as a changed FOLLOW_UP_MONTHS would leave a point unplanned).
    await t.dataSource.query(
      `UPDATE testimonials SET follow_ups_enabled = true, follow_ups_enabled_at = now(),
              first_session_date = $2::date WHERE id = $1`,
      [unplanned.id, firstSessionFor(4).slice(0, 10)],
    );
    expect(await plannedJobs(unplanned.id)).toEqual([]);
    expect(await reminders.remind(null)).toBeGreaterThanOrEqual(1);
    expect(remindersOf(unplanned.id)).toHaveLength(1);
    expect(remindersOf(unplanned.id)[0].data?.path).toBe(`/testimonials/${unplanned.id}/check-in`);
    expect(await reminders.remind(null)).toBe(0);
  });

  it('a check-in without a note is published at once and appears on the timeline for everyone', async () => {
    const res = await author.gql.ok<{
      submitCheckIn: { checkIn: CheckInView; safety: Record<string, unknown> };
    }>(SUBMIT_CHECK_IN, {
      id: testimonial.id,
      input: { ...quick, maintenanceSessions: 1, sideEffects: ['NAUSEA'] },
    });
    expect(res.submitCheckIn.checkIn).toMatchObject({
      monthsAfter: 1,
      phq9: 7,
      status: 'PUBLISHED',
      maintenanceSessions: 1,
      maintenanceModality: 'IV_INFUSION',
      sideEffects: ['NAUSEA'],
      note: null,
    });
    expect(res.submitCheckIn.safety).toEqual({ crisisDetected: false, heldForReview: false, resources: [] });
    for (const gql of [t.gql, other.gql]) {
      const view = await timeline(gql);
      expect(view.checkIns.map((c) => [c.monthsAfter, c.status])).toEqual([[1, 'PUBLISHED']]);
    }
    // The next one is the 3-month point.
    const mine = await timeline(author.gql);
    expect(new Date(mine.nextCheckInDue!).getTime()).toBeGreaterThan(Date.now());
    // Answered: a second check-in now is refused, nothing stored.
    const again = await author.gql.request(SUBMIT_CHECK_IN, { id: testimonial.id, input: quick });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/next one is due on/);
    expect((await timeline(author.gql)).checkIns).toHaveLength(1);
  });

  it('the author withdraws a check-in: it leaves the timeline and its point opens again', async () => {
    const [checkIn] = (await timeline(author.gql)).checkIns;
    expect(await other.gql.errorCode(WITHDRAW_CHECK_IN, { id: checkIn.id })).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(WITHDRAW_CHECK_IN, { id: checkIn.id })).toBe('FORBIDDEN');
    expect(await t.gql.errorCode(WITHDRAW_CHECK_IN, { id: checkIn.id })).toBe('UNAUTHENTICATED');
    expect(await author.gql.errorCode(WITHDRAW_CHECK_IN, { id: 'nope' })).toBe('BAD_USER_INPUT');
    expect(
      await author.gql.errorCode(WITHDRAW_CHECK_IN, { id: '00000000-0000-4000-8000-000000000001' }),
    ).toBe('NOT_FOUND');
    const res = await author.gql.ok<{ withdrawCheckIn: { status: string } }>(WITHDRAW_CHECK_IN, {
      id: checkIn.id,
    });
    expect(res.withdrawCheckIn.status).toBe('WITHDRAWN');
    expect(withdrawn).toContainEqual({ kind: ContentKind.CHECK_IN, id: checkIn.id });
    expect((await timeline(t.gql)).checkIns).toEqual([]);
    expect((await timeline(author.gql)).checkIns).toEqual([]);
  });

  it('a check-in with a note is reviewed like a testimonial before anyone else sees it', async () => {
    const res = await author.gql.ok<{
      submitCheckIn: { checkIn: CheckInView; safety: { heldForReview: boolean } };
    }>(SUBMIT_CHECK_IN, { id: testimonial.id, input: { ...quick, note: 'Still **lighter** most days.' } });
    const checkIn = res.submitCheckIn.checkIn;
    expect(checkIn.status).toBe('PENDING_REVIEW');
    expect(checkIn.noteHtml).toContain('<strong>lighter</strong>');
    expect(res.submitCheckIn.safety.heldForReview).toBe(true);
    const event = events.find((e) => e.id === checkIn.id);
    expect(event).toMatchObject({ kind: ContentKind.CHECK_IN, authorId: author.id, review: 'TESTIMONIAL' });
    expect(event?.excerpt).toMatch(/^Follow-up at 1 months — Still/);
    expect((await timeline(t.gql)).checkIns).toEqual([]);
    expect((await timeline(other.gql)).checkIns).toEqual([]);
    for (const gql of [author.gql, moderator.gql, admin.gql]) {
      expect((await timeline(gql)).checkIns.map((c) => c.status)).toEqual(['PENDING_REVIEW']);
    }
    const described = await t.app
      .get(ModeratedContentRegistry)
      .handlerFor(ContentKind.CHECK_IN)
      .describe([checkIn.id]);
    expect(described.get(checkIn.id)).toMatchObject({ authorId: author.id, status: 'PENDING_REVIEW' });
    await runDecision(t.app.get(DataSource), (tx) =>
      t.app
        .get(ModeratedContentRegistry)
        .handlerFor(ContentKind.CHECK_IN)
        .apply(checkIn.id, 'APPROVE', { actorId: moderator.id, note: null }, tx),
    );
    expect((await timeline(t.gql)).checkIns.map((c) => [c.id, c.status])).toEqual([
      [checkIn.id, 'PUBLISHED'],
    ]);
    await runDecision(t.app.get(DataSource), (tx) =>
      t.app
        .get(ModeratedContentRegistry)
        .handlerFor(ContentKind.CHECK_IN)
        .apply(checkIn.id, 'REMOVE', { actorId: moderator.id, note: 'Off topic' }, tx),
    );
    expect((await timeline(t.gql)).checkIns).toEqual([]);
    expect((await timeline(author.gql)).checkIns.map((c) => c.status)).toEqual(['REJECTED']);
  });

  it('a check-in at risk is handled like a post at risk: resources at once, an URGENT case asked for', async () => {
    const fresh = await publishTestimonial(t, author.gql, {
      firstSessionDate: firstSessionFor(1),
      followUps: true,
    });
    const res = await author.gql.ok<{
      submitCheckIn: {
        checkIn: CheckInView;
        safety: { crisisDetected: boolean; resources: { name: string }[] };
      };
    }>(SUBMIT_CHECK_IN, {
      id: fresh.id,
      input: {
        ...quick,
        phq9: 22,
        stillRelieved: 'NO',
        note: 'It came back and I want to kill myself again.',
      },
    });
    expect(res.submitCheckIn.safety.crisisDetected).toBe(true);
    expect(res.submitCheckIn.safety.resources.length).toBeGreaterThan(0);
    expect(res.submitCheckIn.checkIn.status).toBe('PENDING_REVIEW');
    const event = events.find((e) => e.id === res.submitCheckIn.checkIn.id);
    expect(event?.assessment.crisisDetected).toBe(true);
    expect(event?.assessment.priority).toBe('URGENT');
  });

  it('refuses bad check-ins with a clear error and stores nothing', async () => {
    const fresh = await publishTestimonial(t, author.gql, {
      firstSessionDate: firstSessionFor(2),
      followUps: true,
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...quick, phq9: 30 }, 'BAD_USER_INPUT'],
      [{ ...quick, phq2: 3 }, 'BAD_USER_INPUT'],
      [{ ...quick, note: 'x'.repeat(2001) }, 'BAD_USER_INPUT'],
      [{ ...quick, maintenanceSessions: -2 }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) {
      expect(await author.gql.errorCode(SUBMIT_CHECK_IN, { id: fresh.id, input })).toBe(code);
    }
    expect(await author.gql.errorCode(SUBMIT_CHECK_IN, { id: 'bad', input: quick })).toBe('BAD_USER_INPUT');
    expect((await timeline(author.gql, fresh.id)).checkIns).toEqual([]);
  });

  it('only the author answers: visitors, other members, moderators, admins and suspended authors cannot', async () => {
    const fresh = await publishTestimonial(t, other.gql, {
      firstSessionDate: firstSessionFor(2),
      followUps: true,
    });
    expect(await t.gql.errorCode(SUBMIT_CHECK_IN, { id: fresh.id, input: quick })).toBe('UNAUTHENTICATED');
    for (const who of [author, moderator, admin]) {
      expect(await who.gql.errorCode(SUBMIT_CHECK_IN, { id: fresh.id, input: quick })).toBe('FORBIDDEN');
      expect(await who.gql.errorCode(SET_FOLLOW_UPS, { id: fresh.id, enabled: false })).toBe('FORBIDDEN');
    }
    const pending = await submitTestimonial(other.gql, {
      firstSessionDate: firstSessionFor(2),
      followUps: true,
    });
    expect(await author.gql.errorCode(SUBMIT_CHECK_IN, { id: pending.id, input: quick })).toBe('NOT_FOUND');
    const suspended = await registerMember(t.gql);
    const own = await publishTestimonial(t, suspended.gql, {
      firstSessionDate: firstSessionFor(2),
      followUps: true,
    });
    await suspended.gql.ok(SUBMIT_CHECK_IN, { id: own.id, input: quick });
    const [checkIn] = (await timeline(suspended.gql, own.id)).checkIns;
    await suspend(t, suspended.id);
    expect(await suspended.gql.errorCode(SUBMIT_CHECK_IN, { id: own.id, input: quick })).toBe('FORBIDDEN');
    // Taking one's own words back is never refused.
    await suspended.gql.ok(WITHDRAW_CHECK_IN, { id: checkIn.id });
  });

  it('opting in later needs the first session date; points closed before opting in are skipped; stopping ends them', async () => {
    const later = await publishTestimonial(t, author.gql);
    expect((await timeline(author.gql, later.id)).followUpsEnabled).toBe(false);
    expect(await author.gql.errorCode(SET_FOLLOW_UPS, { id: later.id, enabled: true })).toBe(
      'BAD_USER_INPUT',
    );
    const future = new Date(Date.now() + 3 * DAY).toISOString();
    expect(await author.gql.errorCode(SET_FOLLOW_UPS, { id: later.id, enabled: true, date: future })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await author.gql.errorCode(SUBMIT_CHECK_IN, { id: later.id, input: quick })).toBe('CONFLICT');
    // First session 50 days past its 1-month point: that point had closed (30 days), so the next is 3 months.
    const res = await author.gql.ok<{ setTestimonialFollowUps: Timeline }>(SET_FOLLOW_UPS, {
      id: later.id,
      enabled: true,
      date: firstSessionFor(50),
    });
    expect(res.setTestimonialFollowUps.followUpsEnabled).toBe(true);
    expect(new Date(res.setTestimonialFollowUps.nextCheckInDue!).getTime()).toBeGreaterThan(Date.now());
    expect(await author.gql.errorCode(SUBMIT_CHECK_IN, { id: later.id, input: quick })).toBe('CONFLICT');
    // Stopping: nothing more is due or sent.
    const stopped = await author.gql.ok<{ setTestimonialFollowUps: Timeline }>(SET_FOLLOW_UPS, {
      id: later.id,
      enabled: false,
    });
    expect(stopped.setTestimonialFollowUps).toMatchObject({ followUpsEnabled: false, nextCheckInDue: null });
    // Turning on planned its reminders; once stopped, none of them sends anything.
    expect((await plannedJobs(later.id)).map((j) => j.monthsAfter)).toEqual([3, 6, 12]);
    // Twenty days on, the 3-month point would be open.
    clock.advance(20 * DAY);
    expect(await t.app.get(FollowUpRemindersService).remind([later.id])).toBe(0);
    expect(remindersOf(later.id)).toEqual([]);
  });

  it('the check-ins are in the author’s data export', async () => {
    const exported = JSON.parse(
      (await author.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData,
    ) as {
      testimonialCheckIns: { testimonialId: string; monthsAfter: number; status: string }[];
    };
    expect(exported.testimonialCheckIns).toContainEqual(
      expect.objectContaining({ testimonialId: testimonial.id, monthsAfter: 1, status: 'WITHDRAWN' }),
    );
    const theirs = JSON.parse(
      (await other.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData,
    ) as {
      testimonialCheckIns: { testimonialId: string }[];
    };
    expect(theirs.testimonialCheckIns.some((c) => c.testimonialId === testimonial.id)).toBe(false);
  });

  it('anonymity holds on every path of the timeline', async () => {
    const fields = `id anonymous author { id handle } checkIns { ${CHECK_IN} }`;
    const paths: [string, Record<string, unknown>][] = [
      [TIMELINE, { id: testimonial.id }],
      [`{ testimonials(first: 20) { nodes { ${fields} } } }`, {}],
      [`{ durabilityStats { members followedUp points { monthsAfter respondents } } }`, {}],
    ];
    for (const gql of [t.gql, other.gql]) {
      for (const [query, variables] of paths) {
        const res = await gql.request<{ testimonials?: { nodes: { id: string }[] } }>(query, variables);
        expect(res.errors).toBeUndefined();
        // In the list, the anonymous testimonial's node (the author's other stories are not anonymous).
        const nodes = res.data?.testimonials?.nodes.filter((n) => n.id === testimonial.id);
        if (nodes) expect(nodes).toHaveLength(1);
        const text = JSON.stringify(nodes ?? res);
        expect(text).not.toContain(author.handle);
        expect(text).not.toContain(author.id);
      }
    }
    expect((await timeline(moderator.gql)).author?.handle).toBe(author.handle);
  });
});
