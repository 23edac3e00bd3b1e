import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CaseSource, ContentKind } from '@haven/shared/contracts';
import {
  AppConfig,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimiter,
  isModerator,
  type Actor,
} from '@haven/server/core';
import { CaseEventsService } from './case-events.service';
import { CaseStore } from './case-store.service';
import { ContentDirectory, isVisibleToAll } from './content-directory.service';
import { ModerationReportEntity } from './moderation-report.entity';
import { kindName, priorityForReason, toExcerpt, validateReport } from './moderation.rules';
import { isUniqueViolation } from './unique-violation';

const DUPLICATE_REPORT = 'UQ_moderation_reports_case_reporter';

/** Members' reports: each joins the open case of the content (or opens one). */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: ContentDirectory,
    private readonly store: CaseStore,
    private readonly caseEvents: CaseEventsService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async report(
    actor: Actor,
    input: { contentKind: unknown; contentId: unknown; reason: unknown; note?: unknown },
  ): Promise<ModerationReportEntity> {
    const request = validateReport(input);
    await this.limiter.consume('report', actor.id, this.config.rateLimits.report);

    const what =
      request.contentKind === ContentKind.USER ? 'That member' : `That ${kindName(request.contentKind)}`;
    const content = await this.directory.describeOne(request.contentKind, request.contentId);
    const canSee =
      !!content && (isVisibleToAll(content) || content.authorId === actor.id || isModerator(actor));
    if (!content || !canSee) throw new NotFoundError(what);
    if (content.authorId === actor.id) {
      throw new ForbiddenError(
        request.contentKind === ContentKind.USER
          ? 'You cannot report yourself.'
          : 'You cannot report your own content.',
      );
    }

    const excerpt = toExcerpt(content.excerpt);
    const { report, caseId, opened } = await this.dataSource.transaction(async (manager) => {
      const joined = await this.store.openOrJoin(
        {
          kind: request.contentKind,
          contentId: request.contentId,
          authorId: content.authorId,
          excerpt,
          signal: {
            priority: priorityForReason(request.reason),
            sources: [CaseSource.USER_REPORT],
            autoFlags: [],
          },
          reportDelta: 1,
        },
        manager,
      );
      const repository = manager.getRepository(ModerationReportEntity);
      try {
        const saved = await repository.save(
          repository.create({
            caseId: joined.id,
            contentKind: request.contentKind,
            contentId: request.contentId,
            reporterId: actor.id,
            reason: request.reason,
            note: request.note,
            reportedText: excerpt,
          }),
        );
        return { report: saved, caseId: joined.id, opened: joined.opened };
      } catch (error) {
        if (isUniqueViolation(error, DUPLICATE_REPORT)) {
          throw new ConflictError('You have already reported this. A moderator will look at it soon.');
        }
        throw error;
      }
    });
    await this.caseEvents.publish(caseId, opened);
    return report;
  }
}
