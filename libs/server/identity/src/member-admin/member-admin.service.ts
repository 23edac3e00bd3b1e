import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountStatus, ContentKind, ModerationAction, Role } from '@haven/shared/contracts';
import {
  ACCOUNT_ROLE_CHANGED_EVENT,
  Clock,
  ForbiddenError,
  ModerationRecorder,
  NotFoundError,
  cursorCodec,
  hasRole,
  pageSize,
  runDecision,
  type AccountRoleChangedEvent,
  type Actor,
  type Page,
} from '@haven/server/core';
import { toUserObject, type UserObject } from '../dto/user.object';
import { UserEntity } from '../user.entity';
import { UsersService } from '../users.service';
import {
  assertMayChangeStatus,
  escapeLike,
  requireMemberId,
  roleLogNote,
  statusLogAction,
  statusLogNote,
  validateMemberQuery,
  validateStatusChange,
} from './member-admin.rules';

/** Search results are in handle order; the cursor is the last member's id. */
const MEMBER_CURSOR = cursorCodec('U', ['id'] as const);

/**
 * What administrators and moderators do to accounts: roles (administrators), status (moderators on
 * members, administrators on anyone), and finding members. Each change commits with its moderation
 * log entry, and the account's sockets and rights follow through the account events after the commit.
 */
@Injectable()
export class MemberAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly recorder: ModerationRecorder,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
  ) {}

  async setRole(actor: Actor, userId: string, role: Role): Promise<UserObject> {
    const id = requireMemberId(userId);
    if (actor.id === id) throw new ForbiddenError('You cannot change your own role.');
    return runDecision(this.db, async (tx) => {
      const repo = tx.manager.getRepository(UserEntity);
      const user = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.deletedAt) throw new NotFoundError('That member');
      if (role !== Role.MEMBER && !user.emailVerifiedAt) {
        throw new ForbiddenError('A member needs a verified e-mail address before they can be given a role.');
      }
      if (user.role === role) return toUserObject(user);
      const previous = user.role;
      user.role = role;
      const saved = await repo.save(user);
      await this.recorder.record(
        {
          actorId: actor.id,
          action: ModerationAction.ROLE_CHANGED,
          contentKind: ContentKind.USER,
          contentId: id,
          targetUserId: id,
          note: roleLogNote(previous, role),
        },
        tx,
      );
      tx.afterCommit(() => {
        const event: AccountRoleChangedEvent = { userId: id, role };
        this.events.emit(ACCOUNT_ROLE_CHANGED_EVENT, event);
      });
      return toUserObject(saved);
    });
  }

  /** Suspends (until a time), bans or reactivates an account, through the one account status pipeline. */
  async setStatus(
    actor: Actor,
    userId: string,
    status: AccountStatus,
    until: Date | null | undefined,
    note: string | null | undefined,
  ): Promise<UserObject> {
    const id = requireMemberId(userId);
    const change = validateStatusChange(status, until, note, this.clock.now());
    return runDecision(this.db, async (tx) => {
      const target = await tx.manager
        .getRepository(UserEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!target || target.deletedAt) throw new NotFoundError('That member');
      assertMayChangeStatus(actor, target);
      const updated = await this.users.setStatus(id, change.status, change.until, tx);
      await this.recorder.record(
        {
          actorId: actor.id,
          action: statusLogAction(change.status),
          contentKind: ContentKind.USER,
          contentId: id,
          targetUserId: id,
          note: statusLogNote(change),
          suspendedUntil: change.until,
        },
        tx,
      );
      return updated;
    });
  }

  /**
   * Members whose handle contains the query (any case), in handle order; for administrators also those
   * whose e-mail address contains it. The address itself is never part of the answer.
   */
  async search(
    actor: Actor,
    query: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<UserObject>> {
    const text = validateMemberQuery(query);
    const limit = pageSize(first);
    const pattern = `%${escapeLike(text.toLowerCase())}%`;
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u').where('u.deleted_at IS NULL');
    if (hasRole(actor, Role.ADMIN)) {
      qb.andWhere(`(u.handle_key LIKE :pattern ESCAPE '\\' OR lower(u.email) LIKE :pattern ESCAPE '\\')`, {
        pattern,
      });
    } else {
      qb.andWhere(`u.handle_key LIKE :pattern ESCAPE '\\'`, { pattern });
    }
    if (after) {
      const [lastId] = MEMBER_CURSOR.decode(after);
      qb.andWhere('(u.handle_key, u.id) > (SELECT l.handle_key, l.id FROM users l WHERE l.id = :lastId)', {
        lastId,
      });
    }
    const rows = await qb
      .orderBy('u.handle_key', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = MEMBER_CURSOR.page(rows, limit, (u) => [u.id]);
    return { nodes: page.nodes.map(toUserObject), pageInfo: page.pageInfo };
  }
}
