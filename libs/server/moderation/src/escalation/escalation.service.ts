import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationKind } from '@haven/shared/contracts';
import {
  Clock,
  JobsService,
  NOTIFICATION_REQUESTED_EVENT,
  type NotificationRequest,
} from '@haven/server/core';
import { CaseEventsService } from '../case-events.service';
import { ModerationGateway } from '../moderation.gateway';
import { EscalationScheduler } from './escalation-scheduler.service';
import {
  URGENT_ESCALATION_JOB,
  URGENT_ESCALATION_SWEEP_CRON,
  URGENT_ESCALATION_SWEEP_JOB,
  type UrgentEscalationJob,
} from './escalation.rules';
import { OnCallService } from './on-call.service';

// Marks the URGENT cases (all, or those of $2) still open and unclaimed that became URGENT at or before
// $1 and were never paged; each row is marked once, whoever runs this and however often.
const DUE_SQL = `
  UPDATE moderation_cases SET escalated_at = $3
   WHERE status = 'OPEN' AND priority_rank = 0 AND assignee_id IS NULL AND escalated_at IS NULL
     AND urgent_at IS NOT NULL AND urgent_at <= $1
     AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
  RETURNING id`;

/** Where a page leads: the case in the moderators' queue. */
export function casePath(caseId: string): string {
  return `/moderation/cases/${caseId}`;
}

/**
 * Escalation nobody can miss. A case that becomes URGENT has a job planned for when it falls due; a
 * sweep each minute catches any the jobs missed. Either way an URGENT case left unclaimed for
 * `URGENT_ESCALATION_MINUTES` pages the on-call moderators (everyone who moderates when nobody is on
 * call) with an URGENT_ESCALATION notification, delivered in the app, live and by e-mail at once, and
 * `case:escalated` goes to /moderation. The page names no content: it leads to the case. The marking is
 * one transaction; the notifications and the broadcast follow its commit. Whether a case is due is the
 * Clock's to say.
 */
@Injectable()
export class EscalationService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Escalation');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: EscalationScheduler,
    private readonly onCall: OnCallService,
    private readonly caseEvents: CaseEventsService,
    private readonly gateway: ModerationGateway,
    private readonly events: EventEmitter2,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<UrgentEscalationJob>(URGENT_ESCALATION_JOB, (job) => this.runPlanned(job.data));
    await this.jobs.work(URGENT_ESCALATION_SWEEP_JOB, async () => {
      const paged = await this.escalate(null);
      if (paged > 0) this.logger.log(`Escalation: ${paged} urgent case(s) paged by the sweep.`);
    });
    await this.jobs.schedule(URGENT_ESCALATION_SWEEP_JOB, URGENT_ESCALATION_SWEEP_CRON, {});
  }

  /**
   * A planned page. Started a little early by the queue (its clock is the database's), it plans itself
   * again for the due time rather than waiting for the sweep.
   */
  async runPlanned(job: UrgentEscalationJob, now: Date = this.clock.now()): Promise<number> {
    const paged = await this.escalate([job.caseId], now);
    if (paged > 0) return paged;
    const rows: { urgent_at: Date }[] = await this.dataSource.query(
      `SELECT urgent_at FROM moderation_cases
        WHERE id = $1 AND status = 'OPEN' AND priority_rank = 0 AND assignee_id IS NULL
          AND escalated_at IS NULL AND urgent_at IS NOT NULL`,
      [job.caseId],
    );
    const due = rows[0] ? this.scheduler.dueAt(rows[0].urgent_at) : null;
    if (due && due > now) {
      await this.jobs.send<UrgentEscalationJob>(URGENT_ESCALATION_JOB, job, { startAfter: due });
    }
    return 0;
  }

  /**
   * Pages the due cases among these (or, with null, every case); returns how many were paged. Each case
   * is paged once.
   */
  async escalate(caseIds: readonly string[] | null, now: Date = this.clock.now()): Promise<number> {
    const dueBefore = this.scheduler.urgentBefore(now);
    const ids = await this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(DUE_SQL, [dueBefore, caseIds ? [...caseIds] : null, now])) as [
        { id: string }[],
        number,
      ];
      return rows.map((r) => r.id);
    });
    if (ids.length === 0) return 0;
    const recipientIds = await this.onCall.pageRecipients();
    for (const id of ids) await this.announce(id, recipientIds);
    return ids.length;
  }

  /** After the commit: the page to each recipient, and `case:escalated` on /moderation. */
  private async announce(caseId: string, recipientIds: string[]): Promise<void> {
    try {
      const request: NotificationRequest = {
        recipientIds,
        kind: NotificationKind.URGENT_ESCALATION,
        actorId: null,
        subject: null,
        data: { path: casePath(caseId), summary: 'An urgent case has waited unclaimed: please look now' },
        urgent: true,
      };
      await this.events.emitAsync(NOTIFICATION_REQUESTED_EVENT, request);
      const payload = await this.caseEvents.payloadFor(caseId);
      if (payload) this.gateway.caseEscalated(payload);
    } catch (error) {
      this.logger.error(
        `Could not announce the escalation of case ${caseId}: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}
