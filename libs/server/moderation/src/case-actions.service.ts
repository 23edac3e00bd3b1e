import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountStatus, CaseStatus, ContentKind, ModerationAction, Role } from '@haven/shared/contracts';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  runDecision,
  type Actor,
  type DecisionTransaction,
  type ContentModerationOutcome,
} from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import { CaseEventsService } from './case-events.service';
import { CaseStore } from './case-store.service';
import { ContentDirectory } from './content-directory.service';
import type { ModerationCaseEntity } from './moderation-case.entity';
import { ModerationLogService } from './moderation-log.service';
import {
  CONTENT_ACTIONS,
  USER_ACTIONS,
  noticeMessage,
  requireId,
  validateResolve,
  type ResolveRequest,
} from './moderation.rules';
import { NoticesService, type NoticeInput } from './notices.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What moderators do with a case: claim it, then resolve it with one action. */
@Injectable()
export class CaseActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: CaseStore,
    private readonly directory: ContentDirectory,
    private readonly users: UsersService,
    private readonly log: ModerationLogService,
    private readonly notices: NoticesService,
    private readonly caseEvents: CaseEventsService,
  ) {}

  /** The moderator takes the case. Claiming your own claim again is fine; someone else's is a CONFLICT. */
  async claim(actor: Actor, rawId: string): Promise<ModerationCaseEntity> {
    const id = requireId(rawId, 'case id');
    const current = await this.requireCase(id);
    this.assertNotAboutSelf(actor, current);
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
   * broadcasts of the effect go out only after the commit.
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
    const targetUserId = await this.checkApplicable(actor, current, request);
    const suspendedUntil = request.suspendDays ? new Date(Date.now() + request.suspendDays * DAY_MS) : null;

    await runDecision(this.dataSource, async (tx) => {
      const { manager } = tx;
      const [rows] = (await manager.query(
        `UPDATE moderation_cases SET status = 'RESOLVED', resolution = $2, resolution_note = $3,
           resolved_by_id = $4, resolved_at = now(), assignee_id = COALESCE(assignee_id, $4),
           claimed_at = COALESCE(claimed_at, now()), updated_at = now()
         WHERE id = $1 AND status = 'OPEN' AND (assignee_id IS NULL OR assignee_id = $4 OR $5::boolean)
         RETURNING id`,
        [id, request.action, request.note, actor.id, input.force === true],
      )) as [{ id: string }[], number];
      if (rows.length === 0) throw new ConflictError('This case was resolved or claimed meanwhile.');

      await this.applyEffect(actor, current, request, targetUserId, suspendedUntil, tx);
      await this.log.append(
        {
          actorId: actor.id,
          action: request.action,
          caseId: id,
          contentKind: current.contentKind,
          contentId: current.contentId,
          targetUserId,
          note: request.note,
          suspendedUntil,
          forced,
        },
        manager,
      );
      const message = targetUserId
        ? noticeMessage(request.action, current.contentKind, suspendedUntil)
        : null;
      if (targetUserId && message) {
        const notice: NoticeInput = {
          userId: targetUserId,
          action: request.action,
          message,
          note: request.note,
          contentKind: current.contentKind === ContentKind.USER ? null : current.contentKind,
          contentId: current.contentKind === ContentKind.USER ? null : current.contentId,
          suspendedUntil,
        };
        await this.notices.create(notice, manager);
        tx.afterCommit(() => this.notices.announce(notice));
      }
    });
    await this.caseEvents.publish(id, false);
    return this.requireCase(id);
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

  /** Refuses an action that cannot apply to this case; returns the member it concerns (if any). */
  private async checkApplicable(actor: Actor, current: ModerationCaseEntity, request: ResolveRequest) {
    if (CONTENT_ACTIONS.has(request.action) && current.contentKind === ContentKind.USER) {
      throw new BadInputError('That action is for content. For a member, warn, suspend, ban or dismiss.', {
        field: 'action',
      });
    }
    if (!USER_ACTIONS.has(request.action)) return current.authorId;
    const target = current.authorId ? await this.users.findEntity(current.authorId) : null;
    if (!target || target.deletedAt) {
      throw new BadInputError('There is no member account to act on for this case.', { field: 'action' });
    }
    if (target.role === Role.ADMIN)
      throw new ForbiddenError('An administrator cannot be warned, suspended or banned.');
    if (target.role === Role.MODERATOR && actor.role !== Role.ADMIN) {
      throw new ForbiddenError('Only an administrator can act on a moderator’s account.');
    }
    return target.id;
  }

  private async applyEffect(
    actor: Actor,
    current: ModerationCaseEntity,
    request: ResolveRequest,
    targetUserId: string | null,
    suspendedUntil: Date | null,
    tx: DecisionTransaction,
  ): Promise<void> {
    const context = { actorId: actor.id, note: request.note };
    switch (request.action) {
      case ModerationAction.APPROVE:
      case ModerationAction.HIDE:
      case ModerationAction.REMOVE:
      case ModerationAction.RESTORE:
        await this.directory.apply(
          current.contentKind,
          current.contentId,
          request.action as ContentModerationOutcome,
          context,
          tx,
        );
        return;
      case ModerationAction.SUSPEND_USER:
        await this.users.setStatus(targetUserId as string, AccountStatus.SUSPENDED, suspendedUntil, tx);
        return;
      case ModerationAction.BAN_USER:
        await this.users.setStatus(targetUserId as string, AccountStatus.BANNED, null, tx);
        return;
      case ModerationAction.WARN_USER:
      case ModerationAction.DISMISS:
        return;
    }
  }
}
