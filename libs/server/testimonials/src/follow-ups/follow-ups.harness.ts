import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  CONTENT_WITHDRAWN_EVENT,
  NOTIFICATION_REQUESTED_EVENT,
  type ContentWithdrawnEvent,
  type NotificationRequest,
} from '@haven/server/core';
import {
  controlClock,
  registerMember,
  registerModerator,
  signInAdmin,
  type ControlledClock,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import {
  createTestimonialsApp,
  publishTestimonial,
  recordContentEvents,
  type TestimonialView,
} from '../testimonial.fixtures';
import { FOLLOW_UP_REMINDER_JOB } from './follow-up-reminders.service';
import { addMonthsUtc } from './follow-up.rules';

// The app, members, documents and helpers the follow-up specs share.

export const DAY = 24 * 3600 * 1000;
export const CHECK_IN =
  'id monthsAfter phq9 phq2 stillRelieved maintenanceSessions maintenanceModality sideEffects note noteHtml status createdAt';
export const TIMELINE = `query($id: ID!) { testimonial(id: $id) {
  id anonymous author { id handle } firstSessionDate followUpsEnabled nextCheckInDue checkIns { ${CHECK_IN} } } }`;
export const SUBMIT_CHECK_IN = `mutation($id: ID!, $input: CheckInInput!) {
  submitCheckIn(testimonialId: $id, input: $input) {
    checkIn { ${CHECK_IN} } safety { crisisDetected heldForReview resources { name } } } }`;
export const WITHDRAW_CHECK_IN = `mutation($id: ID!) { withdrawCheckIn(id: $id) { id status } }`;
export const SET_FOLLOW_UPS = `mutation($id: ID!, $enabled: Boolean!, $date: DateTime) {
  setTestimonialFollowUps(testimonialId: $id, enabled: $enabled, firstSessionDate: $date) {
    id firstSessionDate followUpsEnabled nextCheckInDue } }`;

export interface CheckInView {
  id: string;
  monthsAfter: number;
  phq9: number | null;
  status: string;
  note: string | null;
  noteHtml: string | null;
  [key: string]: unknown;
}
export interface Timeline {
  id: string;
  author: { id: string; handle: string } | null;
  firstSessionDate: string | null;
  followUpsEnabled: boolean;
  nextCheckInDue: string | null;
  checkIns: CheckInView[];
}

/** A first session such that the 1-month point fell due `daysAgo` days ago (UTC midnight). */
export function firstSessionFor(daysAgo: number): string {
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  let first = addMonthsUtc(today, 1);
  // Walk back day by day until first + 1 month lies `daysAgo` days before today.
  while (addMonthsUtc(first, 1).getTime() > today.getTime() - daysAgo * DAY)
    first = new Date(first.getTime() - DAY);
  return first.toISOString();
}

export const quick = { phq9: 7, stillRelieved: 'YES', maintenanceSessions: 0 };

export interface FollowUps {
  t: TestApp;
  author: TestMember;
  other: TestMember;
  moderator: TestMember;
  admin: TestMember;
  /** The author's anonymous testimonial, opted in, its 1-month point open for three days. */
  testimonial: TestimonialView;
  clock: ControlledClock;
  withdrawn: ContentWithdrawnEvent[];
  events: ReturnType<typeof recordContentEvents>;
  /** The FOLLOW_UP_DUE request for a testimonial: already made, or the next one made (no polling). */
  reminderFor(id: string): Promise<NotificationRequest>;
  remindersOf(id: string): NotificationRequest[];
  /** The reminder jobs planned for a testimonial, by start time. */
  plannedJobs(id: string): Promise<{ monthsAfter: number; startAfter: Date; state: string }[]>;
  timeline(gql?: GraphqlClient, id?: string): Promise<Timeline>;
}

/** Starts the app with its members and the author's testimonial, and records what they cause. */
export async function setUpFollowUps(): Promise<FollowUps> {
  const t = await createTestimonialsApp();
  const notifications: NotificationRequest[] = [];
  const withdrawn: ContentWithdrawnEvent[] = [];
  let waiters: { id: string; resolve: (n: NotificationRequest) => void }[] = [];
  const clock = controlClock(t.app);
  const emitter = t.app.get(EventEmitter2);
  emitter.on(NOTIFICATION_REQUESTED_EVENT, (n: NotificationRequest) => {
    notifications.push(n);
    if (n.kind !== 'FOLLOW_UP_DUE') return;
    for (const w of waiters.filter((x) => x.id === n.subject?.id)) w.resolve(n);
    waiters = waiters.filter((x) => x.id !== n.subject?.id);
  });
  emitter.on(CONTENT_WITHDRAWN_EVENT, (e: ContentWithdrawnEvent) => withdrawn.push(e));
  const events = recordContentEvents(t);
  const author = await registerMember(t.gql, `Still_Here_${Date.now() % 100000}`);
  const other = await registerMember(t.gql);
  const moderator = await registerModerator(t.gql);
  const admin = await signInAdmin(t.gql);
  const testimonial = await publishTestimonial(t, author.gql, {
    anonymous: true,
    firstSessionDate: firstSessionFor(3),
    followUps: true,
  });
  return {
    t,
    author,
    other,
    moderator,
    admin,
    testimonial,
    clock,
    withdrawn,
    events,
    reminderFor: (id) =>
      new Promise<NotificationRequest>((resolve) => {
        const found = notifications.find((n) => n.kind === 'FOLLOW_UP_DUE' && n.subject?.id === id);
        if (found) resolve(found);
        else waiters.push({ id, resolve });
      }),
    remindersOf: (id) => notifications.filter((n) => n.kind === 'FOLLOW_UP_DUE' && n.subject?.id === id),
    plannedJobs: (id) =>
      t.dataSource.query(
        `SELECT (data->>'monthsAfter')::int AS "monthsAfter", start_after AS "startAfter", state
           FROM pgboss.job WHERE name = $1 AND data->>'testimonialId' = $2 ORDER BY start_after`,
        [FOLLOW_UP_REMINDER_JOB, id],
      ),
    timeline: async (gql = t.gql, id = testimonial.id) =>
      (await gql.ok<{ testimonial: Timeline }>(TIMELINE, { id })).testimonial,
  };
}
