import { Injectable } from '@nestjs/common';
import { CasePriority, CaseStatus, ContentKind } from '@haven/shared/contracts';
import { BadInputError, pageSize, type Page } from '@haven/server/core';
import { CaseStore } from './case-store.service';
import type { ModerationCaseEntity } from './moderation-case.entity';
import { ModerationLogService } from './moderation-log.service';
import type { ModerationLogEntryEntity } from './moderation-log-entry.entity';
import { requireId } from './moderation.rules';

function optionalEnum<T extends string>(
  enumObject: Record<string, T>,
  value: unknown,
  field: string,
): T | null {
  if (value === undefined || value === null) return null;
  if (!Object.values(enumObject).includes(value as T))
    throw new BadInputError(`\`${field}\` is not valid.`, { field });
  return value as T;
}

/** What moderators read: the queue, one case, a member's history of cases, the log. */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly store: CaseStore,
    private readonly log: ModerationLogService,
  ) {}

  queue(
    filter: { status?: unknown; priority?: unknown; contentKind?: unknown } | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ModerationCaseEntity>> {
    const limit = pageSize(first, 20);
    return this.store.queue(
      {
        status: optionalEnum(CaseStatus, filter?.status, 'status') ?? CaseStatus.OPEN,
        priority: optionalEnum(CasePriority, filter?.priority, 'priority'),
        contentKind: optionalEnum(ContentKind, filter?.contentKind, 'contentKind'),
      },
      limit,
      after ?? null,
    );
  }

  findCase(id: string): Promise<ModerationCaseEntity | null> {
    return this.store.find(requireId(id, 'case id'));
  }

  memberHistory(
    userId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ModerationCaseEntity>> {
    const limit = pageSize(first, 20);
    return this.store.historyOf(requireId(userId, 'userId'), limit, after ?? null);
  }

  logPage(
    first: number | null | undefined,
    after: string | null | undefined,
    targetUserId: string | null | undefined,
  ): Promise<Page<ModerationLogEntryEntity>> {
    const limit = pageSize(first, 50);
    return this.log.list(limit, after ?? null, targetUserId ? requireId(targetUserId, 'targetUserId') : null);
  }
}
