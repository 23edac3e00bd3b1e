import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { CasePriority, CaseSource, CaseStatus, type ContentKind } from '@haven/shared/contracts';
import { Clock, TIME_ID, cursorCodec, type Page } from '@haven/server/core';
import { EscalationScheduler } from './escalation/escalation-scheduler.service';
import { ModerationCaseEntity } from './moderation-case.entity';
import { NO_RISK_RANK, PRIORITY_RANK, RISK_RANK, type CaseSignal } from './moderation.rules';

export interface CaseUpsert {
  kind: ContentKind;
  contentId: string;
  authorId: string | null;
  excerpt: string;
  signal: CaseSignal;
  /** 1 when a member's report joins the case. */
  reportDelta?: number;
}

export interface QueueFilter {
  status: CaseStatus;
  priority?: CasePriority | null;
  contentKind?: ContentKind | null;
}

const QUEUE_CURSOR = cursorCodec('Q', ['int', 'int', 'time', 'id']);
const HISTORY_CURSOR = cursorCodec('H', TIME_ID);

/** Keeps each value's first position: union of two arrays without duplicates. */
const UNION = (a: string, b: string) =>
  `ARRAY(SELECT v FROM unnest(${a} || ${b}) WITH ORDINALITY AS u(v, n) GROUP BY v ORDER BY min(n))::varchar[]`;

/**
 * Opens or joins the one OPEN case of a piece of content. The partial unique index on
 * (content_kind, content_id) WHERE status = 'OPEN' makes this hold when requests race: the loser of an
 * insert becomes an update of the winner's case, which keeps the higher priority and joins sources and flags.
 */
const UPSERT_SQL = `
INSERT INTO moderation_cases AS c
  (content_kind, content_id, author_id, excerpt, priority, priority_rank, sources, auto_flags, report_count,
   risk_level, risk_rank, signals, urgent_at)
VALUES ($1, $2, $3, $4, $5, $6, $7::varchar[], $8::varchar[], $9, $10, $11, $12::jsonb,
        CASE WHEN $6::smallint = 0 THEN $13::timestamptz END)
ON CONFLICT (content_kind, content_id) WHERE status = 'OPEN' AND NOT appeal DO UPDATE SET
  urgent_at = CASE WHEN c.urgent_at IS NULL AND EXCLUDED.priority_rank = 0 THEN $13::timestamptz ELSE c.urgent_at END,
  risk_level = CASE WHEN EXCLUDED.risk_rank < c.risk_rank OR c.risk_level IS NULL THEN COALESCE(EXCLUDED.risk_level, c.risk_level) ELSE c.risk_level END,
  signals = CASE WHEN EXCLUDED.risk_rank <= c.risk_rank AND EXCLUDED.signals <> '[]'::jsonb THEN EXCLUDED.signals ELSE c.signals END,
  risk_rank = LEAST(c.risk_rank, EXCLUDED.risk_rank),
  priority = CASE WHEN EXCLUDED.priority_rank < c.priority_rank THEN EXCLUDED.priority ELSE c.priority END,
  priority_rank = LEAST(c.priority_rank, EXCLUDED.priority_rank),
  sources = ${UNION('c.sources', 'EXCLUDED.sources')},
  auto_flags = ${UNION('c.auto_flags', 'EXCLUDED.auto_flags')},
  excerpt = EXCLUDED.excerpt,
  author_id = COALESCE(c.author_id, EXCLUDED.author_id),
  report_count = c.report_count + EXCLUDED.report_count,
  updated_at = now()
RETURNING id, (xmax = 0) AS inserted, urgent_at, (urgent_at IS NOT DISTINCT FROM $13::timestamptz) AS became_urgent`;

/** The moderation_cases table: upserts, lookups and pages. */
@Injectable()
export class CaseStore {
  constructor(
    @InjectRepository(ModerationCaseEntity) private readonly cases: Repository<ModerationCaseEntity>,
    private readonly escalation: EscalationScheduler,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens a case or joins the open one; `opened` is true when a new case entered the queue. A case that
   * becomes URGENT here gets its page planned in the same transaction (the caller's, or one of its own).
   */
  async openOrJoin(upsert: CaseUpsert, manager?: EntityManager): Promise<{ id: string; opened: boolean }> {
    if (!manager) return this.cases.manager.transaction((tx) => this.openOrJoin(upsert, tx));
    const { signal } = upsert;
    const now = this.clock.now();
    const rows: { id: string; inserted: boolean; urgent_at: Date | null; became_urgent: boolean }[] =
      await manager.query(UPSERT_SQL, [
        upsert.kind,
        upsert.contentId,
        upsert.authorId,
        upsert.excerpt,
        signal.priority,
        PRIORITY_RANK[signal.priority],
        signal.sources,
        signal.autoFlags,
        upsert.reportDelta ?? 0,
        signal.riskLevel ?? null,
        signal.riskLevel ? RISK_RANK[signal.riskLevel] : NO_RISK_RANK,
        JSON.stringify(signal.signals ?? []),
        now,
      ]);
    const row = rows[0];
    if (row.became_urgent && row.urgent_at) await this.escalation.plan(manager, row.id, row.urgent_at);
    return { id: row.id, opened: row.inserted };
  }

  /**
   * Opens the APPEAL case of an appeal, in the appeal's transaction. It stands on its own: it never joins
   * the open case of the same content, and reports never join it.
   */
  async openAppealCase(
    manager: EntityManager,
    appeal: { kind: ContentKind; contentId: string; authorId: string; excerpt: string },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO moderation_cases
         (content_kind, content_id, author_id, excerpt, priority, priority_rank, sources, appeal)
       VALUES ($1, $2, $3, $4, $5, $6, $7::varchar[], true) RETURNING id`,
      [
        appeal.kind,
        appeal.contentId,
        appeal.authorId,
        appeal.excerpt,
        CasePriority.NORMAL,
        PRIORITY_RANK[CasePriority.NORMAL],
        [CaseSource.APPEAL],
      ],
    );
    return rows[0].id;
  }

  /** Closes the open case of content its author withdrew; returns its id, or null when none was open. */
  async closeWithdrawn(kind: ContentKind, contentId: string): Promise<string | null> {
    // An UPDATE … RETURNING answers [rows, affected count].
    const rows: [{ id: string }[], number] = await this.cases.query(
      `UPDATE moderation_cases
          SET status = 'RESOLVED', resolution = 'DISMISS', resolution_note = 'Withdrawn by the author.',
              resolved_at = now(), updated_at = now()
        WHERE content_kind = $1 AND content_id = $2 AND status = 'OPEN' AND NOT appeal
        RETURNING id`,
      [kind, contentId],
    );
    return rows[0]?.[0]?.id ?? null;
  }

  /** After an edit: the open case (if any) shows the content as it is now. */
  async refreshExcerpt(kind: ContentKind, contentId: string, excerpt: string): Promise<string | null> {
    const rows: [{ id: string }[], number] = await this.cases.manager.query(
      `UPDATE moderation_cases SET excerpt = $3, updated_at = now()
       WHERE content_kind = $1 AND content_id = $2 AND status = 'OPEN' AND NOT appeal AND excerpt <> $3
       RETURNING id`,
      [kind, contentId, excerpt],
    );
    return rows[0]?.[0]?.id ?? null;
  }

  find(id: string): Promise<ModerationCaseEntity | null> {
    return this.cases.findOne({ where: { id } });
  }

  findMany(ids: readonly string[]): Promise<ModerationCaseEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.cases.find({ where: { id: In([...ids]) } });
  }

  /**
   * The queue: URGENT first (IMMINENT risk first among equal priorities), then the longest-waiting;
   * keyset pagination on (rank, risk rank, created_at, id).
   */
  async queue(filter: QueueFilter, limit: number, after: string | null): Promise<Page<ModerationCaseEntity>> {
    const query = this.cases.createQueryBuilder('c').where('c.status = :status', { status: filter.status });
    if (filter.priority) query.andWhere('c.priority_rank = :rank', { rank: PRIORITY_RANK[filter.priority] });
    if (filter.contentKind) query.andWhere('c.content_kind = :kind', { kind: filter.contentKind });
    if (after) {
      const [rank0, risk0, createdAt0, id0] = QUEUE_CURSOR.decode(after);
      query.andWhere(
        '(c.priority_rank, c.risk_rank, c.created_at, c.id) > (:rank0, :risk0, :createdAt0, :id0)',
        { rank0, risk0, createdAt0, id0 },
      );
    }
    const rows = await query
      .orderBy('c.priority_rank', 'ASC')
      .addOrderBy('c.risk_rank', 'ASC')
      .addOrderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    return QUEUE_CURSOR.page(rows, limit, (c) => [
      c.priorityRank,
      c.riskRank,
      c.createdAt.toISOString(),
      c.id,
    ]);
  }

  /** Every case about one member's content or account, newest first. */
  async historyOf(userId: string, limit: number, after: string | null): Promise<Page<ModerationCaseEntity>> {
    const query = this.cases.createQueryBuilder('c').where('c.author_id = :userId', { userId });
    if (after) {
      const [createdAt0, id0] = HISTORY_CURSOR.decode(after);
      query.andWhere('(c.created_at, c.id) < (:createdAt0, :id0)', { createdAt0, id0 });
    }
    const rows = await query
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return HISTORY_CURSOR.page(rows, limit, (c) => [c.createdAt.toISOString(), c.id]);
  }
}
