import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ReliefOnset, SideEffect, TestimonialStatus, TreatmentModality } from '@haven/shared/contracts';
import {
  BadInputError,
  NotFoundError,
  TIME_ID,
  cursorCodec,
  pageSize,
  type Actor,
  type Page,
  HEADLINE_OPTIONS,
  prefixTsQuery,
  searchSnippet,
  validateSearchText,
} from '@haven/server/core';
import type { TestimonialFilterInput } from './dto/testimonial.inputs';
import { toTestimonialObject, type TestimonialObject } from './dto/testimonial.object';
import { TestimonialEntity } from './testimonial.entity';
import { TESTIMONIAL_LIMITS, assertTestimonialId } from './testimonial.rules';
import { canSeeTestimonial } from './testimonial.visibility';

function checkFilter(filter: TestimonialFilterInput | null | undefined): TestimonialFilterInput {
  const f = filter ?? {};
  if (f.modality != null && !Object.values(TreatmentModality).includes(f.modality)) {
    throw new BadInputError('Please choose a kind of treatment from the list.', { field: 'modality' });
  }
  if (f.reliefOnset != null && !Object.values(ReliefOnset).includes(f.reliefOnset)) {
    throw new BadInputError('Please choose a time until relief from the list.', { field: 'reliefOnset' });
  }
  if (f.sideEffect != null && !Object.values(SideEffect).includes(f.sideEffect)) {
    throw new BadInputError('Please choose a side effect from the list.', { field: 'sideEffect' });
  }
  const { ratingMin, ratingMax } = TESTIMONIAL_LIMITS;
  if (
    f.minRating != null &&
    (!Number.isInteger(f.minRating) || f.minRating < ratingMin || f.minRating > ratingMax)
  ) {
    throw new BadInputError(`The minimum rating must be from ${ratingMin} to ${ratingMax}.`, {
      field: 'minRating',
    });
  }
  return f;
}

/** myTestimonials is a plain list in the contract: it holds at most this many, newest first. */
const MINE_MAX = 500;

const PUBLISHED_CURSOR = cursorCodec('P', TIME_ID);
const SEARCH_CURSOR = cursorCodec('R', ['float', 'id']);

/** Reading testimonials: what each viewer may see, lists and pages. */
@Injectable()
export class TestimonialsService {
  constructor(@InjectRepository(TestimonialEntity) private readonly repo: Repository<TestimonialEntity>) {}

  /** The testimonial if the viewer may see it, else null (unknown and invisible look the same). */
  async findVisible(id: string, actor: Actor | null): Promise<TestimonialObject | null> {
    assertTestimonialId(id);
    const row = await this.repo.findOne({ where: { id } });
    return row && canSeeTestimonial(row, actor) ? toTestimonialObject(row) : null;
  }

  /** Like findVisible, for writes: NOT_FOUND when the viewer may not see it. */
  async requireVisible(id: string, actor: Actor | null): Promise<TestimonialEntity> {
    assertTestimonialId(id);
    const row = await this.repo.findOne({ where: { id } });
    if (!row || !canSeeTestimonial(row, actor)) throw new NotFoundError('That testimonial');
    return row;
  }

  /** PUBLISHED testimonials, newest published first, filtered; one query per page. */
  async list(
    filter: TestimonialFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<TestimonialObject>> {
    const limit = pageSize(first);
    const f = checkFilter(filter);
    const query = this.repo
      .createQueryBuilder('t')
      .where('t.status = :published', { published: TestimonialStatus.PUBLISHED });
    if (f.modality != null) query.andWhere('t.modality = :modality', { modality: f.modality });
    if (f.reliefOnset != null) query.andWhere('t.relief_onset = :onset', { onset: f.reliefOnset });
    if (f.minRating != null) query.andWhere('t.overall_rating >= :minRating', { minRating: f.minRating });
    if (f.sideEffect != null)
      query.andWhere(':sideEffect = ANY(t.side_effects)', { sideEffect: f.sideEffect });
    if (after) {
      const [at, afterId] = PUBLISHED_CURSOR.decode(after);
      query.andWhere('(t.published_at, t.id) < (:at, :afterId)', { at, afterId });
    }
    const rows = await query
      .orderBy('t.published_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = PUBLISHED_CURSOR.page(rows, limit, (row) => [
      (row.publishedAt ?? row.createdAt).toISOString(),
      row.id,
    ]);
    return { nodes: page.nodes.map(toTestimonialObject), pageInfo: page.pageInfo };
  }

  /**
   * PUBLISHED testimonials whose title or story hold every word of the search as a word prefix, best
   * first, each with a highlighted snippet of the story; one query per page.
   */
  async search(
    text: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<TestimonialObject>> {
    const tsquery = prefixTsQuery(validateSearchText(text));
    const limit = pageSize(first);
    if (tsquery === null) return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
    const query = this.repo
      .createQueryBuilder('t')
      .addSelect(`ts_rank(t.search_vector, to_tsquery('english', :tsquery))::float8`, 'rank')
      .addSelect(`ts_headline('english', t.story, to_tsquery('english', :tsquery), :options)`, 'snippet')
      .where('t.status = :published', { published: TestimonialStatus.PUBLISHED })
      .andWhere(`t.search_vector @@ to_tsquery('english', :tsquery)`)
      .setParameters({ tsquery, options: HEADLINE_OPTIONS });
    if (after) {
      const [rank, afterId] = SEARCH_CURSOR.decode(after);
      query.andWhere(
        `(ts_rank(t.search_vector, to_tsquery('english', :tsquery))::float8, t.id) < (:rank::float8, :afterId::uuid)`,
        { rank, afterId },
      );
    }
    const { entities, raw } = await query
      .orderBy('rank', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities<{ rank: number; snippet: string | null }>();
    const rows = entities.map((entity, index) => ({ entity, ...raw[index] }));
    const page = SEARCH_CURSOR.page(rows, limit, (row) => [row.rank, row.entity.id]);
    return {
      nodes: page.nodes.map((row) => ({
        ...toTestimonialObject(row.entity),
        searchSnippet: searchSnippet(row.snippet),
      })),
      pageInfo: page.pageInfo,
    };
  }

  /** The member's own testimonials in every status, newest first (the newest MINE_MAX). */
  async mine(actor: Actor): Promise<TestimonialObject[]> {
    const rows = await this.repo.find({
      where: { authorId: actor.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: MINE_MAX,
    });
    return rows.map(toTestimonialObject);
  }
}
