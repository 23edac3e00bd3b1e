import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ModerationAction } from '@haven/shared/contracts';
import { ConflictError, type DecisionTransaction } from '@haven/server/core';
import { ModerationLogService, type LogEntryInput } from './moderation-log.service';
import { NoticesService, type NoticeInput } from './notices.service';

/** The written record of a decision on a case: the case closed, the log entry, the member's notice. */
@Injectable()
export class CaseDecisionWriter {
  constructor(
    private readonly log: ModerationLogService,
    private readonly notices: NoticesService,
  ) {}

  /** Marks the open case resolved; a CONFLICT when it was resolved or claimed by another meanwhile. */
  async close(
    manager: EntityManager,
    caseId: string,
    decision: { action: ModerationAction; note: string | null; actorId: string; force: boolean },
  ): Promise<void> {
    const [rows] = (await manager.query(
      `UPDATE moderation_cases SET status = 'RESOLVED', resolution = $2, resolution_note = $3,
         resolved_by_id = $4, resolved_at = now(), assignee_id = COALESCE(assignee_id, $4),
         claimed_at = COALESCE(claimed_at, now()), updated_at = now()
       WHERE id = $1 AND status = 'OPEN' AND (assignee_id IS NULL OR assignee_id = $4 OR $5::boolean)
       RETURNING id`,
      [caseId, decision.action, decision.note, decision.actorId, decision.force],
    )) as [{ id: string }[], number];
    if (rows.length === 0) throw new ConflictError('This case was resolved or claimed meanwhile.');
  }

  /**
   * Appends the log entry and, when the member is told, their notice (which remembers the entry, so
   * the decision can be appealed); the notification goes out after the commit.
   */
  async record(
    tx: DecisionTransaction,
    entry: LogEntryInput,
    notice: Omit<NoticeInput, 'logEntryId'> | null,
  ): Promise<void> {
    const logged = await this.log.append(entry, tx.manager);
    if (!notice) return;
    const told: NoticeInput = { ...notice, logEntryId: logged.id };
    await this.notices.create(told, tx.manager);
    tx.afterCommit(() => this.notices.announce(told));
  }
}
