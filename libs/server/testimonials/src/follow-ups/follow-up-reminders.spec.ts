import {
  FOLLOW_UP_SWEEP_CRON,
  FOLLOW_UP_SWEEP_JOB,
  FollowUpRemindersService,
} from './follow-up-reminders.service';
import { addMonthsUtc } from './follow-up.rules';
import { publishTestimonial } from '../testimonial.fixtures';
import {
  DAY,
  firstSessionFor,
  quick,
  setUpFollowUps,
  SET_FOLLOW_UPS,
  SUBMIT_CHECK_IN,
  type FollowUps,
  type Timeline,
} from './follow-ups.harness';

describe('testimonial follow-ups: opting in and the reminders', () => {
  let h: FollowUps;
  beforeAll(async () => {
    h = await setUpFollowUps();
  });
  afterEach(() => h.clock.restore());
  afterAll(() => h.t.close());

  it('opting in at submission stores the first session and shows the author when the next check-in is due', async () => {
    const mine = await h.timeline(h.author.gql);
    expect(mine.followUpsEnabled).toBe(true);
    expect(mine.firstSessionDate).toBe(firstSessionFor(3));
    // The 1-month point fell due three days ago and is open now.
    expect(new Date(mine.nextCheckInDue!)).toEqual(addMonthsUtc(new Date(firstSessionFor(3)), 1));
    expect(addMonthsUtc(new Date(firstSessionFor(3)), 1).getTime()).toBeLessThan(Date.now() - 2 * DAY);
    for (const gql of [h.t.gql, h.other.gql, h.moderator.gql])
      expect((await h.timeline(gql)).nextCheckInDue).toBeNull();
  });

  it('opting in puts one reminder job per point still to come on the queue, in the opt-in transaction', async () => {
    const first = new Date(firstSessionFor(3));
    const jobs = await h.plannedJobs(h.testimonial.id);
    expect(jobs.map((j) => j.monthsAfter)).toEqual([1, 3, 6, 12]);
    // The open point's job starts at once; the others on their due days.
    expect(jobs[0].startAfter.getTime()).toBeLessThanOrEqual(Date.now());
    expect(jobs.slice(1).map((j) => j.startAfter)).toEqual([3, 6, 12].map((m) => addMonthsUtc(first, m)));
    // The catch-up sweep is a schedule of the queue (pg-boss runs it once across instances).
    expect(
      await h.t.dataSource.query(`SELECT name, cron FROM pgboss.schedule WHERE name = $1`, [
        FOLLOW_UP_SWEEP_JOB,
      ]),
    ).toEqual([{ name: FOLLOW_UP_SWEEP_JOB, cron: FOLLOW_UP_SWEEP_CRON }]);
  });

  it('the reminder job requests one FOLLOW_UP_DUE notification leading to the check-in form, with no health detail', async () => {
    // The open point's job runs on the queue's worker.
    const request = await h.reminderFor(h.testimonial.id);
    expect(request).toMatchObject({
      recipientIds: [h.author.id],
      kind: 'FOLLOW_UP_DUE',
      actorId: null,
      subject: { kind: 'TESTIMONIAL', id: h.testimonial.id },
      data: { path: `/testimonials/${h.testimonial.id}/check-in`, monthsAfter: 1 },
    });
    expect(JSON.stringify(request)).not.toMatch(/phq|relie|score|depress|infusion|summary/i);
    // Once per point, however often a job or the sweep runs.
    const reminders = h.t.app.get(FollowUpRemindersService);
    expect(await reminders.remind([h.testimonial.id])).toBe(0);
    expect(await reminders.remind(null)).toBe(0);
    expect(h.remindersOf(h.testimonial.id)).toHaveLength(1);
  });

  it('a point not yet due is reminded when the clock reaches it, not before', async () => {
    const reminders = h.t.app.get(FollowUpRemindersService);
    const early = await publishTestimonial(h.t, h.author.gql, {
      firstSessionDate: firstSessionFor(-5),
      followUps: true,
    });
    const [job] = await h.plannedJobs(early.id);
    expect(job).toMatchObject({ monthsAfter: 1, state: 'created' });
    expect(job.startAfter.getTime()).toBeGreaterThan(Date.now() + 4 * DAY);
    // Its job, run early, sends nothing.
    expect(await reminders.remind([early.id])).toBe(0);
    // With the clock moved past its due day, the job (or the sweep) sends it.
    h.clock.advance(6 * DAY);
    expect(await reminders.remind([early.id])).toBe(1);
    expect(await reminders.remind(null)).toBe(0);
    expect(h.remindersOf(early.id)).toHaveLength(1);
  });

  it('the hourly sweep catches an open point whose job never ran', async () => {
    const reminders = h.t.app.get(FollowUpRemindersService);
    const unplanned = await publishTestimonial(h.t, h.author.gql);
    // Turned on behind the jobs' back (as a changed FOLLOW_UP_MONTHS would leave a point unplanned).
    await h.t.dataSource.query(
      `UPDATE testimonials SET follow_ups_enabled = true, follow_ups_enabled_at = now(),
              first_session_date = $2::date WHERE id = $1`,
      [unplanned.id, firstSessionFor(4).slice(0, 10)],
    );
    expect(await h.plannedJobs(unplanned.id)).toEqual([]);
    expect(await reminders.remind(null)).toBeGreaterThanOrEqual(1);
    expect(h.remindersOf(unplanned.id)).toHaveLength(1);
    expect(h.remindersOf(unplanned.id)[0].data?.path).toBe(`/testimonials/${unplanned.id}/check-in`);
    expect(await reminders.remind(null)).toBe(0);
  });

  it('opting in later needs the first session date; points closed before opting in are skipped; stopping ends them', async () => {
    const later = await publishTestimonial(h.t, h.author.gql);
    expect((await h.timeline(h.author.gql, later.id)).followUpsEnabled).toBe(false);
    expect(await h.author.gql.errorCode(SET_FOLLOW_UPS, { id: later.id, enabled: true })).toBe(
      'BAD_USER_INPUT',
    );
    const future = new Date(Date.now() + 3 * DAY).toISOString();
    expect(await h.author.gql.errorCode(SET_FOLLOW_UPS, { id: later.id, enabled: true, date: future })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await h.author.gql.errorCode(SUBMIT_CHECK_IN, { id: later.id, input: quick })).toBe('CONFLICT');
    // First session 50 days past its 1-month point: that point had closed (30 days), so the next is 3 months.
    const res = await h.author.gql.ok<{ setTestimonialFollowUps: Timeline }>(SET_FOLLOW_UPS, {
      id: later.id,
      enabled: true,
      date: firstSessionFor(50),
    });
    expect(res.setTestimonialFollowUps.followUpsEnabled).toBe(true);
    expect(new Date(res.setTestimonialFollowUps.nextCheckInDue!).getTime()).toBeGreaterThan(Date.now());
    expect(await h.author.gql.errorCode(SUBMIT_CHECK_IN, { id: later.id, input: quick })).toBe('CONFLICT');
    // Stopping: nothing more is due or sent.
    const stopped = await h.author.gql.ok<{ setTestimonialFollowUps: Timeline }>(SET_FOLLOW_UPS, {
      id: later.id,
      enabled: false,
    });
    expect(stopped.setTestimonialFollowUps).toMatchObject({ followUpsEnabled: false, nextCheckInDue: null });
    // Turning on planned its reminders; once stopped, none of them sends anything.
    expect((await h.plannedJobs(later.id)).map((j) => j.monthsAfter)).toEqual([3, 6, 12]);
    // Twenty days on, the 3-month point would be open.
    h.clock.advance(20 * DAY);
    expect(await h.t.app.get(FollowUpRemindersService).remind([later.id])).toBe(0);
    expect(h.remindersOf(later.id)).toEqual([]);
  });
});
