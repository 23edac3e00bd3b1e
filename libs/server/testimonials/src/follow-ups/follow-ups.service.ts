import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, Not, QueryFailedError } from 'typeorm';
import { ContentKind, TestimonialStatus } from '@haven/shared/contracts';
import {
  BadInputError,
  Clock,
  CONTENT_SUBMITTED_EVENT,
  CONTENT_WITHDRAWN_EVENT,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimiter,
  type Actor,
  type ContentSubmittedEvent,
  type ContentWithdrawnEvent,
  type SafetyAssessment,
} from '@haven/server/core';
import { SafetyService } from '@haven/server/safety';
import { toTestimonialObject, type TestimonialObject } from '../dto/testimonial.object';
import { TestimonialStatsService } from '../testimonial-stats.service';
import { TestimonialEntity } from '../testimonial.entity';
import { assertTestimonialId } from '../testimonial.rules';
import { canSeeTestimonial } from '../testimonial.visibility';
import { CheckInEntity } from './check-in.entity';
import {
  toCheckInObject,
  type CheckInInput,
  type CheckInObject,
  type CheckInPayloadObject,
} from './dto/check-in.objects';
import { FollowUpRemindersService } from './follow-up-reminders.service';
import { FollowUpScheduler } from './follow-up-scheduler';
import { toSqlDate, validateCheckIn, validateFirstSessionDate } from './follow-up.rules';

const { PENDING_REVIEW, PUBLISHED, WITHDRAWN } = TestimonialStatus;
const FOLLOWABLE = new Set<TestimonialStatus>([PENDING_REVIEW, PUBLISHED]);
const NOTHING_FOUND: SafetyAssessment = {
  crisisDetected: false,
  heldForReview: false,
  blocked: false,
  autoFlags: [],
  priority: null,
  addWarnings: [],
};
const BLOCKED_MESSAGE =
  'This can’t be posted here. Something in it matches what Haven does not allow; please edit it and try again.';

/** Plain text for the moderation queue: which point, and the start of the note. */
export function checkInExcerpt(row: Pick<CheckInEntity, 'monthsAfter' | 'note'>): string {
  const plain = `Follow-up at ${row.monthsAfter} months — ${row.note ?? ''}`.replace(/\s+/g, ' ').trim();
  const chars = [...plain];
  return chars.length <= 500 ? plain : `${chars.slice(0, 499).join('')}…`;
}

/**
 * Follow-ups on a testimonial: the author opts in (at submission or later) and stops at any time; a
 * check-in answers the point open now. A check-in without a note is published at once; one with a
 * note goes through the safety step and waits for review like a testimonial, and one at risk opens an
 * URGENT case like a post at risk.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly safety: SafetyService,
    private readonly stats: TestimonialStatsService,
    private readonly limiter: RateLimiter,
    private readonly events: EventEmitter2,
    private readonly scheduler: FollowUpScheduler,
    private readonly reminders: FollowUpRemindersService,
    private readonly clock: Clock,
  ) {}

  private get testimonials() {
    return this.dataSource.getRepository(TestimonialEntity);
  }

  private get checkIns() {
    return this.dataSource.getRepository(CheckInEntity);
  }

  /** The points already answered (by a check-in not withdrawn). */
  async answered(testimonialId: string): Promise<number[]> {
    const rows = await this.checkIns.find({
      where: { testimonialId, status: Not(WITHDRAWN) },
      select: { monthsAfter: true },
    });
    return rows.map((r) => r.monthsAfter);
  }

  /** Turns follow-ups on (with the first session date, given now or earlier) or off. Idempotent. */
  async setFollowUps(
    actor: Actor,
    testimonialId: string,
    enabled: boolean,
    firstSessionDate: Date | null | undefined,
    now = this.clock.now(),
  ): Promise<TestimonialObject> {
    if (typeof enabled !== 'boolean')
      throw new BadInputError('Say whether follow-ups are on or off.', { field: 'enabled' });
    const row = await this.requireOwnTestimonial(actor, testimonialId);
    if (!enabled) {
      if (row.followUpsEnabled) {
        await this.testimonials.update({ id: row.id }, { followUpsEnabled: false, followUpsStoppedAt: now });
        await this.stats.invalidate();
      }
      return toTestimonialObject(await this.testimonials.findOneByOrFail({ id: row.id }));
    }
    if (!FOLLOWABLE.has(row.status)) {
      throw new ConflictError('Follow-ups need a testimonial that is published or waiting for review.');
    }
    const given =
      firstSessionDate == null ? null : toSqlDate(validateFirstSessionDate(firstSessionDate, now));
    const date = given ?? row.firstSessionDate;
    if (!date) {
      throw new BadInputError('Give the date of your first session to turn on follow-ups.', {
        field: 'firstSessionDate',
      });
    }
    if (
      given &&
      row.firstSessionDate &&
      given !== row.firstSessionDate &&
      (await this.answered(row.id)).length > 0
    ) {
      throw new ConflictError('The first session date cannot change once a check-in has been given.');
    }
    if (!row.followUpsEnabled || date !== row.firstSessionDate) {
      const changes = {
        firstSessionDate: date,
        followUpsEnabled: true,
        followUpsEnabledAt: row.followUpsEnabled ? row.followUpsEnabledAt : now,
        followUpsStoppedAt: null,
      };
      const answered = await this.answered(row.id);
      // The reminders exist exactly when follow-ups are on.
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(TestimonialEntity).update({ id: row.id }, changes);
        await this.reminders.plan(manager, { ...row, ...changes }, answered, now);
      });
      await this.stats.invalidate();
    }
    return toTestimonialObject(await this.testimonials.findOneByOrFail({ id: row.id }));
  }

  async submitCheckIn(
    actor: Actor,
    testimonialId: string,
    input: CheckInInput,
    region?: string | null,
    now = this.clock.now(),
  ): Promise<CheckInPayloadObject> {
    const row = await this.requireOwnTestimonial(actor, testimonialId);
    if (!FOLLOWABLE.has(row.status)) {
      throw new ConflictError('Check-ins need a testimonial that is published or waiting for review.');
    }
    if (!row.followUpsEnabled) throw new ConflictError('Follow-ups are off for this testimonial.');
    const fields = validateCheckIn(input ?? {}, row.modality);
    const answered = await this.answered(row.id);
    const point = this.scheduler.open(row, answered, now);
    if (!point) {
      const next = this.scheduler.nextDue(row, answered, now);
      throw new ConflictError(
        next
          ? `No check-in is due right now; the next one is due on ${toSqlDate(next)}.`
          : 'No check-in is due right now.',
      );
    }
    await this.limiter.consume('write', actor.id, this.scheduler.config.rateLimits.write);
    let assessment = NOTHING_FOUND;
    if (fields.note) {
      assessment = await this.safety.assess(fields.note);
      if (assessment.blocked) throw new BadInputError(BLOCKED_MESSAGE, { field: 'note' });
    }
    const status = fields.note ? PENDING_REVIEW : PUBLISHED;
    let saved: CheckInEntity;
    try {
      saved = await this.checkIns.save(
        this.checkIns.create({
          ...fields,
          testimonialId: row.id,
          monthsAfter: point.monthsAfter,
          status,
          rejectionNote: null,
          publishedAt: status === PUBLISHED ? now : null,
        }),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw new ConflictError('This follow-up point already has a check-in.');
      }
      throw error;
    }
    if (status === PUBLISHED && row.status === PUBLISHED) await this.stats.invalidate();
    if (fields.note) {
      const event: ContentSubmittedEvent = {
        kind: ContentKind.CHECK_IN,
        id: saved.id,
        authorId: row.authorId,
        excerpt: checkInExcerpt(saved),
        assessment,
        edited: false,
        review: 'TESTIMONIAL',
      };
      await this.events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
    }
    const check = await this.safety.toSafetyCheck(assessment, region);
    return {
      checkIn: toCheckInObject(saved),
      safety: { ...check, heldForReview: status === PENDING_REVIEW },
    };
  }

  /** The author takes a check-in back; its point opens again while its window lasts. */
  async withdrawCheckIn(actor: Actor, id: string): Promise<CheckInObject> {
    if (typeof id !== 'string' || !isUUID(id)) {
      throw new BadInputError('That is not a valid check-in id.', { field: 'id' });
    }
    const checkIn = await this.checkIns.findOne({ where: { id } });
    const testimonial = checkIn
      ? await this.testimonials.findOne({ where: { id: checkIn.testimonialId } })
      : null;
    if (!checkIn || !testimonial || !canSeeTestimonial(testimonial, actor))
      throw new NotFoundError('That check-in');
    if (testimonial.authorId !== actor.id)
      throw new ForbiddenError('Only the author can withdraw a check-in.');
    if (checkIn.status !== WITHDRAWN) {
      await this.checkIns.update({ id }, { status: WITHDRAWN });
      await this.stats.invalidate();
      const event: ContentWithdrawnEvent = { kind: ContentKind.CHECK_IN, id };
      await this.events.emitAsync(CONTENT_WITHDRAWN_EVENT, event);
    }
    return toCheckInObject(await this.checkIns.findOneByOrFail({ id }));
  }

  /** Check-ins of many testimonials that are not withdrawn, oldest point first (one query). */
  async checkInsOf(testimonialIds: readonly string[]): Promise<CheckInObject[][]> {
    const rows =
      testimonialIds.length === 0
        ? []
        : await this.checkIns.find({
            where: { testimonialId: In([...testimonialIds]), status: Not(WITHDRAWN) },
            order: { monthsAfter: 'ASC', createdAt: 'ASC' },
          });
    const byId = new Map<string, CheckInObject[]>(testimonialIds.map((id) => [id, []]));
    for (const row of rows) byId.get(row.testimonialId)?.push(toCheckInObject(row));
    return testimonialIds.map((id) => byId.get(id) ?? []);
  }

  private async requireOwnTestimonial(actor: Actor, id: string): Promise<TestimonialEntity> {
    assertTestimonialId(id);
    const row = await this.testimonials.findOne({ where: { id } });
    if (!row || !canSeeTestimonial(row, actor)) throw new NotFoundError('That testimonial');
    if (row.authorId !== actor.id) throw new ForbiddenError('Only the author can answer follow-ups.');
    return row;
  }
}
