import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ACCOUNT_DELETED_EVENT, type AccountDeletedEvent } from '../events/account-events';
import { JobsService } from '../jobs/jobs.service';
import { renderMail, type MailRequest } from './mail-content';
import { MailMessageEntity, MailStatus, MailSuppressionEntity } from './mail-message.entity';
import { signUnsubscribe } from './unsubscribe-token';

/** The queue every message goes through. */
export const MAIL_SEND_JOB = 'mail.send';

export interface MailSendJob {
  messageId: string;
}

/**
 * Sends e-mail, always as a job: `send` stores the message and enqueues its delivery in the caller's
 * transaction (or one of its own), so a message exists exactly when the write that causes it commits.
 */
@Injectable()
export class MailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Queues one message. Returns its id, or null when the member unsubscribed from its list (never for
   * `essential` account mail).
   */
  async send(request: MailRequest, manager?: EntityManager): Promise<string | null> {
    if (!manager) return this.dataSource.transaction((m) => this.send(request, m));
    const list = request.list ?? 'all';
    if (!request.essential && (await this.isUnsubscribed(request.userId, list, manager))) return null;
    const unsubscribeUrl = this.unsubscribeUrl(request.userId, request.essential ? 'all' : list);
    const rendered = renderMail(request, unsubscribeUrl);
    const message = await manager.getRepository(MailMessageEntity).save(
      manager.getRepository(MailMessageEntity).create({
        userId: request.userId,
        toAddress: request.to,
        kind: request.kind.slice(0, 60),
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        link: request.action?.url ?? null,
        unsubscribeUrl,
        status: MailStatus.QUEUED,
      }),
    );
    const job: MailSendJob = { messageId: message.id };
    await this.jobs.sendInTransaction(manager, MAIL_SEND_JOB, job, {
      retryLimit: this.config.MAIL_RETRY_LIMIT,
      retryDelay: this.config.MAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    return message.id;
  }

  /** Whether the member unsubscribed from `list` (or from all optional mail). */
  async isUnsubscribed(userId: string, list: string, manager: EntityManager = this.dataSource.manager) {
    const count = await manager.getRepository(MailSuppressionEntity).count({
      where: [
        { userId, list },
        { userId, list: 'all' },
      ],
    });
    return count > 0;
  }

  /** A deleted account's mail goes too: the outbox keeps no address of someone who left. */
  @OnEvent(ACCOUNT_DELETED_EVENT)
  async forgetAccount(event: AccountDeletedEvent): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(MailMessageEntity).delete({ userId: event.userId });
      await manager.getRepository(MailSuppressionEntity).delete({ userId: event.userId });
    });
  }

  /** The signed one-click link that stops `list` for the member, no sign-in needed. */
  unsubscribeUrl(userId: string, list: string): string {
    const token = signUnsubscribe(this.secret(), { userId, list });
    return `${this.config.publicUrl}/mail/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  secret(): string {
    if (!this.config.JWT_SECRET) throw new Error('JWT_SECRET was not resolved before boot');
    return this.config.JWT_SECRET;
  }
}
