import { Injectable } from '@nestjs/common';
import { AccountStatus, ContentKind, ModerationAction, Role } from '@haven/shared/contracts';
import {
  BadInputError,
  ForbiddenError,
  type Actor,
  type ContentModerationOutcome,
  type DecisionTransaction,
} from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import type { ModerationAppealEntity } from './appeals/appeal.entity';
import { ContentDirectory } from './content-directory.service';
import type { ModerationCaseEntity } from './moderation-case.entity';
import { CONTENT_ACTIONS, USER_ACTIONS, type ResolveRequest } from './moderation.rules';

/** Statuses a HIDE or REMOVE leaves content in, in each domain's own words. */
const TAKEN_DOWN = new Set(['HIDDEN', 'REMOVED', 'REJECTED']);

/**
 * What a decision does to content (in its own domain, through the registry) and to accounts (through
 * UsersService), inside the decision's transaction; and how a reversed appeal undoes it.
 */
@Injectable()
export class DecisionEffects {
  constructor(
    private readonly directory: ContentDirectory,
    private readonly users: UsersService,
  ) {}

  /** Refuses an action that cannot apply to this case; returns the member it concerns (if any). */
  async targetOf(actor: Actor, current: ModerationCaseEntity, request: ResolveRequest) {
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

  async apply(
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
      default:
        return;
    }
  }

  /**
   * Undoes the appealed decision as far as it still holds: taken-down content is restored, the
   * suspension it set is lifted (not a later one), and a warning has nothing to undo beyond its
   * withdrawal in the log and the member's notice. Content that is gone, or has changed since, stays.
   */
  async reverse(
    appeal: ModerationAppealEntity,
    context: { actorId: string; note: string | null },
    tx: DecisionTransaction,
  ): Promise<void> {
    const entry = appeal.logEntry;
    if (!entry) return;
    switch (appeal.appealedAction) {
      case ModerationAction.HIDE:
      case ModerationAction.REMOVE: {
        const { contentKind: kind, contentId: id } = entry;
        if (!kind || !id || kind === ContentKind.USER) return;
        const info = await this.directory.describeOne(kind, id);
        if (!info || !TAKEN_DOWN.has(info.status)) return;
        await this.directory.apply(kind, id, ModerationAction.RESTORE, context, tx);
        return;
      }
      case ModerationAction.SUSPEND_USER: {
        const user = await this.users.findEntity(appeal.userId);
        const same = user?.suspendedUntil?.getTime() === entry.suspendedUntil?.getTime();
        if (user && !user.deletedAt && user.status === AccountStatus.SUSPENDED && same) {
          await this.users.setStatus(user.id, AccountStatus.ACTIVE, null, tx);
        }
        return;
      }
      default:
        return;
    }
  }
}
