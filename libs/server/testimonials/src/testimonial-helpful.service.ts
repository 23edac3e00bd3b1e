import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TestimonialStatus } from '@haven/shared/contracts';
import {
  AppConfig,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimiter,
  type Actor,
} from '@haven/server/core';
import { toTestimonialObject, type TestimonialObject } from './dto/testimonial.object';
import { TestimonialHelpfulMarkEntity } from './testimonial-helpful-mark.entity';
import { TestimonialEntity } from './testimonial.entity';
import { assertTestimonialId } from './testimonial.rules';
import { canSeeTestimonial } from './testimonial.visibility';

/** A helpful mark and the counter move together: the counter only grows when the mark is new. */
const MARK_SQL = `
  WITH mark AS (
    INSERT INTO testimonial_helpful_marks (testimonial_id, user_id) VALUES ($1, $2)
    ON CONFLICT DO NOTHING RETURNING 1
  )
  UPDATE testimonials SET helpful_count = helpful_count + 1
   WHERE id = $1 AND EXISTS (SELECT 1 FROM mark)`;

export interface HelpfulKey {
  viewerId: string;
  testimonialId: string;
}

/** "This helped me": once per member, never on one's own testimonial, only on published ones. */
@Injectable()
export class TestimonialHelpfulService {
  constructor(
    @InjectRepository(TestimonialEntity) private readonly repo: Repository<TestimonialEntity>,
    @InjectRepository(TestimonialHelpfulMarkEntity)
    private readonly marks: Repository<TestimonialHelpfulMarkEntity>,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  /**
   * Marks the testimonial helpful for the member. Marking it again changes nothing and returns the
   * same testimonial (idempotent), so a double click or a retry never counts twice.
   */
  async markHelpful(actor: Actor, id: string): Promise<TestimonialObject> {
    assertTestimonialId(id);
    const row = await this.repo.findOne({ where: { id } });
    if (!row || !canSeeTestimonial(row, actor)) throw new NotFoundError('That testimonial');
    if (row.authorId === actor.id)
      throw new ForbiddenError('You can’t mark your own testimonial as helpful.');
    if (row.status !== TestimonialStatus.PUBLISHED) {
      throw new ConflictError('Only a published testimonial can be marked helpful.');
    }
    await this.limiter.consume('write', actor.id, this.config.rateLimits.write);
    await this.repo.query(MARK_SQL, [id, actor.id]);
    return toTestimonialObject(await this.repo.findOneByOrFail({ id }));
  }

  /** Which of these (viewer, testimonial) pairs carry a mark, in the order asked. One query. */
  async marked(keys: readonly HelpfulKey[]): Promise<boolean[]> {
    if (keys.length === 0) return [];
    const viewers = [...new Set(keys.map((k) => k.viewerId))];
    const testimonials = [...new Set(keys.map((k) => k.testimonialId))];
    const rows = await this.marks
      .createQueryBuilder('m')
      .select(['m.testimonialId', 'm.userId'])
      .where('m.user_id = ANY(:viewers) AND m.testimonial_id = ANY(:testimonials)', { viewers, testimonials })
      .getMany();
    const found = new Set(rows.map((r) => `${r.userId}:${r.testimonialId}`));
    return keys.map((k) => found.has(`${k.viewerId}:${k.testimonialId}`));
  }
}
