import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BadInputError, Clock } from '@haven/server/core';
import { CASE_AGE_BANDS, MAX_RESPONSE_WINDOW_DAYS } from './escalation.rules';

export interface UrgentResponseStats {
  claimMinutesP50: number | null;
  claimMinutesP90: number | null;
  cases: number;
}

export interface CaseAgeBand {
  label: string;
  fromMinutes: number;
  toMinutes: number | null;
  count: number;
  urgentCount: number;
}

// URGENT cases that became URGENT in the window, and the minutes from then to their first claim (a case
// resolved without a claim counts its resolution as the claim); unclaimed cases count but have no time.
const RESPONSE_SQL = `
  SELECT count(*)::int AS cases,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY w.minutes) AS p50,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY w.minutes) AS p90
    FROM (SELECT extract(epoch FROM (coalesce(c.claimed_at, c.resolved_at) - c.urgent_at)) / 60 AS minutes
            FROM moderation_cases c
           WHERE c.priority_rank = 0 AND c.urgent_at IS NOT NULL
             AND c.urgent_at > $1 AND c.urgent_at <= $2) w`;

// Open cases counted by age band ($2: the lower bounds in minutes, ascending).
const AGE_SQL = `
  SELECT b.n::int AS band, count(c.id)::int AS count, count(c.id) FILTER (WHERE c.priority_rank = 0)::int AS urgent
    FROM unnest($2::int[]) WITH ORDINALITY AS b(from_minutes, n)
    LEFT JOIN moderation_cases c
      ON c.status = 'OPEN'
     AND extract(epoch FROM ($1::timestamptz - c.created_at)) / 60 >= b.from_minutes
     AND extract(epoch FROM ($1::timestamptz - c.created_at)) / 60 <
         coalesce((SELECT min(x) FROM unnest($2::int[]) AS x WHERE x > b.from_minutes), 'infinity'::float8)
   GROUP BY b.n ORDER BY b.n`;

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** The moderation dashboard: how fast URGENT cases are claimed, and how old the open cases are. */
@Injectable()
export class ResponseStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async urgentResponse(days: unknown, now: Date = this.clock.now()): Promise<UrgentResponseStats> {
    if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_RESPONSE_WINDOW_DAYS) {
      throw new BadInputError(`days must be a whole number from 1 to ${MAX_RESPONSE_WINDOW_DAYS}.`);
    }
    const since = new Date(now.getTime() - days * 24 * 3600 * 1000);
    const [row] = (await this.dataSource.query(RESPONSE_SQL, [since, now])) as {
      cases: number;
      p50: number | null;
      p90: number | null;
    }[];
    return {
      claimMinutesP50: round1(row.p50 === null ? null : Number(row.p50)),
      claimMinutesP90: round1(row.p90 === null ? null : Number(row.p90)),
      cases: row.cases,
    };
  }

  async openCasesByAge(now: Date = this.clock.now()): Promise<CaseAgeBand[]> {
    const bounds = CASE_AGE_BANDS.map((b) => b.fromMinutes);
    const rows = (await this.dataSource.query(AGE_SQL, [now, bounds])) as {
      band: number;
      count: number;
      urgent: number;
    }[];
    return CASE_AGE_BANDS.map((band, i) => {
      const row = rows.find((r) => r.band === i + 1);
      return {
        label: band.label,
        fromMinutes: band.fromMinutes,
        toMinutes: CASE_AGE_BANDS[i + 1]?.fromMinutes ?? null,
        count: row?.count ?? 0,
        urgentCount: row?.urgent ?? 0,
      };
    });
  }
}
