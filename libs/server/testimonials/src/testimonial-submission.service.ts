import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ContentKind, TestimonialStatus, type ContentWarning } from '@haven/shared/contracts';
import {
  AppConfig,
  BadInputError,
  Clock,
  CONTENT_WITHDRAWN_EVENT,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimiter,
  type Actor,
  type ContentWithdrawnEvent,
  type SafetyAssessment,
} from '@haven/server/core';
import { SafetyGate, type StoredContent } from '@haven/server/safety';
import type { TestimonialPayloadObject } from './dto/testimonial-payload.object';
import { toTestimonialObject, type TestimonialObject } from './dto/testimonial.object';
import type { SubmitTestimonialInput, UpdateTestimonialInput } from './dto/testimonial.inputs';
import { TestimonialStatsService } from './testimonial-stats.service';
import { TestimonialEntity } from './testimonial.entity';
import {
  excerptOf,
  assertTestimonialId,
  mergeDraft,
  validateTestimonial,
  type TestimonialFields,
} from './testimonial.rules';
import { canSeeTestimonial } from './testimonial.visibility';
import { FollowUpRemindersService } from './follow-ups/follow-up-reminders.service';
import { toSqlDate, validateFirstSessionDate } from './follow-ups/follow-up.rules';

function fieldsOf(row: TestimonialEntity): TestimonialFields {
  const { title, story, anonymous, modality, setting, sessionCount, priorTreatments, overallRating } = row;
  const { reliefOnset, reliefDuration, sideEffects, phq9Before, phq9After, contentWarnings } = row;
  return {
    title,
    story,
    anonymous,
    modality,
    setting,
    sessionCount,
    priorTreatments,
    overallRating,
    reliefOnset,
    reliefDuration,
    sideEffects,
    phq9Before,
    phq9After,
    contentWarnings,
  };
}

/** The follow-up columns of a new testimonial: opting in needs the first session date. */
function followUpsAtSubmission(input: SubmitTestimonialInput, now: Date) {
  const date =
    input.firstSessionDate == null ? null : toSqlDate(validateFirstSessionDate(input.firstSessionDate, now));
  if (input.followUps != null && typeof input.followUps !== 'boolean') {
    throw new BadInputError('Say whether you want follow-ups.', { field: 'followUps' });
  }
  if (input.followUps === true && !date) {
    throw new BadInputError('Give the date of your first session to opt in to follow-ups.', {
      field: 'firstSessionDate',
    });
  }
  const enabled = input.followUps === true;
  return {
    firstSessionDate: date,
    followUpsEnabled: enabled,
    followUpsEnabledAt: enabled ? now : null,
    followUpsStoppedAt: null,
  };
}

/** The text the safety checks grade. */
export function textOf(fields: { title: string; story: string }): string {
  return `${fields.title}\n\n${fields.story}`;
}

/** A testimonial as moderation's review queue sees it. */
export function forReview(row: TestimonialEntity, edited: boolean): StoredContent {
  return {
    kind: ContentKind.TESTIMONIAL,
    id: row.id,
    authorId: row.authorId,
    excerpt: excerptOf(row),
    edited,
    review: 'TESTIMONIAL',
  };
}

function withWarnings(fields: TestimonialFields, assessment: SafetyAssessment): TestimonialFields {
  const warnings = new Set<ContentWarning>([...fields.contentWarnings, ...assessment.addWarnings]);
  return { ...fields, contentWarnings: [...warnings] };
}

/**
 * A member's own testimonials: submit (always PENDING_REVIEW, with a review case through the content
 * event), edit while pending (the case follows), withdraw at any time.
 */
@Injectable()
export class TestimonialSubmissionService {
  constructor(
    @InjectRepository(TestimonialEntity) private readonly repo: Repository<TestimonialEntity>,
    private readonly gate: SafetyGate,
    private readonly stats: TestimonialStatsService,
    private readonly limiter: RateLimiter,
    private readonly events: EventEmitter2,
    private readonly config: AppConfig,
    private readonly reminders: FollowUpRemindersService,
    private readonly clock: Clock,
  ) {}

  async submit(
    actor: Actor,
    input: SubmitTestimonialInput,
    region?: string | null,
  ): Promise<TestimonialPayloadObject> {
    const fields = validateTestimonial(input);
    const now = this.clock.now();
    const followUps = followUpsAtSubmission(input, now);
    await this.limiter.consume('write', actor.id, this.config.rateLimits.write);
    const { value: row, safety } = await this.gate.screen(
      { text: textOf(fields), region },
      async (assessment) => {
        // The testimonial and, when opted in, its follow-up reminder jobs: one transaction.
        const saved = await this.repo.manager.transaction(async (manager) => {
          const repo = manager.getRepository(TestimonialEntity);
          const created = await repo.save(
            repo.create({
              ...withWarnings(fields, assessment),
              ...followUps,
              authorId: actor.id,
              status: TestimonialStatus.PENDING_REVIEW,
              rejectionNote: null,
              helpfulCount: 0,
              publishedAt: null,
            }),
          );
          if (created.followUpsEnabled) await this.reminders.plan(manager, created, [], now);
          return created;
        });
        return { value: saved, stored: forReview(saved, false) };
      },
    );
    // Every testimonial waits for a moderator, whatever the checks found.
    return { testimonial: toTestimonialObject(row), safety: { ...safety, heldForReview: true } };
  }

  /** The author edits a testimonial that still waits for review; the review case is told again. */
  async update(
    actor: Actor,
    id: string,
    changes: UpdateTestimonialInput,
    region?: string | null,
  ): Promise<TestimonialPayloadObject> {
    const row = await this.requireOwn(actor, id, 'edit');
    if (row.status !== TestimonialStatus.PENDING_REVIEW) {
      throw new ConflictError('A testimonial can be edited only while it waits for review.');
    }
    const fields = validateTestimonial(mergeDraft(fieldsOf(row), changes));
    await this.limiter.consume('write', actor.id, this.config.rateLimits.write);
    const { value: updated, safety } = await this.gate.screen(
      { text: textOf(fields), region },
      async (assessment) => {
        const result = await this.repo
          .createQueryBuilder()
          .update(TestimonialEntity)
          .set(withWarnings(fields, assessment))
          .where('id = :id AND author_id = :author AND status = :pending', {
            id,
            author: actor.id,
            pending: TestimonialStatus.PENDING_REVIEW,
          })
          .execute();
        if (!result.affected)
          throw new ConflictError('A testimonial can be edited only while it waits for review.');
        const saved = await this.repo.findOneByOrFail({ id });
        return { value: saved, stored: forReview(saved, true) };
      },
    );
    return { testimonial: toTestimonialObject(updated), safety: { ...safety, heldForReview: true } };
  }

  /** The author takes the testimonial down, whatever its status; it stops counting at once. */
  async withdraw(actor: Actor, id: string): Promise<TestimonialObject> {
    const row = await this.requireOwn(actor, id, 'withdraw');
    if (row.status !== TestimonialStatus.WITHDRAWN) {
      await this.repo.update({ id, authorId: actor.id }, { status: TestimonialStatus.WITHDRAWN });
      await this.stats.invalidate();
      const event: ContentWithdrawnEvent = { kind: ContentKind.TESTIMONIAL, id };
      await this.events.emitAsync(CONTENT_WITHDRAWN_EVENT, event);
    }
    return toTestimonialObject(await this.repo.findOneByOrFail({ id }));
  }

  /** The testimonial, if the actor wrote it: NOT_FOUND when they may not see it, FORBIDDEN otherwise. */
  private async requireOwn(actor: Actor, id: string, what: 'edit' | 'withdraw'): Promise<TestimonialEntity> {
    assertTestimonialId(id);
    const row = await this.repo.findOne({ where: { id } });
    if (!row || !canSeeTestimonial(row, actor)) throw new NotFoundError('That testimonial');
    if (row.authorId !== actor.id) throw new ForbiddenError(`Only the author can ${what} a testimonial.`);
    return row;
  }
}
