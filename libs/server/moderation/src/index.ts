export * from './moderation.module';
export { ReportsService } from './reports.service';
export { CaseActionsService } from './case-actions.service';
export { ModerationQueueService } from './moderation-queue.service';
export { moderationEntities, moderationMigrations } from './moderation.database';
