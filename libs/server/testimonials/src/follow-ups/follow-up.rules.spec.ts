import { StillRelieved, TreatmentModality } from '@haven/shared/contracts';
import {
  addMonthsUtc,
  followUpPoints,
  nextCheckInDue,
  openPoint,
  pointState,
  reminderTimes,
  validateCheckIn,
  validateFirstSessionDate,
  type FollowUpSchedule,
} from './follow-up.rules';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const FIRST = day('2026-01-31');
const POINTS = followUpPoints(FIRST, [1, 3, 6, 12], 30);

function schedule(over: Partial<FollowUpSchedule> = {}): FollowUpSchedule {
  return {
    firstSessionDate: FIRST,
    enabledAt: day('2026-01-31'),
    stoppedAt: null,
    answered: new Set(),
    ...over,
  };
}

describe('follow-up scheduling', () => {
  it('adds calendar months, keeping the last day of shorter months', () => {
    expect(addMonthsUtc(day('2026-01-31'), 1)).toEqual(day('2026-02-28'));
    expect(addMonthsUtc(day('2028-01-31'), 1)).toEqual(day('2028-02-29'));
    expect(addMonthsUtc(day('2026-01-31'), 3)).toEqual(day('2026-04-30'));
    expect(addMonthsUtc(day('2026-11-15'), 3)).toEqual(day('2027-02-15'));
  });

  it('puts each point at first session + months, open for the window', () => {
    expect(POINTS.map((p) => [p.monthsAfter, p.dueAt, p.closesAt])).toEqual([
      [1, day('2026-02-28'), day('2026-03-30')],
      [3, day('2026-04-30'), day('2026-05-30')],
      [6, day('2026-07-31'), day('2026-08-30')],
      [12, day('2027-01-31'), day('2027-03-02')],
    ]);
  });

  it('moves a point from upcoming to open to lost as the clock moves', () => {
    const s = schedule();
    const one = POINTS[0];
    expect(pointState(one, s, day('2026-02-27'))).toBe('UPCOMING');
    expect(pointState(one, s, day('2026-02-28'))).toBe('OPEN');
    expect(pointState(one, s, new Date(day('2026-03-30').getTime() - 1))).toBe('OPEN');
    expect(pointState(one, s, day('2026-03-30'))).toBe('LOST');
  });

  it('an answered point stays answered whatever the clock says', () => {
    const s = schedule({ answered: new Set([1]) });
    expect(pointState(POINTS[0], s, day('2030-01-01'))).toBe('ANSWERED');
  });

  it('skips points already closed when follow-ups were turned on, and never counts them as lost', () => {
    const s = schedule({ enabledAt: day('2026-06-01') });
    expect(pointState(POINTS[0], s, day('2026-06-01'))).toBe('SKIPPED');
    expect(pointState(POINTS[1], s, day('2026-06-01'))).toBe('SKIPPED');
    expect(pointState(POINTS[2], s, day('2026-06-01'))).toBe('UPCOMING');
    // A point still open when follow-ups are turned on can be answered.
    const late = schedule({ enabledAt: day('2026-05-10') });
    expect(pointState(POINTS[1], late, day('2026-05-10'))).toBe('OPEN');
  });

  it('points not closed when a member stopped follow-ups are stopped, not lost', () => {
    const s = schedule({ stoppedAt: day('2026-03-10'), answered: new Set() });
    expect(pointState(POINTS[0], s, day('2027-06-01'))).toBe('STOPPED');
    expect(pointState(POINTS[1], s, day('2027-06-01'))).toBe('STOPPED');
    // Stopped after the first window closed: the first point was already lost.
    const after = schedule({ stoppedAt: day('2026-04-01') });
    expect(pointState(POINTS[0], after, day('2027-06-01'))).toBe('LOST');
  });

  it('finds the open point and the next check-in due', () => {
    const s = schedule();
    expect(openPoint(POINTS, s, day('2026-02-10'))).toBeNull();
    expect(nextCheckInDue(POINTS, s, day('2026-02-10'))).toEqual(day('2026-02-28'));
    expect(openPoint(POINTS, s, day('2026-03-01'))?.monthsAfter).toBe(1);
    expect(nextCheckInDue(POINTS, s, day('2026-03-01'))).toEqual(day('2026-02-28'));
    const answered = schedule({ answered: new Set([1]) });
    expect(openPoint(POINTS, answered, day('2026-03-01'))).toBeNull();
    expect(nextCheckInDue(POINTS, answered, day('2026-03-01'))).toEqual(day('2026-04-30'));
    expect(nextCheckInDue(POINTS, s, day('2027-03-02'))).toBeNull();
    expect(nextCheckInDue(POINTS, schedule({ stoppedAt: day('2026-02-01') }), day('2026-02-10'))).toBeNull();
  });

  it('plans a reminder at each point still to come, and at once for the open one', () => {
    const now = day('2026-03-05');
    expect(reminderTimes(POINTS, schedule(), now)).toEqual([
      { monthsAfter: 1, at: now },
      { monthsAfter: 3, at: day('2026-04-30') },
      { monthsAfter: 6, at: day('2026-07-31') },
      { monthsAfter: 12, at: day('2027-01-31') },
    ]);
    // Answered, lost or skipped points get none; stopped follow-ups get none at all.
    expect(
      reminderTimes(POINTS, schedule({ answered: new Set([1]) }), now).map((r) => r.monthsAfter),
    ).toEqual([3, 6, 12]);
    expect(reminderTimes(POINTS, schedule(), day('2026-06-01')).map((r) => r.monthsAfter)).toEqual([6, 12]);
    expect(
      reminderTimes(POINTS, schedule({ enabledAt: day('2026-06-01') }), day('2026-06-01')).map(
        (r) => r.monthsAfter,
      ),
    ).toEqual([6, 12]);
    expect(reminderTimes(POINTS, schedule({ stoppedAt: day('2026-03-01') }), now)).toEqual([]);
  });

  it('checks the first session date', () => {
    const now = day('2026-05-01');
    expect(validateFirstSessionDate('2026-04-03T15:30:00Z', now)).toEqual(day('2026-04-03'));
    expect(() => validateFirstSessionDate('2026-06-01', now)).toThrow(/future/);
    expect(() => validateFirstSessionDate('1970-01-01', now)).toThrow(/check the date/);
    expect(() => validateFirstSessionDate('soon', now)).toThrow(/date of your first session/);
  });
});

describe('check-in validation', () => {
  const base = { phq9: 6, stillRelieved: StillRelieved.YES, maintenanceSessions: 0 };
  const M = TreatmentModality.IV_INFUSION;

  it('normalises a valid check-in', () => {
    expect(validateCheckIn({ ...base, note: '  better  ', sideEffects: [] }, M)).toEqual({
      phq9: 6,
      phq2: null,
      stillRelieved: 'YES',
      maintenanceSessions: 0,
      maintenanceModality: null,
      sideEffects: [],
      note: 'better',
    });
    expect(validateCheckIn({ ...base, maintenanceSessions: 2 }, M).maintenanceModality).toBe(M);
    expect(validateCheckIn({ ...base, note: '   ' }, M).note).toBeNull();
  });

  it.each([
    [{ ...base, phq2: 2 }, /either a PHQ-9/],
    [{ ...base, phq9: null }, /either a PHQ-9/],
    [{ ...base, phq9: 28 }, /PHQ-9 score must be/],
    [{ ...base, phq9: null, phq2: 7 }, /PHQ-2 score must be/],
    [{ ...base, stillRelieved: 'MAYBE' as StillRelieved }, /still feel the relief/],
    [{ ...base, maintenanceSessions: -1 }, /maintenance sessions/],
    [{ ...base, maintenanceSessions: 101 }, /maintenance sessions/],
    [{ ...base, sideEffects: ['NAUSEA', 'NAUSEA'] }, /only once/],
    [{ ...base, note: 'x'.repeat(2001) }, /at most 2,000/],
  ])('refuses bad check-in #%#', (draft, message) => {
    expect(() => validateCheckIn(draft as never, M)).toThrow(message);
  });
});
