import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, IsNull, Not, Repository } from 'typeorm';
import { AccountStatus, Role, type JourneyStage } from '@haven/shared/contracts';
import {
  ACCOUNT_STATUS_CHANGED_EVENT,
  ActorLookup,
  BadInputError,
  ForbiddenError,
  NotFoundError,
  type Actor,
  type AccountStatusChangedEvent,
  type DecisionTransaction,
} from '@haven/server/core';
import { UserObject, toUserObject } from './dto/user.object';
import { validateBio } from './identity.rules';
import { publicUserFromJson, publicUserJsonSql, type PublicUserJson } from './public-user.sql';
import { UserEntity } from './user.entity';

export interface ProfileChanges {
  bio?: string | null;
  journeyStage?: JourneyStage | null;
  revealContentWarnings?: boolean | null;
}

/** Accounts: lookups for every domain, profile edits and the account status pipeline. */
@Injectable()
export class UsersService extends ActorLookup {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly events: EventEmitter2,
  ) {
    super();
  }

  /** The account behind a request (a ban or role change counts at once: `AuthenticationCache` drops it). */
  async findActor(id: string): Promise<Actor | null> {
    if (!isUUID(id)) return null;
    const [user] = await this.users.query<Actor[]>(
      `SELECT id, handle, role, status, suspended_until AS "suspendedUntil", created_at AS "createdAt"
         FROM users WHERE id = $1 AND deleted_at IS NULL`,
      [id],
    );
    return user ?? null;
  }

  findEntity(id: string): Promise<UserEntity | null> {
    if (typeof id !== 'string' || !isUUID(id)) return Promise.resolve(null);
    return this.users.findOne({ where: { id } });
  }

  async requireEntity(id: string): Promise<UserEntity> {
    const user = await this.findEntity(id);
    if (!user || user.deletedAt) throw new NotFoundError('That member');
    return user;
  }

  /** Whether the account exists and has confirmed its address (e-mail notifications need it). */
  async isEmailVerified(userId: string): Promise<boolean> {
    const user = await this.users.findOne({ where: { id: userId, deletedAt: IsNull() } });
    return !!user?.email && user.emailVerifiedAt !== null;
  }

  /**
   * The addresses e-mail may go to, by account id: verified, not deleted, not banned. Accounts that
   * may not get e-mail are absent. One query whatever the count.
   */
  async verifiedEmails(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.users.find({
      where: { id: In(unique), deletedAt: IsNull(), emailVerifiedAt: Not(IsNull()) },
    });
    return new Map(
      rows.filter((u) => u.email && u.status !== AccountStatus.BANNED).map((u) => [u.id, u.email as string]),
    );
  }

  /** Public profiles by id, in the order asked, null where unknown. One query whatever the count. */
  async findPublicByIds(ids: readonly string[]): Promise<(UserObject | null)[]> {
    const unique = [...new Set(ids.filter((id) => isUUID(id)))];
    const rows =
      unique.length > 0
        ? await this.users.query<{ user: PublicUserJson | null }[]>(
            `SELECT ${publicUserJsonSql('i.id')} AS user FROM unnest($1::uuid[]) AS i(id)`,
            [unique],
          )
        : [];
    const byId = new Map(
      rows.flatMap(({ user }) => (user ? [[user.id, publicUserFromJson(user)] as const] : [])),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  async findByHandle(handle: string): Promise<UserObject | null> {
    if (handle.length > 64) return null;
    const user = await this.users.findOne({
      where: { handleKey: handle.trim().toLowerCase(), deletedAt: IsNull() },
    });
    return user ? toUserObject(user) : null;
  }

  /** Ids of the active members with these handles (any case). One query. */
  async findIdsByHandles(handles: readonly string[]): Promise<string[]> {
    const keys = [...new Set(handles.map((h) => h.trim().toLowerCase()))].filter((h) => h.length <= 40);
    if (keys.length === 0) return [];
    const rows = await this.users.find({
      select: { id: true },
      where: {
        handleKey: In(keys),
        deletedAt: IsNull(),
        status: In([AccountStatus.ACTIVE, AccountStatus.SUSPENDED]),
      },
    });
    return rows.map((u) => u.id);
  }

  /** Members whose handle starts with `prefix` (any case), in order, for mention autocompletion. */
  async suggestHandles(prefix: string, limit: number): Promise<UserObject[]> {
    const key = prefix
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`);
    const rows = await this.users
      .createQueryBuilder('u')
      .where(`u.handle_key LIKE :pattern ESCAPE '\\'`, { pattern: `${key}%` })
      .andWhere('u.deleted_at IS NULL')
      .andWhere('u.status <> :banned', { banned: AccountStatus.BANNED })
      .orderBy('u.handleKey', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toUserObject);
  }

  async updateProfile(userId: string, changes: ProfileChanges): Promise<UserEntity> {
    const user = await this.requireEntity(userId);
    if (changes.bio !== undefined) user.bio = validateBio(changes.bio);
    if (changes.journeyStage !== undefined) user.journeyStage = changes.journeyStage;
    if (changes.revealContentWarnings !== undefined && changes.revealContentWarnings !== null) {
      user.revealContentWarnings = changes.revealContentWarnings;
    }
    return this.users.save(user);
  }

  /**
   * Suspends until `until`, bans (until = null and ban = true), or reactivates an account. Inside a
   * decision (`tx`) the change commits with it and ACCOUNT_STATUS_CHANGED goes out after the commit.
   */
  async setStatus(
    userId: string,
    status: AccountStatus,
    until: Date | null = null,
    tx?: DecisionTransaction,
  ): Promise<UserObject> {
    if (status === AccountStatus.SUSPENDED && (!until || until <= new Date())) {
      throw new BadInputError('A suspension needs an end in the future.');
    }
    const repo = tx ? tx.manager.getRepository(UserEntity) : this.users;
    const user = await repo.findOne({ where: { id: userId } });
    if (!user || user.deletedAt) throw new NotFoundError('That member');
    if (user.role === Role.ADMIN && status !== AccountStatus.ACTIVE) {
      throw new ForbiddenError('An administrator cannot be suspended or banned.');
    }
    user.status = status;
    user.suspendedUntil = status === AccountStatus.SUSPENDED ? until : null;
    const saved = await repo.save(user);
    const event: AccountStatusChangedEvent = { userId, status, suspendedUntil: saved.suspendedUntil };
    const announce = () => this.events.emit(ACCOUNT_STATUS_CHANGED_EVENT, event);
    if (tx) tx.afterCommit(announce);
    else announce();
    return toUserObject(saved);
  }
}
