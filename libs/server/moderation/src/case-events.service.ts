import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { ModerationCaseEventDto, UserDto } from '@haven/shared/contracts';
import { UsersService, type UserObject } from '@haven/server/identity';
import { CaseStore } from './case-store.service';
import { ModerationGateway } from './moderation.gateway';
import { ModerationReportEntity } from './moderation-report.entity';

function toUserDto(user: UserObject | null | undefined): (UserDto & { deleted: boolean }) | null {
  if (!user) return null;
  return {
    id: user.id,
    handle: user.handle,
    bio: user.bio,
    journeyStage: user.journeyStage,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    deleted: user.deleted,
  };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Tells connected moderators about new and changed cases, in the ModerationCase JSON shape. */
@Injectable()
export class CaseEventsService {
  private readonly logger = new Logger(CaseEventsService.name);

  constructor(
    private readonly store: CaseStore,
    @InjectRepository(ModerationReportEntity) private readonly reports: Repository<ModerationReportEntity>,
    private readonly users: UsersService,
    private readonly gateway: ModerationGateway,
  ) {}

  /** Broadcasts `case:opened` (a new case) or `case:updated`; a failure is logged, never thrown. */
  async publish(caseId: string, opened: boolean): Promise<void> {
    try {
      const payload = await this.payloadFor(caseId);
      if (!payload) return;
      if (opened) this.gateway.caseOpened(payload);
      else this.gateway.caseUpdated(payload);
    } catch (error) {
      this.logger.error(
        `Could not broadcast case ${caseId}: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  async payloadFor(caseId: string): Promise<ModerationCaseEventDto | null> {
    const row = await this.store.find(caseId);
    if (!row) return null;
    const reports = await this.reports.find({ where: { caseId }, order: { createdAt: 'ASC' } });
    const userIds = [row.authorId, row.assigneeId, ...reports.map((r) => r.reporterId)].filter(
      (id): id is string => !!id,
    );
    const users = new Map(
      (await this.users.findPublicByIds(userIds)).filter((u): u is UserObject => !!u).map((u) => [u.id, u]),
    );
    return {
      id: row.id,
      contentKind: row.contentKind,
      contentId: row.contentId,
      excerpt: row.excerpt,
      author: toUserDto(row.authorId ? users.get(row.authorId) : null),
      status: row.status,
      priority: row.priority,
      sources: row.sources,
      reports: reports.map((r) => ({
        id: r.id,
        reason: r.reason,
        note: r.note,
        contentKind: r.contentKind,
        contentId: r.contentId,
        reporter: toUserDto(users.get(r.reporterId)),
        createdAt: r.createdAt.toISOString(),
      })),
      reportCount: row.reportCount,
      autoFlags: row.autoFlags,
      riskLevel: row.riskLevel,
      signals: row.signals,
      assignee: toUserDto(row.assigneeId ? users.get(row.assigneeId) : null),
      resolution: row.resolution,
      resolutionNote: row.resolutionNote,
      createdAt: row.createdAt.toISOString(),
      resolvedAt: iso(row.resolvedAt),
      updatedAt: row.updatedAt.toISOString(),
      claimedAt: iso(row.claimedAt),
    };
  }
}
