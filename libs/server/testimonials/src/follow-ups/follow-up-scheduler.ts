import { Injectable } from '@nestjs/common';
import { AppConfig } from '@haven/server/core';
import {
  followUpPoints,
  nextCheckInDue,
  openPoint,
  parseSqlDate,
  pointStates,
  reminderTimes,
  type FollowUpPoint,
  type FollowUpSchedule,
  type PointState,
} from './follow-up.rules';

/** What the scheduler needs of a testimonial. */
export interface FollowUpRow {
  firstSessionDate: string | Date | null;
  followUpsEnabled: boolean;
  followUpsEnabledAt: Date | null;
  followUpsStoppedAt: Date | null;
}

/** The follow-up rules with the configured points (FOLLOW_UP_MONTHS, FOLLOW_UP_WINDOW_DAYS). */
@Injectable()
export class FollowUpScheduler {
  constructor(readonly config: AppConfig) {}

  get months(): readonly number[] {
    return this.config.FOLLOW_UP_MONTHS;
  }

  /** The schedule of a testimonial that ever had follow-ups on, else null. */
  schedule(
    row: FollowUpRow,
    answered: Iterable<number>,
  ): { points: FollowUpPoint[]; schedule: FollowUpSchedule } | null {
    if (!row.firstSessionDate || !row.followUpsEnabledAt) return null;
    const first = parseSqlDate(row.firstSessionDate);
    return {
      points: followUpPoints(first, this.config.FOLLOW_UP_MONTHS, this.config.FOLLOW_UP_WINDOW_DAYS),
      schedule: {
        firstSessionDate: first,
        enabledAt: row.followUpsEnabledAt,
        stoppedAt: row.followUpsEnabled ? null : (row.followUpsStoppedAt ?? row.followUpsEnabledAt),
        answered: new Set(answered),
      },
    };
  }

  open(row: FollowUpRow, answered: Iterable<number>, now: Date): FollowUpPoint | null {
    const s = row.followUpsEnabled ? this.schedule(row, answered) : null;
    return s ? openPoint(s.points, s.schedule, now) : null;
  }

  nextDue(row: FollowUpRow, answered: Iterable<number>, now: Date): Date | null {
    const s = row.followUpsEnabled ? this.schedule(row, answered) : null;
    return s ? nextCheckInDue(s.points, s.schedule, now) : null;
  }

  /** When the reminders still to send should go out (none while follow-ups are off). */
  reminderTimes(
    row: FollowUpRow,
    answered: Iterable<number>,
    now: Date,
  ): { monthsAfter: number; at: Date }[] {
    const s = row.followUpsEnabled ? this.schedule(row, answered) : null;
    return s ? reminderTimes(s.points, s.schedule, now) : [];
  }

  states(
    row: FollowUpRow,
    answered: Iterable<number>,
    now: Date,
  ): { monthsAfter: number; state: PointState }[] {
    const s = this.schedule(row, answered);
    return s
      ? pointStates(s.points, s.schedule, now).map((p) => ({
          monthsAfter: p.point.monthsAfter,
          state: p.state,
        }))
      : [];
  }
}
