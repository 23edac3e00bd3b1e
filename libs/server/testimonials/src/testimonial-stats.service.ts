import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  ReliefDuration,
  ReliefOnset,
  SideEffect,
  TestimonialStatus,
  TreatmentModality,
} from '@haven/shared/contracts';
import { BadInputError, SharedStore } from '@haven/server/core';
import type { CountByKeyObject, TestimonialStatsObject } from './dto/testimonial-stats.object';

/** Cached stats stay at most this long even if an invalidation were lost. */
const CACHE_SECONDS = 600;
const VERSION_KEY = 'testimonials:stats:version';

interface TotalsRow {
  total: number;
  with_scores: number;
  responders: number;
  remitters: number;
  rating_sum: string;
}

interface CountRow {
  dimension: 'modality' | 'onset' | 'duration' | 'sideEffect';
  key: string;
  count: number;
}

/** Only published testimonials count, optionally of one modality. */
const WHERE = `t.status = '${TestimonialStatus.PUBLISHED}' AND ($1::varchar IS NULL OR t.modality = $1)`;

// Response: PHQ-9 fell by at least half from a baseline above 0. Remission: PHQ-9 after below 5.
const TOTALS_SQL = `
  SELECT count(*)::int AS total,
         count(*) FILTER (WHERE t.phq9_before IS NOT NULL AND t.phq9_after IS NOT NULL)::int AS with_scores,
         count(*) FILTER (WHERE t.phq9_before > 0 AND t.phq9_after IS NOT NULL
                            AND t.phq9_after * 2 <= t.phq9_before)::int AS responders,
         count(*) FILTER (WHERE t.phq9_before IS NOT NULL AND t.phq9_after < 5)::int AS remitters,
         coalesce(sum(t.overall_rating), 0)::bigint::text AS rating_sum
    FROM testimonials t
   WHERE ${WHERE}`;

const COUNTS_SQL = `
  SELECT 'modality' AS dimension, t.modality AS key, count(*)::int AS count
    FROM testimonials t WHERE ${WHERE} GROUP BY t.modality
  UNION ALL
  SELECT 'onset', t.relief_onset, count(*)::int FROM testimonials t WHERE ${WHERE} GROUP BY t.relief_onset
  UNION ALL
  SELECT 'duration', t.relief_duration, count(*)::int FROM testimonials t WHERE ${WHERE} GROUP BY t.relief_duration
  UNION ALL
  SELECT 'sideEffect', s.effect, count(DISTINCT t.id)::int
    FROM testimonials t CROSS JOIN LATERAL unnest(t.side_effects) AS s(effect)
   WHERE ${WHERE} GROUP BY s.effect`;

/** Every value of an enum with its count, in the enum's order, zeros included. */
function countsFor(
  values: readonly string[],
  rows: CountRow[],
  dimension: CountRow['dimension'],
): CountByKeyObject[] {
  const found = new Map(rows.filter((r) => r.dimension === dimension).map((r) => [r.key, r.count]));
  return values.map((key) => ({ key, count: found.get(key) ?? 0 }));
}

/**
 * Community outcomes over PUBLISHED testimonials, computed in SQL (two queries whatever the number of
 * testimonials) and cached in the shared store. Invalidation bumps a version, so a computation that
 * raced with a change can only write under a version nobody reads any more.
 */
@Injectable()
export class TestimonialStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: SharedStore,
  ) {}

  async stats(modality: TreatmentModality | null | undefined): Promise<TestimonialStatsObject> {
    if (modality != null && !Object.values(TreatmentModality).includes(modality)) {
      throw new BadInputError('Please choose a kind of treatment from the list.', { field: 'modality' });
    }
    // While the shared store is away the cache is bypassed: instances could not clear each other's copies.
    if (!this.store.available) return this.compute(modality ?? null);
    const key = `testimonials:stats:${await this.version()}:${modality ?? 'ALL'}`;
    const cached = await this.store.get(key);
    if (cached) return JSON.parse(cached) as TestimonialStatsObject;
    const stats = await this.compute(modality ?? null);
    await this.store.set(key, JSON.stringify(stats), CACHE_SECONDS);
    return stats;
  }

  /** The current cache version; every cached figure (outcomes and durability) is stored under it. */
  async version(): Promise<string> {
    return (await this.store.get(VERSION_KEY)) ?? '0';
  }

  /** Called after a testimonial enters or leaves PUBLISHED (once the change is committed). */
  async invalidate(): Promise<void> {
    await this.store.set(VERSION_KEY, randomUUID());
  }

  private async compute(modality: TreatmentModality | null): Promise<TestimonialStatsObject> {
    const [totals] = (await this.dataSource.query(TOTALS_SQL, [modality])) as TotalsRow[];
    const counts = (await this.dataSource.query(COUNTS_SQL, [modality])) as CountRow[];
    const ratingSum = Number(totals.rating_sum);
    const scored = totals.with_scores;
    return {
      total: totals.total,
      withScores: scored,
      responders: totals.responders,
      remitters: totals.remitters,
      responseRate: scored > 0 ? totals.responders / scored : null,
      remissionRate: scored > 0 ? totals.remitters / scored : null,
      averageRating: totals.total > 0 ? ratingSum / totals.total : null,
      byModality: countsFor(Object.values(TreatmentModality), counts, 'modality'),
      byReliefOnset: countsFor(Object.values(ReliefOnset), counts, 'onset'),
      byReliefDuration: countsFor(Object.values(ReliefDuration), counts, 'duration'),
      sideEffects: countsFor(Object.values(SideEffect), counts, 'sideEffect'),
    };
  }
}
