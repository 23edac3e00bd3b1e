import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TestimonialStatus } from '@haven/shared/contracts';
import {
  Clock,
  JobsService,
  NOTIFICATION_REQUESTED_EVENT,
  type NotificationRequest,
} from '@haven/server/core';
import { FollowUpScheduler, type FollowUpRow } from './follow-up-scheduler';

/** The notification kind of a follow-up reminder. */
export const FOLLOW_UP_DUE = 'FOLLOW_UP_DUE';

/** One testimonial's reminder, enqueued when follow-ups are turned on, to start on a point's due day. */
export const FOLLOW_UP_REMINDER_JOB = 'testimonials.follow-up-reminder';

/** The hourly catch-up over every testimonial with follow-ups on (a schedule: once across instances). */
export const FOLLOW_UP_SWEEP_JOB = 'testimonials.follow-up-sweep';
export const FOLLOW_UP_SWEEP_CRON = '7 * * * *';

export interface FollowUpReminderJob {
  testimonialId: string;
  /** The point the job was planned for (the handler reminds of whichever point is open when it runs). */
  monthsAfter: number;
}

/** Where a reminder leads: the check-in form of the testimonial. */
export function checkInPath(testimonialId: string): string {
  return `/testimonials/${testimonialId}/check-in`;
}

interface CandidateRow {
  id: string;
  author_id: string;
  first_session_date: string;
  follow_ups_enabled_at: Date;
  answered: number[];
  reminded: number[];
}

// Testimonials with follow-ups on whose last point can still be open (all of them, or those of $4), with
// the points already answered (by a check-in not withdrawn) and already reminded.
const CANDIDATES_SQL = `
  SELECT t.id, t.author_id, t.first_session_date::text AS first_session_date, t.follow_ups_enabled_at,
         coalesce((SELECT array_agg(c.months_after::int) FROM testimonial_check_ins c
                    WHERE c.testimonial_id = t.id AND c.status <> 'WITHDRAWN'), '{}') AS answered,
         coalesce((SELECT array_agg(r.months_after::int) FROM testimonial_follow_up_reminders r
                    WHERE r.testimonial_id = t.id), '{}') AS reminded
    FROM testimonials t
   WHERE t.follow_ups_enabled
     AND t.status IN ('${TestimonialStatus.PUBLISHED}', '${TestimonialStatus.PENDING_REVIEW}')
     AND t.first_session_date IS NOT NULL
     AND t.first_session_date >= ($1::timestamptz - make_interval(months => $2, days => $3))::date
     AND ($4::uuid[] IS NULL OR t.id = ANY($4::uuid[]))`;

/**
 * Follow-up reminders, as jobs on the shared queue. Turning follow-ups on enqueues, in the same
 * transaction, one job per point still to come, starting on its due day (at once for a point already
 * open); an hourly scheduled sweep catches anything a job missed. Either way each open point gets one
 * FOLLOW_UP_DUE notification (the notifications domain delivers it, by e-mail only if the member
 * allows): the reminder rows are one transaction, the notifications go out after it commits. The
 * notification names the testimonial and leads to its check-in form, never any health detail. Whether
 * a point is due is the Clock's to say.
 */
@Injectable()
export class FollowUpRemindersService implements OnApplicationBootstrap {
  private readonly logger = new Logger('FollowUps');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: FollowUpScheduler,
    private readonly events: EventEmitter2,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<FollowUpReminderJob>(FOLLOW_UP_REMINDER_JOB, (job) =>
      this.remind([job.data.testimonialId]),
    );
    await this.jobs.work(FOLLOW_UP_SWEEP_JOB, async () => {
      const sent = await this.remind(null);
      if (sent > 0) this.logger.log(`Follow-ups: ${sent} reminder(s) requested by the sweep.`);
    });
    await this.jobs.schedule(FOLLOW_UP_SWEEP_JOB, FOLLOW_UP_SWEEP_CRON, {});
  }

  /**
   * Enqueues, in the caller's transaction (the one turning follow-ups on), the reminder jobs of a
   * testimonial: one per point still to come, at its due day, and one at once for a point open now.
   */
  async plan(
    manager: EntityManager,
    testimonial: FollowUpRow & { id: string },
    answered: Iterable<number>,
    now: Date = this.clock.now(),
  ): Promise<number> {
    const times = this.scheduler.reminderTimes(testimonial, answered, now);
    for (const { monthsAfter, at } of times) {
      const job: FollowUpReminderJob = { testimonialId: testimonial.id, monthsAfter };
      await this.jobs.sendInTransaction(manager, FOLLOW_UP_REMINDER_JOB, job, { startAfter: at });
    }
    return times.length;
  }

  /**
   * Sends the reminders due at `now` for these testimonials (or, with null, every one with follow-ups
   * on); returns how many. Each point is reminded once, however often this runs and on however many
   * instances.
   */
  async remind(testimonialIds: readonly string[] | null, now: Date = this.clock.now()): Promise<number> {
    const maxMonths = Math.max(...this.scheduler.months);
    const windowDays = this.scheduler.config.FOLLOW_UP_WINDOW_DAYS;
    const requests = await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(CANDIDATES_SQL, [
        now,
        maxMonths,
        windowDays,
        testimonialIds ? [...testimonialIds] : null,
      ])) as CandidateRow[];
      const out: NotificationRequest[] = [];
      for (const row of rows) {
        const point = this.scheduler.open(
          {
            firstSessionDate: row.first_session_date,
            followUpsEnabled: true,
            followUpsEnabledAt: row.follow_ups_enabled_at,
            followUpsStoppedAt: null,
          },
          row.answered,
          now,
        );
        if (!point || row.reminded.includes(point.monthsAfter)) continue;
        const inserted = (await manager.query(
          `INSERT INTO testimonial_follow_up_reminders (testimonial_id, months_after, sent_at)
           VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING testimonial_id`,
          [row.id, point.monthsAfter, now],
        )) as unknown[];
        if (inserted.length === 0) continue;
        out.push({
          recipientIds: [row.author_id],
          kind: FOLLOW_UP_DUE,
          actorId: null,
          subject: { kind: 'TESTIMONIAL', id: row.id },
          data: {
            path: checkInPath(row.id),
            monthsAfter: point.monthsAfter,
            dueAt: point.dueAt.toISOString(),
            closesAt: point.closesAt.toISOString(),
          },
        });
      }
      return out;
    });
    for (const request of requests) await this.events.emitAsync(NOTIFICATION_REQUESTED_EVENT, request);
    return requests.length;
  }
}
