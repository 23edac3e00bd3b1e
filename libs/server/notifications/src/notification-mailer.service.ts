import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig, JobsService, MailService } from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import type { CreatedNotification } from './notification-writer.service';
import { digestLines, emailSubject } from './notification.rules';

export const NOTIFICATION_EMAIL_JOB = 'notifications.email';
export const NOTIFICATION_DIGEST_JOB = 'notifications.digest';
/** The local hour at which each member's digest goes out. */
export const DIGEST_HOUR = 8;

interface EmailJob {
  ids: string[];
}

/**
 * E-mail for notifications. EMAIL_NOW (and urgent) notifications of one fan-out become one job; the
 * daily digest is an hourly scheduled job (run once across instances) that mails every member for
 * whom it is DIGEST_HOUR in their time zone. Subjects, previews and bodies say what happened and how
 * often, never what anyone wrote. Only members with a verified address get any.
 */
@Injectable()
export class NotificationMailer implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationMailer.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<EmailJob>(NOTIFICATION_EMAIL_JOB, (job) => this.sendNow(job.data.ids));
    await this.jobs.work(NOTIFICATION_DIGEST_JOB, () => this.runDigest(new Date()));
    await this.jobs.schedule(NOTIFICATION_DIGEST_JOB, '0 * * * *', {});
  }

  /** Enqueues one job for the e-mails a fan-out asks for (never one per recipient). */
  async created(created: readonly CreatedNotification[]): Promise<void> {
    const ids = created.filter((c) => c.delivery === 'EMAIL_NOW').map((c) => c.id);
    if (ids.length === 0) return;
    try {
      await this.jobs.send<EmailJob>(NOTIFICATION_EMAIL_JOB, { ids });
    } catch (error) {
      this.logger.error(
        `Could not queue notification e-mail: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  /**
   * Sends the e-mails of these notifications that are still unsent, unread and addressed to a verified
   * member. Claiming a notification and queueing its message are one transaction: a failure leaves
   * them unclaimed for the job's retry, and a notification is never mailed twice. Others stay unclaimed.
   */
  async sendNow(ids: readonly string[]): Promise<number> {
    const waiting = await this.db.query<{ recipient_id: string }[]>(
      `SELECT DISTINCT recipient_id FROM notifications
        WHERE id = ANY($1::uuid[]) AND emailed_at IS NULL AND read_at IS NULL AND delivery = 'EMAIL_NOW'`,
      [ids],
    );
    const addresses = await this.users.verifiedEmails(waiting.map((r) => r.recipient_id));
    if (addresses.size === 0) return 0;
    return this.db.transaction(async (manager) => {
      // An UPDATE through TypeORM answers [rows, affected count].
      const [rows] = await manager.query<
        [{ recipient_id: string; kind: string; path: string; own: boolean | null }[], number]
      >(
        `UPDATE notifications SET emailed_at = now()
          WHERE id = ANY($1::uuid[]) AND recipient_id = ANY($2::uuid[])
            AND emailed_at IS NULL AND read_at IS NULL AND delivery = 'EMAIL_NOW'
          RETURNING recipient_id, kind, path, (data ->> 'own')::boolean AS own`,
        [ids, [...addresses.keys()]],
      );
      let sent = 0;
      for (const row of rows) {
        const subject = emailSubject(row.kind, row.own !== false);
        const queued = await this.mail.send(
          {
            userId: row.recipient_id,
            to: addresses.get(row.recipient_id)!,
            kind: `notification.${row.kind.toLowerCase()}`,
            subject,
            paragraphs: [subject.replace(/ on Haven$/, '') + '.', 'Sign in to Haven to read it.'],
            action: { label: 'Open Haven', url: `${this.config.publicUrl}${row.path}` },
            // Lists are lower-case names; the link stops this kind of notification mail.
            list: row.kind.toLowerCase(),
          },
          manager,
        );
        if (queued) sent += 1;
      }
      return sent;
    });
  }

  /**
   * Mails the digest to every member for whom it is DIGEST_HOUR at `now` in their time zone and who
   * has digest notifications waiting, at most once in 20 hours. Returns how many digests were sent.
   */
  async runDigest(now: Date): Promise<number> {
    const due = await this.db.query<{ recipient_id: string; kind: string; count: number }[]>(
      `SELECT n.recipient_id, n.kind, count(*)::int AS count
         FROM notifications n
         LEFT JOIN notification_settings s ON s.user_id = n.recipient_id
        WHERE n.delivery = 'EMAIL_DIGEST' AND n.emailed_at IS NULL AND n.read_at IS NULL
          AND n.created_at > $1::timestamptz - interval '7 days' AND n.created_at <= $1::timestamptz
          AND extract(hour FROM $1::timestamptz AT TIME ZONE coalesce(s.time_zone, 'UTC')) = $2
          AND (s.digest_sent_at IS NULL OR s.digest_sent_at < $1::timestamptz - interval '20 hours')
        GROUP BY n.recipient_id, n.kind`,
      [now, DIGEST_HOUR],
    );
    const byMember = new Map<string, { kind: string; count: number }[]>();
    for (const row of due) byMember.set(row.recipient_id, [...(byMember.get(row.recipient_id) ?? []), row]);
    const addresses = await this.users.verifiedEmails([...byMember.keys()]);
    let sent = 0;
    for (const [userId, counts] of byMember) {
      const to = addresses.get(userId);
      await this.db.transaction(async (manager) => {
        await manager.query(
          `UPDATE notifications SET emailed_at = $2 WHERE recipient_id = $1 AND delivery = 'EMAIL_DIGEST'
             AND emailed_at IS NULL AND created_at <= $2`,
          [userId, now],
        );
        await manager.query(
          `INSERT INTO notification_settings (user_id, digest_sent_at) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET digest_sent_at = EXCLUDED.digest_sent_at`,
          [userId, now],
        );
        if (!to) return;
        await this.mail.send(
          {
            userId,
            to,
            kind: 'notification.digest',
            subject: 'Your daily Haven digest',
            preview: 'What happened on Haven since your last digest',
            paragraphs: [...digestLines(counts), 'Sign in to Haven to read them.'],
            action: { label: 'Open your notifications', url: `${this.config.publicUrl}/notifications` },
            list: 'digest',
          },
          manager,
        );
        sent += 1;
      });
    }
    return sent;
  }
}
