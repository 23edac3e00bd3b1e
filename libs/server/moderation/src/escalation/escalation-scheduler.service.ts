import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig, JobsService } from '@haven/server/core';
import { URGENT_ESCALATION_JOB, escalationDueAt, type UrgentEscalationJob } from './escalation.rules';

/**
 * Plans a case's page in the transaction that made it URGENT: the job exists only if the case does,
 * and starts when the case falls due (`URGENT_ESCALATION_MINUTES` later).
 */
@Injectable()
export class EscalationScheduler {
  constructor(
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
  ) {}

  dueAt(urgentAt: Date): Date {
    return escalationDueAt(urgentAt, this.config.URGENT_ESCALATION_MINUTES);
  }

  /** Cases that became URGENT at or before this moment are due at `now`. */
  urgentBefore(now: Date): Date {
    return new Date(now.getTime() - (this.dueAt(now).getTime() - now.getTime()));
  }

  async plan(manager: EntityManager, caseId: string, urgentAt: Date): Promise<void> {
    const job: UrgentEscalationJob = { caseId };
    await this.jobs.sendInTransaction(manager, URGENT_ESCALATION_JOB, job, {
      startAfter: this.dueAt(urgentAt),
      retryLimit: 5,
      retryDelay: 5,
      retryBackoff: true,
    });
  }
}
