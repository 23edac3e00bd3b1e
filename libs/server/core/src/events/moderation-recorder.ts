import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DecisionTransaction } from '../database/decision-transaction';
import type { ModerationActionTakenEvent } from './content-events';

/**
 * Writes one entry of the append-only moderation log (and the member's notice, when the entry asks for
 * one) through the given transaction's manager; what it returns runs once the transaction has committed.
 */
export type ModerationLogWriter = (
  entry: ModerationActionTakenEvent,
  manager: EntityManager,
) => Promise<(() => Promise<void>) | void>;

/**
 * Lets a domain record an administrator's or moderator's action in the moderation log inside the
 * transaction of the change itself, without knowing moderation's tables: moderation registers the
 * writer at start-up. Haven's application always has it; an application assembled without the
 * moderation module (a domain's own integration tests) has no log, which is said once in the log.
 */
@Injectable()
export class ModerationRecorder {
  private readonly logger = new Logger(ModerationRecorder.name);
  private writer: ModerationLogWriter | null = null;
  private warned = false;

  register(writer: ModerationLogWriter): void {
    this.writer = writer;
  }

  async record(entry: ModerationActionTakenEvent, tx: DecisionTransaction): Promise<void> {
    if (!this.writer) {
      if (!this.warned) this.logger.warn('No moderation log in this application: actions are not recorded.');
      this.warned = true;
      return;
    }
    const afterCommit = await this.writer(entry, tx.manager);
    if (afterCommit) tx.afterCommit(afterCommit);
  }
}
