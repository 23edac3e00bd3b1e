export * from './moderation.module';
export { ReportsService } from './reports.service';
export { CaseActionsService } from './case-actions.service';
export { ModerationQueueService } from './moderation-queue.service';
export { moderationEntities, moderationMigrations } from './moderation.database';
export { EscalationService, casePath } from './escalation/escalation.service';
export { URGENT_ESCALATION_JOB } from './escalation/escalation.rules';
