import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ContentKind } from '@haven/shared/contracts';
import {
  ACCOUNT_DELETED_EVENT,
  ACCOUNT_EXPORT_EVENT,
  type AccountDeletedEvent,
  type AccountExportRequest,
  type AccountExportSection,
} from '@haven/server/core';
import { AppealsService } from './appeals/appeals.service';
import { ModerationReportEntity } from './moderation-report.entity';
import { NoticesService } from './notices.service';

/**
 * A member's moderation data: their reports, notices and appeals in the export; notices, appeals and
 * their profile as it was reported erased with the account.
 */
@Injectable()
export class ModerationAccountListener {
  constructor(
    @InjectRepository(ModerationReportEntity) private readonly reports: Repository<ModerationReportEntity>,
    private readonly notices: NoticesService,
    private readonly appeals: AppealsService,
  ) {}

  @OnEvent(ACCOUNT_EXPORT_EVENT)
  async onExport(request: AccountExportRequest): Promise<AccountExportSection[]> {
    const reports = await this.reports.find({
      where: { reporterId: request.userId },
      order: { createdAt: 'ASC' },
    });
    return [
      {
        section: 'reports',
        data: reports.map((r) => ({
          contentKind: r.contentKind,
          contentId: r.contentId,
          reason: r.reason,
          note: r.note,
          createdAt: r.createdAt,
        })),
      },
      { section: 'moderationNotices', data: await this.notices.exportFor(request.userId) },
      { section: 'appeals', data: await this.appeals.exportFor(request.userId) },
    ];
  }

  @OnEvent(ACCOUNT_DELETED_EVENT)
  async onDeleted(event: AccountDeletedEvent): Promise<void> {
    await this.appeals.deleteAllFor(event.userId);
    await this.notices.deleteAllFor(event.userId);
    // The profile as reported (handle and bio) is personal data the deletion erases; content stays.
    await this.reports.update(
      { contentKind: ContentKind.USER, contentId: event.userId },
      { reportedText: null },
    );
  }
}
