import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import {
  AppConfig,
  BadInputError,
  ForbiddenError,
  RateLimiter,
  isModerator,
  type Actor,
} from '@haven/server/core';
import { UserObject, toUserObject } from '../dto/user.object';
import { UserEntity } from '../user.entity';
import { UsersService } from '../users.service';
import { MemberBlockEntity } from './member-block.entity';
import { viewerBlocksAuthorSql } from '../public-user.sql';

/** How many members one member may block. */
export const MAX_BLOCKS = 1000;

/**
 * Members blocking members. A block is the blocker's own: the blocked member is never told, and
 * nothing they can read changes. It hides the blocked member's content from the blocker, stops their
 * replies to the blocker's posts and comments, and silences notifications between the two. It is
 * social only: moderation never asks it, so a blocked moderator still moderates.
 */
@Injectable()
export class BlocksService {
  constructor(
    @InjectRepository(MemberBlockEntity) private readonly blocks: Repository<MemberBlockEntity>,
    private readonly users: UsersService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  /** Blocks `userId`; blocking someone already blocked changes nothing and succeeds. */
  async block(actor: Actor, userId: string): Promise<boolean> {
    if (userId === actor.id) throw new BadInputError('You cannot block yourself.');
    await this.limiter.consume('block', actor.id, this.config.rateLimits.write);
    const target = await this.users.requireEntity(userId);
    const inserted = await this.blocks.query<unknown[]>(
      `INSERT INTO member_blocks (blocker_id, blocked_id)
       SELECT $1, $2 WHERE (SELECT count(*) FROM member_blocks WHERE blocker_id = $1) < $3
       ON CONFLICT DO NOTHING RETURNING blocked_id`,
      [actor.id, target.id, MAX_BLOCKS],
    );
    if (inserted.length === 0 && !(await this.blocks.existsBy({ blockerId: actor.id, blockedId: target.id })))
      throw new BadInputError(`You can block at most ${MAX_BLOCKS} members.`, { max: MAX_BLOCKS });
    return true;
  }

  /** Lifts a block; lifting one that is not there succeeds too. */
  async unblock(actor: Actor, userId: string): Promise<boolean> {
    if (userId === actor.id) throw new BadInputError('You cannot block or unblock yourself.');
    await this.limiter.consume('block', actor.id, this.config.rateLimits.write);
    const target = await this.users.requireEntity(userId);
    await this.blocks.delete({ blockerId: actor.id, blockedId: target.id });
    return true;
  }

  /** The members `userId` has blocked, most recent first (deleted accounts left out). */
  async blockedBy(userId: string): Promise<UserObject[]> {
    const rows = await this.blocks
      .createQueryBuilder('b')
      .innerJoinAndMapOne('b.blocked', UserEntity, 'u', 'u.id = b.blocked_id AND u.deleted_at IS NULL')
      .where('b.blocker_id = :userId', { userId })
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.blocked_id', 'ASC')
      .getMany();
    return rows.flatMap((row) => (row.blocked ? [toUserObject(row.blocked)] : []));
  }

  /** Which of `authorIds` `viewerId` blocks. One query whatever the count. */
  async blockedAuthors(viewerId: string, authorIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(authorIds)].filter((id) => isUUID(id) && id !== viewerId);
    if (ids.length === 0 || !isUUID(viewerId)) return new Set();
    const rows = await this.blocks.query<{ id: string }[]>(
      `SELECT a.id FROM unnest($2::uuid[]) AS a(id) WHERE ${viewerBlocksAuthorSql('$1::uuid', 'a.id')}`,
      [viewerId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The members of `others` who block `userId` or whom `userId` blocks. One query whatever the count. */
  async blockedAmong(userId: string, others: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(others)].filter((id) => isUUID(id) && id !== userId);
    if (ids.length === 0 || !isUUID(userId)) return new Set();
    const rows = await this.blocks.query<{ id: string }[]>(
      `SELECT blocked_id AS id FROM member_blocks WHERE blocker_id = $1 AND blocked_id = ANY($2::uuid[])
       UNION
       SELECT blocker_id AS id FROM member_blocks WHERE blocked_id = $1 AND blocker_id = ANY($2::uuid[])`,
      [userId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Everyone `userId` blocks or is blocked by: those a notification caused by `userId` never reaches. */
  async relatedTo(userId: string): Promise<string[]> {
    if (!isUUID(userId)) return [];
    const rows = await this.blocks.query<{ id: string }[]>(
      `SELECT blocked_id AS id FROM member_blocks WHERE blocker_id = $1
       UNION
       SELECT blocker_id AS id FROM member_blocks WHERE blocked_id = $1`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  async isBlockedEitherWay(a: string, b: string): Promise<boolean> {
    return (await this.blockedAmong(a, [b])).has(b);
  }

  /**
   * Refuses `actor` answering content of `ownerId` when `ownerId` blocks them. Moderators and admins
   * are never refused: they may have to step into any thread.
   */
  async assertMayReplyTo(actor: Actor, ownerId: string): Promise<void> {
    if (isModerator(actor) || ownerId === actor.id) return;
    if ((await this.blockedAuthors(ownerId, [actor.id])).has(actor.id))
      throw new ForbiddenError('You cannot reply to this member.', { reason: 'BLOCKED' });
  }
}
