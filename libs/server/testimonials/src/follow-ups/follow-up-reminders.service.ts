import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TestimonialStatus } from '@haven/shared/contracts';
import { NOTIFICATION_REQUESTED_EVENT, type NotificationRequest } from '@haven/server/core';
import { FollowUpScheduler } from './follow-up-scheduler';

/** The notification kind of a follow-up reminder. */
export const FOLLOW_UP_DUE = 'FOLLOW_UP_DUE';

const LOCK = 'testimonials:follow-up-reminders';

interface CandidateRow {
  id: string;
  author_id: string;
  first_session_date: string;
  follow_ups_enabled_at: Date;
  answered: number[];
  reminded: number[];
}

// Testimonials with follow-ups on whose last point can still be open, with the points already answered
// (by a check-in not withdrawn) and already reminded.
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
     AND t.first_session_date >= ($1::timestamptz - make_interval(months => $2, days => $3))::date`;

/**
 * Follow-up reminders: each open point gets one FOLLOW_UP_DUE notification (the notifications domain
 * delivers it, by e-mail only if the member allows). The reminder rows and the lock are one transaction;
 * the notifications go out after it commits. The notification names the testimonial and the point, never
 * any health detail.
 */
@Injectable()
export class FollowUpRemindersService {
  private readonly logger = new Logger('FollowUps');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: FollowUpScheduler,
    private readonly events: EventEmitter2,
  ) {}

  /** Hourly; the advisory lock makes one instance do each sweep. */
  @Cron('0 7 * * * *', { name: 'follow-up-reminders' })
  async runHourly(): Promise<void> {
    try {
      const sent = await this.sweep(new Date());
      if (sent > 0) this.logger.log(`Follow-ups: ${sent} reminder(s) requested.`);
    } catch (error) {
      this.logger.error(`Follow-up reminders failed: ${String(error)}`);
    }
  }

  /** Sends the reminders due at `now`; returns how many. Null while another instance sweeps. */
  async sweep(now: Date): Promise<number> {
    const maxMonths = Math.max(...this.scheduler.months);
    const windowDays = this.scheduler.config.FOLLOW_UP_WINDOW_DAYS;
    const requests = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [
        LOCK,
      ])) as { locked: boolean }[];
      if (!locked) return [];
      const rows = (await manager.query(CANDIDATES_SQL, [now, maxMonths, windowDays])) as CandidateRow[];
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
