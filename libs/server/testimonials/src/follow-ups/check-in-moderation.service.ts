import { Injectable, type OnModuleInit } from '@nestjs/common';
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
import { TestimonialStatsService } from '../testimonial-stats.service';
import { CheckInEntity } from './check-in.entity';
import { checkInExcerpt } from './follow-ups.service';

const { PENDING_REVIEW, PUBLISHED, REJECTED } = TestimonialStatus;

interface Changed {
  status: TestimonialStatus;
  published_at: Date | null;
}

/** The same outcomes as for testimonials (see TestimonialModerationService); WITHDRAWN is final. */
const OUTCOME_SQL: Record<ContentModerationOutcome, string> = {
  APPROVE: `UPDATE testimonial_check_ins SET status = '${PUBLISHED}', published_at = COALESCE(published_at, now()),
              rejection_note = NULL
             WHERE id = $1 AND status IN ('${PENDING_REVIEW}', '${REJECTED}')
         RETURNING status, published_at`,
  REMOVE: `UPDATE testimonial_check_ins SET status = '${REJECTED}', rejection_note = $2
            WHERE id = $1 AND status IN ('${PENDING_REVIEW}', '${PUBLISHED}', '${REJECTED}')
        RETURNING status, published_at`,
  HIDE: `UPDATE testimonial_check_ins SET status = '${REJECTED}', rejection_note = $2
          WHERE id = $1 AND status IN ('${PENDING_REVIEW}', '${PUBLISHED}', '${REJECTED}')
      RETURNING status, published_at`,
  RESTORE: `UPDATE testimonial_check_ins
               SET status = CASE WHEN published_at IS NULL THEN '${PENDING_REVIEW}' ELSE '${PUBLISHED}' END,
                   rejection_note = NULL
             WHERE id = $1 AND status = '${REJECTED}'
         RETURNING status, published_at`,
};

function cleanNote(note: string | null): string | null {
  const trimmed = typeof note === 'string' ? note.trim() : '';
  return trimmed === '' ? null : [...trimmed].slice(0, LIMITS.moderation.noteMax).join('');
}

/** Check-ins with a note in the moderation queue, reviewed like testimonials. */
@Injectable()
export class CheckInModerationService implements ModeratedContentHandler, OnModuleInit {
  constructor(
    @InjectRepository(CheckInEntity) private readonly repo: Repository<CheckInEntity>,
    private readonly registry: ModeratedContentRegistry,
    private readonly stats: TestimonialStatsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(ContentKind.CHECK_IN, this);
  }

  async describe(ids: readonly string[]): Promise<Map<string, ModeratedContentInfo>> {
    const valid = [...new Set(ids.filter((id) => typeof id === 'string' && isUUID(id)))];
    const rows =
      valid.length > 0
        ? await this.repo.find({ where: { id: In(valid) }, relations: { testimonial: true } })
        : [];
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          authorId: row.testimonial?.authorId ?? null,
          excerpt: checkInExcerpt(row),
          status: row.status,
          createdAt: row.createdAt,
          context: {
            testimonialId: row.testimonialId,
            title: row.testimonial?.title ?? null,
            anonymous: row.testimonial?.anonymous ?? null,
            monthsAfter: row.monthsAfter,
            rejectionNote: row.rejectionNote,
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
    if (typeof id !== 'string' || !isUUID(id)) throw new NotFoundError('That check-in');
    const params = outcome === 'REMOVE' || outcome === 'HIDE' ? [id, cleanNote(context.note)] : [id];
    const [rows] = (await tx.manager.query(OUTCOME_SQL[outcome], params)) as [Changed[], number];
    const changed = rows[0];
    if (!changed) {
      const exists = await tx.manager.getRepository(this.repo.target).exists({ where: { id } });
      if (!exists) throw new NotFoundError('That check-in');
      return;
    }
    if (changed.status === PUBLISHED || changed.published_at !== null) {
      tx.afterCommit(() => this.stats.invalidate());
    }
  }
}
