import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { ContentKind, LIMITS } from '@haven/shared/contracts';
import {
  BadInputError,
  Clock,
  ConflictError,
  NotFoundError,
  runDecision,
  type Actor,
} from '@haven/server/core';
import { CaseEventsService } from '../case-events.service';
import { CaseStore } from '../case-store.service';
import { ModerationLogEntryEntity } from '../moderation-log-entry.entity';
import { ModerationNoticeEntity } from '../moderation-notice.entity';
import { requireId, toExcerpt } from '../moderation.rules';
import { isUniqueViolation } from '../unique-violation';
import { ModerationAppealEntity } from './appeal.entity';
import { appealableUntil, validateAppealNote } from './appeal.rules';

const ONE_PER_DECISION = 'UQ_moderation_appeals_log_entry';

/**
 * Members appealing moderation decisions: once per decision, within 30 days of its notice, from the
 * notice itself. Suspended members may appeal (the resolver allows them); the appeal opens an APPEAL case.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ModerationAppealEntity) private readonly appeals: Repository<ModerationAppealEntity>,
    @InjectRepository(ModerationNoticeEntity) private readonly notices: Repository<ModerationNoticeEntity>,
    private readonly store: CaseStore,
    private readonly caseEvents: CaseEventsService,
    private readonly clock: Clock,
  ) {}

  async appeal(actor: Actor, rawNoticeId: unknown, rawNote: unknown): Promise<ModerationAppealEntity> {
    const noticeId = requireId(rawNoticeId, 'noticeId');
    const note = validateAppealNote(rawNote);
    // Someone else's notice answers as a missing one: it says nothing of other members.
    const notice = await this.notices.findOne({ where: { id: noticeId, userId: actor.id } });
    if (!notice) throw new NotFoundError('That notice');
    const until = appealableUntil(notice);
    if (!until || !notice.logEntryId) {
      throw new BadInputError('This notice is not of a decision you can appeal.', { field: 'noticeId' });
    }
    if (this.clock.now() > until) {
      throw new BadInputError(
        `A decision can be appealed within ${LIMITS.appeal.windowDays} days of its notice.`,
        { field: 'noticeId', reason: 'APPEAL_WINDOW_CLOSED', until: until.toISOString() },
      );
    }
    if (await this.appeals.existsBy({ logEntryId: notice.logEntryId })) {
      throw new ConflictError('You have already appealed this decision.');
    }
    const logEntryId = notice.logEntryId;

    const saved = await runDecision(this.dataSource, async ({ manager }) => {
      const entry = await manager.findOneByOrFail(ModerationLogEntryEntity, { id: logEntryId });
      const original = entry.caseId ? await this.store.find(entry.caseId) : null;
      const aboutContent = entry.contentKind && entry.contentId && entry.contentKind !== ContentKind.USER;
      const caseId = await this.store.openAppealCase(manager, {
        kind: aboutContent ? (entry.contentKind as ContentKind) : ContentKind.USER,
        contentId: aboutContent ? (entry.contentId as string) : actor.id,
        authorId: actor.id,
        excerpt: toExcerpt(original?.excerpt || notice.message),
      });
      const repository = manager.getRepository(ModerationAppealEntity);
      try {
        return await repository.save(
          repository.create({
            userId: actor.id,
            noticeId,
            logEntryId,
            caseId,
            appealedAction: entry.action,
            actedById: entry.actorId,
            note,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error, ONE_PER_DECISION)) {
          throw new ConflictError('You have already appealed this decision.');
        }
        throw error;
      }
    });
    await this.caseEvents.publish(saved.caseId, true);
    return saved;
  }

  /** The member's own appeals, newest first. */
  mine(userId: string): Promise<ModerationAppealEntity[]> {
    return this.appeals.find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' }, take: 100 });
  }

  async deleteAllFor(userId: string): Promise<void> {
    await this.appeals.delete({ userId });
  }

  async exportFor(userId: string) {
    const rows = await this.appeals.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((a) => ({
      appealedAction: a.appealedAction,
      note: a.note,
      status: a.status,
      decisionNote: a.decisionNote,
      createdAt: a.createdAt,
      decidedAt: a.decidedAt,
    }));
  }
}
