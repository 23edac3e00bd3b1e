import {
  LIMITS,
  SideEffect,
  StillRelieved,
  TreatmentModality,
  type SideEffect as SideEffectValue,
} from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';

const DAY_MS = 24 * 3600 * 1000;

/** One follow-up point of a testimonial: due `monthsAfter` months after the first session, open a while. */
export interface FollowUpPoint {
  monthsAfter: number;
  dueAt: Date;
  closesAt: Date;
}

/**
 * - UPCOMING: not due yet;
 * - OPEN: due, not answered, inside its window;
 * - ANSWERED: a check-in (not withdrawn) exists for it;
 * - LOST: its window closed without a check-in while follow-ups were on: lost to follow-up;
 * - SKIPPED: its window had already closed when follow-ups were turned on;
 * - STOPPED: the member stopped follow-ups before its window closed.
 */
export type PointState = 'UPCOMING' | 'OPEN' | 'ANSWERED' | 'LOST' | 'SKIPPED' | 'STOPPED';

/** What the rule needs to know about one testimonial's follow-ups. */
export interface FollowUpSchedule {
  firstSessionDate: Date;
  /** When follow-ups were (last) turned on. */
  enabledAt: Date;
  /** When they were turned off, if they are off. */
  stoppedAt: Date | null;
  /** The points answered by a check-in that was not withdrawn. */
  answered: ReadonlySet<number>;
}

/** `date` plus whole calendar months in UTC; the 31st of a shorter month becomes its last day. */
export function addMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      y,
      m,
      day,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

/** The follow-up points for a first session, one per configured month, each open `windowDays` days. */
export function followUpPoints(
  firstSessionDate: Date,
  months: readonly number[],
  windowDays: number,
): FollowUpPoint[] {
  return months.map((monthsAfter) => {
    const dueAt = addMonthsUtc(firstSessionDate, monthsAfter);
    return { monthsAfter, dueAt, closesAt: new Date(dueAt.getTime() + windowDays * DAY_MS) };
  });
}

/** The state of one point at `now` (see PointState). */
export function pointState(point: FollowUpPoint, schedule: FollowUpSchedule, now: Date): PointState {
  if (schedule.answered.has(point.monthsAfter)) return 'ANSWERED';
  if (point.closesAt.getTime() <= schedule.enabledAt.getTime()) return 'SKIPPED';
  if (schedule.stoppedAt && schedule.stoppedAt.getTime() < point.closesAt.getTime()) return 'STOPPED';
  if (now.getTime() < point.dueAt.getTime()) return 'UPCOMING';
  if (now.getTime() < point.closesAt.getTime()) return 'OPEN';
  return 'LOST';
}

/** The points with their states at `now`. */
export function pointStates(
  points: readonly FollowUpPoint[],
  schedule: FollowUpSchedule,
  now: Date,
): { point: FollowUpPoint; state: PointState }[] {
  return points.map((point) => ({ point, state: pointState(point, schedule, now) }));
}

/** The point a check-in submitted at `now` answers, or null when none is open. */
export function openPoint(
  points: readonly FollowUpPoint[],
  schedule: FollowUpSchedule,
  now: Date,
): FollowUpPoint | null {
  return points.find((p) => pointState(p, schedule, now) === 'OPEN') ?? null;
}

/** When the next check-in is due: the open one (already due) or the next upcoming one; null when none. */
export function nextCheckInDue(
  points: readonly FollowUpPoint[],
  schedule: FollowUpSchedule,
  now: Date,
): Date | null {
  const next = points.find((p) => {
    const state = pointState(p, schedule, now);
    return state === 'OPEN' || state === 'UPCOMING';
  });
  return next?.dueAt ?? null;
}

/**
 * When each reminder still to send should go out: at the due day of every point not yet answered,
 * skipped, stopped or lost, and at once (`now`) for a point already open.
 */
export function reminderTimes(
  points: readonly FollowUpPoint[],
  schedule: FollowUpSchedule,
  now: Date,
): { monthsAfter: number; at: Date }[] {
  return points.flatMap((p) => {
    const state = pointState(p, schedule, now);
    if (state === 'UPCOMING') return [{ monthsAfter: p.monthsAfter, at: p.dueAt }];
    if (state === 'OPEN') return [{ monthsAfter: p.monthsAfter, at: now }];
    return [];
  });
}

/** The first session as a UTC day; not in the future (relative to `now`) and not before 1990. */
export function validateFirstSessionDate(value: unknown, now: Date): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new BadInputError('Please give the date of your first session.', { field: 'firstSessionDate' });
  }
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  if (day.getTime() > now.getTime()) {
    throw new BadInputError('The first session cannot be in the future.', { field: 'firstSessionDate' });
  }
  if (day.getUTCFullYear() < 1990) {
    throw new BadInputError('Please check the date of your first session.', { field: 'firstSessionDate' });
  }
  return day;
}

/** A first-session `date` column ('YYYY-MM-DD') as a UTC midnight Date. */
export function parseSqlDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function toSqlDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** What a member sends as a check-in (GraphQL checked the types). */
export interface CheckInDraft {
  phq9?: number | null;
  phq2?: number | null;
  stillRelieved?: StillRelieved | null;
  maintenanceSessions?: number | null;
  maintenanceModality?: TreatmentModality | null;
  sideEffects?: readonly SideEffectValue[] | null;
  note?: string | null;
}

export interface CheckInFields {
  phq9: number | null;
  phq2: number | null;
  stillRelieved: StillRelieved;
  maintenanceSessions: number;
  maintenanceModality: TreatmentModality | null;
  sideEffects: SideEffectValue[];
  note: string | null;
}

const bad = (field: string, message: string) => new BadInputError(message, { field });

function wholeNumber(value: unknown, field: string, label: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw bad(field, `The ${label} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** Checks a check-in: PHQ-9 (0–27) or PHQ-2 (0–6), not both; a note of at most 2,000 characters. */
export function validateCheckIn(draft: CheckInDraft, fallbackModality: TreatmentModality): CheckInFields {
  const L = LIMITS.checkIn;
  const hasPhq9 = draft.phq9 !== null && draft.phq9 !== undefined;
  const hasPhq2 = draft.phq2 !== null && draft.phq2 !== undefined;
  if (hasPhq9 === hasPhq2) {
    throw bad('phq9', 'Give either a PHQ-9 score or a PHQ-2 score (one of them).');
  }
  const phq9 = hasPhq9
    ? wholeNumber(draft.phq9, 'phq9', 'PHQ-9 score', LIMITS.testimonial.phq9Min, LIMITS.testimonial.phq9Max)
    : null;
  const phq2 = hasPhq2 ? wholeNumber(draft.phq2, 'phq2', 'PHQ-2 score', L.phq2Min, L.phq2Max) : null;
  if (
    typeof draft.stillRelieved !== 'string' ||
    !Object.values(StillRelieved).includes(draft.stillRelieved)
  ) {
    throw bad('stillRelieved', 'Please say whether you still feel the relief: yes, partly or no.');
  }
  const maintenanceSessions = wholeNumber(
    draft.maintenanceSessions,
    'maintenanceSessions',
    'number of maintenance sessions',
    0,
    L.maintenanceMax,
  );
  let maintenanceModality: TreatmentModality | null = null;
  if (draft.maintenanceModality !== null && draft.maintenanceModality !== undefined) {
    if (!Object.values(TreatmentModality).includes(draft.maintenanceModality)) {
      throw bad('maintenanceModality', 'Please choose the kind of maintenance treatment from the list.');
    }
    maintenanceModality = draft.maintenanceModality;
  }
  if (maintenanceSessions === 0) maintenanceModality = null;
  else maintenanceModality ??= fallbackModality;
  const effects = draft.sideEffects ?? [];
  if (!Array.isArray(effects) || effects.length > Object.keys(SideEffect).length) {
    throw bad('sideEffects', 'Choose side effects from the list, each at most once.');
  }
  for (const e of effects) {
    if (!Object.values(SideEffect).includes(e))
      throw bad('sideEffects', 'Choose side effects from the list.');
  }
  if (new Set(effects).size !== effects.length) {
    throw bad('sideEffects', 'Each side effect can be chosen only once.');
  }
  let note: string | null = null;
  if (draft.note !== null && draft.note !== undefined) {
    if (typeof draft.note !== 'string') throw bad('note', 'The note must be text.');
    const trimmed = draft.note.replace(/\u0000/g, '').trim();
    const length = [...trimmed].length;
    if (length > L.noteMax) {
      throw bad(
        'note',
        `The note can have at most ${L.noteMax.toLocaleString('en-US')} characters (it has ${length}).`,
      );
    }
    note = trimmed === '' ? null : trimmed;
  }
  return {
    phq9,
    phq2,
    stillRelieved: draft.stillRelieved,
    maintenanceSessions,
    maintenanceModality,
    sideEffects: [...effects],
    note,
  };
}
