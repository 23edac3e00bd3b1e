import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MAIL_SETTLED_EVENT, type MailSettledEvent } from '../events/mail-events';
import { JobsService, type JobContext } from '../jobs/jobs.service';
import { maskAddress } from './mail-content';
import { MailMessageEntity, MailStatus } from './mail-message.entity';
import { MAIL_SEND_JOB, type MailSendJob } from './mail.service';

/**
 * The worker of `mail.send`: hands each message to the SMTP server of `SMTP_URL`, retrying with backoff
 * and recording it FAILED after the last try. With no SMTP_URL the message stays in the outbox and its
 * subject and link are printed once in the log.
 */
@Injectable()
export class MailDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly events: EventEmitter2,
    private readonly config: AppConfig,
  ) {
    this.transport = config.SMTP_URL
      ? createTransport({
          url: config.SMTP_URL,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<MailSendJob>(MAIL_SEND_JOB, (job) => this.deliver(job));
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  async deliver(job: JobContext<MailSendJob>): Promise<void> {
    const message = await this.load(job.data.messageId);
    if (!message || message.status !== MailStatus.QUEUED) return;
    if (!this.transport) {
      this.logger.log({
        msg: `Mail kept in the outbox: "${message.subject}"${message.link ? ` ${message.link}` : ''}`,
        mailId: message.id,
        to: maskAddress(message.toAddress),
      });
      await this.settle(message, MailStatus.OUTBOX, {});
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: message.toAddress,
        subject: message.subject,
        text: message.text ?? '',
        html: message.html ?? undefined,
        list: { unsubscribe: { url: message.unsubscribeUrl, comment: 'Unsubscribe' } },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (job.lastAttempt) {
        await this.settle(message, MailStatus.FAILED, { attempts: message.attempts + 1, lastError: reason });
        this.logger.warn({
          msg: `Mail failed after every try: ${reason}`,
          mailId: message.id,
          kind: message.kind,
        });
      } else {
        await this.sql('UPDATE mail_messages SET attempts = $2, last_error = $3 WHERE id = $1', [
          message.id,
          message.attempts + 1,
          reason,
        ]);
      }
      throw error;
    }
    await this.settle(message, MailStatus.SENT, { attempts: message.attempts + 1, lastError: null });
  }

  /**
   * Job traffic goes straight to the shared pool, as pg-boss's own does, so it never mixes with a
   * request's statements in TypeORM's query log (the per-request cost checks count that log).
   */
  private async sql(text: string, values: unknown[]): Promise<Record<string, unknown>[]> {
    const pool = (
      this.dataSource.driver as unknown as {
        master: { query(text: string, values: unknown[]): Promise<unknown> };
      }
    ).master;
    const result = (await pool.query(text, values)) as { rows: Record<string, unknown>[] };
    return result.rows;
  }

  private async load(id: string): Promise<MailMessageEntity | null> {
    const [row] = await this.sql(
      `SELECT id, user_id AS "userId", to_address AS "toAddress", kind, subject, text, html, link,
              unsubscribe_url AS "unsubscribeUrl", status, attempts
         FROM mail_messages WHERE id = $1`,
      [id],
    );
    return (row as unknown as MailMessageEntity | undefined) ?? null;
  }

  private async settle(
    message: MailMessageEntity,
    status: MailStatus.SENT | MailStatus.OUTBOX | MailStatus.FAILED,
    changes: Partial<MailMessageEntity>,
  ): Promise<void> {
    // Once out (or given up), the body and its one-time links need not stay; the outbox keeps them.
    const clear = status !== MailStatus.OUTBOX;
    await this.sql(
      `UPDATE mail_messages SET status = $2, settled_at = now(), attempts = COALESCE($3, attempts),
              last_error = CASE WHEN $4::boolean THEN $5 ELSE last_error END,
              text = CASE WHEN $6::boolean THEN NULL ELSE text END,
              html = CASE WHEN $6::boolean THEN NULL ELSE html END,
              link = CASE WHEN $6::boolean THEN NULL ELSE link END
        WHERE id = $1`,
      [
        message.id,
        status,
        changes.attempts ?? null,
        'lastError' in changes,
        changes.lastError ?? null,
        clear,
      ],
    );
    const event: MailSettledEvent = {
      messageId: message.id,
      userId: message.userId,
      kind: message.kind,
      status,
    };
    this.events.emit(MAIL_SETTLED_EVENT, event);
  }
}
