import { DetectionFeedbackEntity } from './detection-feedback.entity';
import { ModerationInit1795908856157 } from './migrations/1795908856157-moderation-init';
import { ModerationForcedResolve1796100000000 } from './migrations/1796100000000-moderation-forced-resolve';
import { DetectionRisk1796500000000 } from './migrations/1796500000000-detection-risk';
import { ThreadToolActions1796600000001 } from './migrations/1796600000001-thread-tool-actions';
import { UrgentEscalation1796613000000 } from './migrations/1796613000000-urgent-escalation';
import { MembersTold1796700000000 } from './migrations/1796700000000-members-told';
import { ModerationCaseEntity } from './moderation-case.entity';
import { ModerationLogEntryEntity } from './moderation-log-entry.entity';
import { ModerationNoticeEntity } from './moderation-notice.entity';
import { ModerationReportEntity } from './moderation-report.entity';

export const moderationEntities = [
  ModerationCaseEntity,
  ModerationReportEntity,
  ModerationLogEntryEntity,
  ModerationNoticeEntity,
  DetectionFeedbackEntity,
];
export const moderationMigrations = [
  ModerationInit1795908856157,
  ModerationForcedResolve1796100000000,
  DetectionRisk1796500000000,
  ThreadToolActions1796600000001,
  UrgentEscalation1796613000000,
  MembersTold1796700000000,
];
