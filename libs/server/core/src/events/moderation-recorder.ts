import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DecisionTransaction } from '../database/decision-transaction';
import type { ModerationActionTakenEvent } from './content-events';

/** Writes one entry of the append-only moderation log through the given transaction's manager. */
export type ModerationLogWriter = (
  entry: ModerationActionTakenEvent,
  manager: EntityManager,
) => Promise<void>;

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
    await this.writer(entry, tx.manager);
  }
}
