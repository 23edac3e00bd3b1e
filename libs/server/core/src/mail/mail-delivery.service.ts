import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { Repository } from 'typeorm';
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
    @InjectRepository(MailMessageEntity) private readonly messages: Repository<MailMessageEntity>,
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
    const message = await this.messages.findOne({ where: { id: job.data.messageId } });
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
        await this.messages.update(message.id, { attempts: message.attempts + 1, lastError: reason });
      }
      throw error;
    }
    await this.settle(message, MailStatus.SENT, { attempts: message.attempts + 1, lastError: null });
  }

  private async settle(
    message: MailMessageEntity,
    status: MailStatus.SENT | MailStatus.OUTBOX | MailStatus.FAILED,
    changes: Partial<MailMessageEntity>,
  ): Promise<void> {
    // Once out (or given up), the body and its one-time links need not stay; the outbox keeps them.
    const clear = status === MailStatus.OUTBOX ? {} : { text: null, html: null, link: null };
    await this.messages.update(message.id, { ...changes, ...clear, status, settledAt: new Date() });
    const event: MailSettledEvent = {
      messageId: message.id,
      userId: message.userId,
      kind: message.kind,
      status,
    };
    this.events.emit(MAIL_SETTLED_EVENT, event);
  }
}
