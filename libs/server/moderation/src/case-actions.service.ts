import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseStatus, ContentKind } from '@haven/shared/contracts';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  runDecision,
  type Actor,
} from '@haven/server/core';
import { AppealDecisionsService } from './appeals/appeal-decisions.service';
import { APPEAL_OUTCOMES } from './appeals/appeal.rules';
import { CaseDecisionWriter } from './case-decision-writer.service';
import { CaseEventsService } from './case-events.service';
import { CaseStore } from './case-store.service';
import { DecisionEffects } from './decision-effects.service';
import type { ModerationCaseEntity } from './moderation-case.entity';
import { noticeMessage, requireId, validateResolve, type ResolveRequest } from './moderation.rules';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What moderators do with a case: claim it, then resolve it with one action. */
@Injectable()
export class CaseActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CaseStore,
    private readonly effects: DecisionEffects,
    private readonly writer: CaseDecisionWriter,
    private readonly appeals: AppealDecisionsService,
    private readonly caseEvents: CaseEventsService,
  ) {}

  /** The moderator takes the case. Claiming your own claim again is fine; someone else's is a CONFLICT. */
  async claim(actor: Actor, rawId: string): Promise<ModerationCaseEntity> {
    const id = requireId(rawId, 'case id');
    const current = await this.requireCase(id);
    this.assertNotAboutSelf(actor, current);
    if (current.appeal) await this.appeals.assertMayHandle(actor, current.id);
    const [rows] = (await this.dataSource.query(
      `UPDATE moderation_cases SET assignee_id = $2, claimed_at = COALESCE(claimed_at, now()), updated_at = now()
       WHERE id = $1 AND status = 'OPEN' AND (assignee_id IS NULL OR assignee_id = $2) RETURNING id`,
      [id, actor.id],
    )) as [{ id: string }[], number];
    if (rows.length === 0) {
      const now = await this.requireCase(id);
      if (now.status !== CaseStatus.OPEN) throw new ConflictError('This case is already resolved.');
      throw new ConflictError('Another moderator has already claimed this case.', {
        assigneeId: now.assigneeId,
      });
    }
    await this.caseEvents.publish(id, false);
    return this.requireCase(id);
  }

  /**
   * Resolves an open case with one action. The case is marked resolved, the action takes effect (in the
   * content's own domain, or on the author's account), the log entry and the member's notice are written,
   * all in one transaction: if any of them fails, the case stays open and nothing changes. Events and
   * broadcasts of the effect go out only after the commit. An APPEAL case is resolved by upholding or
   * reversing the decision appealed (AppealDecisionsService), and only so.
   */
  async resolve(
    actor: Actor,
    rawId: string,
    input: { action: unknown; note?: unknown; suspendDays?: unknown; force?: unknown },
  ): Promise<ModerationCaseEntity> {
    const request = validateResolve(input);
    const id = requireId(rawId, 'case id');
    const current = await this.requireCase(id);
    if (current.status !== CaseStatus.OPEN) throw new ConflictError('This case is already resolved.');
    this.assertNotAboutSelf(actor, current);
    const forced = !!current.assigneeId && current.assigneeId !== actor.id;
    if (forced && input.force !== true) {
      throw new ConflictError('Another moderator has claimed this case: resolve it with `force: true`.', {
        assigneeId: current.assigneeId,
      });
    }
    if (current.appeal) await this.appeals.decide(actor, current, request, forced);
    else await this.decide(actor, current, request, forced);
    await this.caseEvents.publish(id, false);
    return this.requireCase(id);
  }

  private async decide(
    actor: Actor,
    current: ModerationCaseEntity,
    request: ResolveRequest,
    forced: boolean,
  ): Promise<void> {
    if (APPEAL_OUTCOMES.has(request.action)) {
      throw new BadInputError('Only an appeal is upheld or reversed.', { field: 'action' });
    }
    const targetUserId = await this.effects.targetOf(actor, current, request);
    const suspendedUntil = request.suspendDays ? new Date(Date.now() + request.suspendDays * DAY_MS) : null;

    await runDecision(this.dataSource, async (tx) => {
      await this.writer.close(tx.manager, current.id, {
        action: request.action,
        note: request.note,
        actorId: actor.id,
        force: forced,
      });
      await this.effects.apply(actor, current, request, targetUserId, suspendedUntil, tx);
      const message = targetUserId
        ? noticeMessage(request.action, current.contentKind, suspendedUntil)
        : null;
      const aboutAccount = current.contentKind === ContentKind.USER;
      await this.writer.record(
        tx,
        {
          actorId: actor.id,
          action: request.action,
          caseId: current.id,
          contentKind: current.contentKind,
          contentId: current.contentId,
          targetUserId,
          note: request.note,
          suspendedUntil,
          forced,
        },
        targetUserId && message
          ? {
              userId: targetUserId,
              action: request.action,
              message,
              note: request.note,
              contentKind: aboutAccount ? null : current.contentKind,
              contentId: aboutAccount ? null : current.contentId,
              suspendedUntil,
            }
          : null,
      );
    });
  }

  private async requireCase(id: string): Promise<ModerationCaseEntity> {
    const found = await this.store.find(id);
    if (!found) throw new NotFoundError('That case');
    return found;
  }

  private assertNotAboutSelf(actor: Actor, current: ModerationCaseEntity): void {
    if (current.authorId === actor.id) {
      throw new ForbiddenError('This case is about you: another moderator needs to handle it.');
    }
  }
}
