import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TestimonialStatus, TreatmentModality } from '@haven/shared/contracts';
import { BadInputError, SharedStore } from '@haven/server/core';
import { FollowUpScheduler } from '../follow-ups/follow-up-scheduler';
import { TestimonialStatsService } from '../testimonial-stats.service';
import type { DurabilityStatsObject } from './durability-stats.objects';
import {
  durabilityPoints,
  kaplanMeier,
  relapseObservation,
  type DurabilityMember,
  type SurvivalObservation,
} from './durability.stats';

/** A split below this many members shows no curve. */
export const MINIMUM_MEMBERS = 5;
const CACHE_SECONDS = 600;

interface MemberRow {
  id: string;
  phq9_before: number | null;
  phq9_after: number | null;
  first_session_date: string;
  follow_ups_enabled: boolean;
  follow_ups_enabled_at: Date;
  follow_ups_stopped_at: Date | null;
  /** Points answered by a check-in not withdrawn (a pending one counts as answered, not as lost). */
  answered: number[];
  /** Published check-ins: [monthsAfter, phq9 or null]. */
  published: [number, number | null][];
  maintenance: boolean;
}

// Published testimonials that ever had follow-ups on, of one modality (or all), with their check-ins;
// maintenance: a published check-in reported maintenance sessions.
const MEMBERS_SQL = `
  SELECT t.id, t.phq9_before, t.phq9_after, t.first_session_date::text AS first_session_date,
         t.follow_ups_enabled, t.follow_ups_enabled_at, t.follow_ups_stopped_at,
         coalesce(array_agg(c.months_after::int) FILTER (WHERE c.status <> 'WITHDRAWN'), '{}') AS answered,
         coalesce(json_agg(json_build_array(c.months_after, c.phq9)) FILTER (WHERE c.status = '${TestimonialStatus.PUBLISHED}'), '[]') AS published,
         coalesce(bool_or(c.maintenance_sessions > 0) FILTER (WHERE c.status = '${TestimonialStatus.PUBLISHED}'), false) AS maintenance
    FROM testimonials t
    LEFT JOIN testimonial_check_ins c ON c.testimonial_id = t.id
   WHERE t.status = '${TestimonialStatus.PUBLISHED}'
     AND t.follow_ups_enabled_at IS NOT NULL AND t.first_session_date IS NOT NULL
     AND ($1::varchar IS NULL OR t.modality = $1)
   GROUP BY t.id`;

/**
 * Durability over published testimonials with follow-ups: one query loads the members, then the pure
 * functions of durability.stats.ts compute each figure. Cached under the outcome statistics' version,
 * so the same invalidations apply (and for at most CACHE_SECONDS, as loss to follow-up moves with time).
 */
@Injectable()
export class DurabilityStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: SharedStore,
    private readonly outcomes: TestimonialStatsService,
    private readonly scheduler: FollowUpScheduler,
  ) {}

  async stats(
    modality: TreatmentModality | null | undefined,
    maintenance: boolean | null | undefined,
  ): Promise<DurabilityStatsObject> {
    if (modality != null && !Object.values(TreatmentModality).includes(modality)) {
      throw new BadInputError('Please choose a kind of treatment from the list.', { field: 'modality' });
    }
    if (maintenance != null && typeof maintenance !== 'boolean') {
      throw new BadInputError('Maintenance must be yes or no.', { field: 'maintenance' });
    }
    const key = `testimonials:durability:${await this.outcomes.version()}:${modality ?? 'ALL'}:${maintenance ?? 'ALL'}`;
    const cached = await this.store.get(key);
    if (cached) return JSON.parse(cached) as DurabilityStatsObject;
    const stats = await this.compute(modality ?? null, maintenance ?? null, new Date());
    await this.store.set(key, JSON.stringify(stats), CACHE_SECONDS);
    return stats;
  }

  /** The figures at `now`, uncached. */
  async compute(
    modality: TreatmentModality | null,
    maintenance: boolean | null,
    now: Date,
  ): Promise<DurabilityStatsObject> {
    const rows = (await this.dataSource.query(MEMBERS_SQL, [modality])) as MemberRow[];
    const members: DurabilityMember[] = rows
      .filter((row) => maintenance === null || row.maintenance === maintenance)
      .map((row) => ({
        baseline: row.phq9_before,
        atWriting: row.phq9_after,
        checkIns: row.published.map(([monthsAfter, phq9]) => ({ monthsAfter, phq9 })),
        lost: this.scheduler
          .states(
            {
              firstSessionDate: row.first_session_date,
              followUpsEnabled: row.follow_ups_enabled,
              followUpsEnabledAt: row.follow_ups_enabled_at,
              followUpsStoppedAt: row.follow_ups_stopped_at,
            },
            row.answered,
            now,
          )
          .filter((p) => p.state === 'LOST')
          .map((p) => p.monthsAfter),
      }));
    const observations = members.map(relapseObservation).filter((o): o is SurvivalObservation => o !== null);
    const points = durabilityPoints(members, this.scheduler.months);
    return {
      points,
      curve: observations.length >= MINIMUM_MEMBERS ? kaplanMeier(observations) : [],
      members: observations.length,
      followedUp: members.length,
      minimumMembers: MINIMUM_MEMBERS,
    };
  }
}
