import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { AppealStatus, type ContentKind, type ModerationAction } from '@haven/shared/contracts';
import { ModerationHistory, TIME_ID, cursorCodec, type Page } from '@haven/server/core';
import { ModerationLogEntryEntity } from './moderation-log-entry.entity';
import { ACTIONS_AGAINST_MEMBER } from './moderation.rules';

const LOG_CURSOR = cursorCodec('L', TIME_ID);

export interface LogEntryInput {
  actorId: string;
  action: ModerationAction;
  caseId: string | null;
  contentKind: ContentKind | null;
  contentId: string | null;
  targetUserId: string | null;
  note: string | null;
  suspendedUntil: Date | null;
  /** True when the action overrode another moderator's claim. */
  forced?: boolean;
}

/**
 * The append-only record of moderation actions. It can be written and read, nothing else: there is
 * deliberately no method that changes or deletes an entry, and the database refuses UPDATE and DELETE.
 */
@Injectable()
export class ModerationLogService implements OnModuleInit {
  constructor(
    @InjectRepository(ModerationLogEntryEntity)
    private readonly entries: Repository<ModerationLogEntryEntity>,
    private readonly history: ModerationHistory,
  ) {}

  /** Other domains ask the log whether moderators acted against a member (trust, for one). */
  onModuleInit(): void {
    this.history.register((userId) => this.actedAgainst(userId));
  }

  /**
   * Whether the log holds an action against the member (`ACTIONS_AGAINST_MEMBER`) that still stands: a
   * decision reversed on appeal no longer counts.
   */
  actedAgainst(userId: string): Promise<boolean> {
    return this.entries
      .createQueryBuilder('e')
      .where('e.targetUserId = :userId', { userId })
      .andWhere('e.action IN (:...actions)', { actions: ACTIONS_AGAINST_MEMBER })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM moderation_appeals a WHERE a.log_entry_id = e.id AND a.status = :reversed)`,
        { reversed: AppealStatus.REVERSED },
      )
      .getExists();
  }

  async append(entry: LogEntryInput, manager?: EntityManager): Promise<ModerationLogEntryEntity> {
    const repository = manager ? manager.getRepository(ModerationLogEntryEntity) : this.entries;
    return repository.save(repository.create(entry));
  }

  /** Newest first; optionally only the entries about one member. */
  async list(
    limit: number,
    after: string | null,
    targetUserId?: string | null,
  ): Promise<Page<ModerationLogEntryEntity>> {
    const query = this.entries.createQueryBuilder('e');
    if (targetUserId) query.where('e.target_user_id = :targetUserId', { targetUserId });
    if (after) {
      const [createdAt0, id0] = LOG_CURSOR.decode(after);
      query.andWhere('(e.created_at, e.id) < (:createdAt0, :id0)', { createdAt0, id0 });
    }
    const rows = await query
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return LOG_CURSOR.page(rows, limit, (e) => [e.createdAt.toISOString(), e.id]);
  }
}
