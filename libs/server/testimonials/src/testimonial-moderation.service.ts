import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, Repository } from 'typeorm';
import { ContentKind, LIMITS, TestimonialStatus } from '@haven/shared/contracts';
import {
  ModeratedContentRegistry,
  NotFoundError,
  type ContentModerationOutcome,
  type DecisionTransaction,
  type ModeratedContentHandler,
  type ModeratedContentInfo,
} from '@haven/server/core';
import { SafetyGate } from '@haven/server/safety';
import { forReview, textOf } from './testimonial-submission.service';
import { TestimonialStatsService } from './testimonial-stats.service';
import { TestimonialEntity } from './testimonial.entity';
import { excerptOf } from './testimonial.rules';

const { PENDING_REVIEW, PUBLISHED, REJECTED, WITHDRAWN } = TestimonialStatus;

interface Changed {
  status: TestimonialStatus;
  published_at: Date | null;
}

/**
 * What each moderation outcome does to a testimonial (one conditional UPDATE each, so a decision never
 * overrides a newer state):
 * - APPROVE publishes a PENDING_REVIEW or REJECTED testimonial (publishedAt is set the first time) and
 *   clears any rejection note;
 * - REMOVE and HIDE reject it (REJECTED) from PENDING_REVIEW, PUBLISHED or REJECTED, keeping the
 *   moderator's note as the rejection note its author sees;
 * - RESTORE takes a REJECTED testimonial back to where it was before: PUBLISHED when a moderator had
 *   approved it before, otherwise PENDING_REVIEW, and then it asks for a review again;
 * - a WITHDRAWN testimonial stays withdrawn: the author's decision is final.
 */
const OUTCOME_SQL: Record<ContentModerationOutcome, string> = {
  APPROVE: `UPDATE testimonials SET status = '${PUBLISHED}', published_at = COALESCE(published_at, now()),
              rejection_note = NULL, updated_at = now()
             WHERE id = $1 AND status IN ('${PENDING_REVIEW}', '${REJECTED}')
         RETURNING status, published_at`,
  REMOVE: `UPDATE testimonials SET status = '${REJECTED}', rejection_note = $2, updated_at = now()
            WHERE id = $1 AND status IN ('${PENDING_REVIEW}', '${PUBLISHED}', '${REJECTED}')
        RETURNING status, published_at`,
  HIDE: `UPDATE testimonials SET status = '${REJECTED}', rejection_note = $2, updated_at = now()
          WHERE id = $1 AND status IN ('${PENDING_REVIEW}', '${PUBLISHED}', '${REJECTED}')
      RETURNING status, published_at`,
  RESTORE: `UPDATE testimonials
               SET status = CASE WHEN published_at IS NULL THEN '${PENDING_REVIEW}' ELSE '${PUBLISHED}' END,
                   rejection_note = NULL, updated_at = now()
             WHERE id = $1 AND status = '${REJECTED}'
         RETURNING status, published_at`,
};

function cleanNote(note: string | null): string | null {
  const trimmed = typeof note === 'string' ? note.trim() : '';
  return trimmed === '' ? null : [...trimmed].slice(0, LIMITS.moderation.noteMax).join('');
}

/** Testimonials in the moderation queue: registered with the core registry at start-up. */
@Injectable()
export class TestimonialModerationService implements ModeratedContentHandler, OnModuleInit {
  private readonly logger = new Logger('Testimonials');

  constructor(
    @InjectRepository(TestimonialEntity) private readonly repo: Repository<TestimonialEntity>,
    private readonly registry: ModeratedContentRegistry,
    private readonly stats: TestimonialStatsService,
    private readonly gate: SafetyGate,
    private readonly events: EventEmitter2,
  ) {}

  onModuleInit(): void {
    this.registry.register(ContentKind.TESTIMONIAL, this);
  }

  /** Moderators need the author's id (it stays on the server side of the queue); excerpts never name them. */
  async describe(ids: readonly string[]): Promise<Map<string, ModeratedContentInfo>> {
    const valid = [...new Set(ids.filter((id) => typeof id === 'string' && isUUID(id)))];
    const rows = valid.length > 0 ? await this.repo.find({ where: { id: In(valid) } }) : [];
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          authorId: row.authorId,
          excerpt: excerptOf(row),
          status: row.status,
          createdAt: row.createdAt,
          context: {
            title: row.title,
            anonymous: row.anonymous,
            modality: row.modality,
            overallRating: row.overallRating,
            rejectionNote: row.rejectionNote,
            publishedAt: row.publishedAt,
          },
        },
      ]),
    );
  }

  async apply(
    id: string,
    outcome: ContentModerationOutcome,
    context: { actorId: string; note: string | null },
    tx: DecisionTransaction,
  ): Promise<void> {
    if (typeof id !== 'string' || !isUUID(id)) throw new NotFoundError('That testimonial');
    const params = outcome === 'REMOVE' || outcome === 'HIDE' ? [id, cleanNote(context.note)] : [id];
    const [rows] = (await tx.manager.query(OUTCOME_SQL[outcome], params)) as [Changed[], number];
    const changed = rows[0];
    if (!changed) {
      const exists = await tx.manager.getRepository(TestimonialEntity).exists({ where: { id } });
      if (!exists) throw new NotFoundError('That testimonial');
      return; // Already in a state the outcome does not change (e.g. WITHDRAWN): nothing to do.
    }
    if (changed.status === PUBLISHED || changed.published_at !== null) {
      tx.afterCommit(() => this.stats.invalidate());
    }
    if (outcome === 'RESTORE' && changed.status === PENDING_REVIEW) {
      // A new review case can only open once the case being resolved is RESOLVED: after the commit.
      tx.afterCommit(() =>
        this.askForReviewAgain(id).catch((error: unknown) =>
          this.logger.error(`Could not ask for a new review of testimonial ${id}: ${String(error)}`),
        ),
      );
    }
  }

  /** A restored testimonial that was never approved goes back into the review queue. */
  private async askForReviewAgain(id: string): Promise<void> {
    const row = await this.repo.findOneByOrFail({ id });
    if (row.status === WITHDRAWN) return;
    await this.gate.resubmit(forReview(row, false), textOf(row));
  }
}
