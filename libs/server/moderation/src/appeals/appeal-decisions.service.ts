import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AppealStatus, ContentKind, ModerationAction } from '@haven/shared/contracts';
import {
  BadInputError,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  runDecision,
  type Actor,
} from '@haven/server/core';
import { CaseDecisionWriter } from '../case-decision-writer.service';
import { DecisionEffects } from '../decision-effects.service';
import type { ModerationCaseEntity } from '../moderation-case.entity';
import type { ResolveRequest } from '../moderation.rules';
import { ModerationAppealEntity } from './appeal.entity';
import { APPEAL_OUTCOMES, appealOutcomeMessage } from './appeal.rules';

type Outcome = ModerationAction.APPEAL_UPHELD | ModerationAction.APPEAL_REVERSED;

/**
 * Moderators deciding appeals. The moderator who took the decision can neither claim nor resolve the
 * appeal; any other moderator or administrator can. Upholding changes nothing; reversing undoes the
 * decision's effect. Either way the case, the appeal, the effect, the log entry and the member's notice
 * commit together, and the member is notified after the commit.
 */
@Injectable()
export class AppealDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ModerationAppealEntity) private readonly appeals: Repository<ModerationAppealEntity>,
    private readonly effects: DecisionEffects,
    private readonly writer: CaseDecisionWriter,
    private readonly clock: Clock,
  ) {}

  async assertMayHandle(actor: Actor, caseId: string): Promise<ModerationAppealEntity> {
    const appeal = await this.appeals.findOne({ where: { caseId }, relations: { logEntry: true } });
    if (!appeal) throw new NotFoundError('The appeal of this case');
    if (appeal.actedById === actor.id) {
      throw new ForbiddenError('You took the decision under appeal: another moderator needs to decide it.');
    }
    return appeal;
  }

  async decide(
    actor: Actor,
    current: ModerationCaseEntity,
    request: ResolveRequest,
    forced: boolean,
  ): Promise<void> {
    if (!APPEAL_OUTCOMES.has(request.action)) {
      throw new BadInputError('An appeal is resolved by upholding or reversing the decision.', {
        field: 'action',
      });
    }
    const outcome = request.action as Outcome;
    const appeal = await this.assertMayHandle(actor, current.id);
    const entry = appeal.logEntry;
    const reversed = outcome === ModerationAction.APPEAL_REVERSED;
    const aboutAccount = !entry?.contentKind || entry.contentKind === ContentKind.USER;

    await runDecision(this.dataSource, async (tx) => {
      await this.writer.close(tx.manager, current.id, {
        action: outcome,
        note: request.note,
        actorId: actor.id,
        force: forced,
      });
      const [rows] = (await tx.manager.query(
        `UPDATE moderation_appeals SET status = $2, decided_by_id = $3, decided_at = $4, decision_note = $5
         WHERE id = $1 AND status = 'OPEN' RETURNING id`,
        [
          appeal.id,
          reversed ? AppealStatus.REVERSED : AppealStatus.UPHELD,
          actor.id,
          this.clock.now(),
          request.note,
        ],
      )) as [{ id: string }[], number];
      if (rows.length === 0) throw new ConflictError('This appeal has already been decided.');
      if (reversed) await this.effects.reverse(appeal, { actorId: actor.id, note: request.note }, tx);
      await this.writer.record(
        tx,
        {
          actorId: actor.id,
          action: outcome,
          caseId: current.id,
          contentKind: entry?.contentKind ?? ContentKind.USER,
          contentId: entry?.contentId ?? appeal.userId,
          targetUserId: appeal.userId,
          note: request.note,
          suspendedUntil: null,
          forced,
        },
        {
          userId: appeal.userId,
          action: outcome,
          message: appealOutcomeMessage(
            outcome,
            appeal.appealedAction,
            aboutAccount ? null : (entry?.contentKind ?? null),
          ),
          note: request.note,
          contentKind: aboutAccount ? null : (entry?.contentKind ?? null),
          contentId: aboutAccount ? null : (entry?.contentId ?? null),
          suspendedUntil: null,
        },
      );
    });
  }
}
