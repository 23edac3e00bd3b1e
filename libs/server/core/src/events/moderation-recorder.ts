import { Injectable } from '@nestjs/common';
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
 * Lets a content domain record a moderator's action in the moderation log inside the transaction of
 * the change itself, without knowing moderation's tables: moderation registers the writer at start-up.
 */
@Injectable()
export class ModerationRecorder {
  private writer: ModerationLogWriter | null = null;

  register(writer: ModerationLogWriter): void {
    this.writer = writer;
  }

  async record(entry: ModerationActionTakenEvent, tx: DecisionTransaction): Promise<void> {
    if (!this.writer) throw new Error('No moderation log is registered: import the moderation module.');
    const afterCommit = await this.writer(entry, tx.manager);
    if (afterCommit) tx.afterCommit(afterCommit);
  }
}
