import { ModerationAppealEntity } from './appeals/appeal.entity';
import { DetectionFeedbackEntity } from './detection-feedback.entity';
import { MemberNoteEntity } from './member-notes/member-note.entity';
import { ModerationInit1795908856157 } from './migrations/1795908856157-moderation-init';
import { ModerationForcedResolve1796100000000 } from './migrations/1796100000000-moderation-forced-resolve';
import { DetectionRisk1796500000000 } from './migrations/1796500000000-detection-risk';
import { ThreadToolActions1796600000001 } from './migrations/1796600000001-thread-tool-actions';
import { UrgentEscalation1796613000000 } from './migrations/1796613000000-urgent-escalation';
import { ReportedText1796620000000 } from './migrations/1796620000000-reported-text';
import { AdminConsoleActions1796700000000 } from './migrations/1796700000000-admin-console-actions';
import { AppealsNotesSavedReplies1796710000000 } from './migrations/1796710000000-appeals-notes-saved-replies';
import { MembersTold1796720000000 } from './migrations/1796720000000-members-told';
import { ModerationCaseEntity } from './moderation-case.entity';
import { ModerationLogEntryEntity } from './moderation-log-entry.entity';
import { ModerationNoticeEntity } from './moderation-notice.entity';
import { ModerationReportEntity } from './moderation-report.entity';
import { SavedReplyEntity } from './saved-replies/saved-reply.entity';

export const moderationEntities = [
  ModerationCaseEntity,
  ModerationReportEntity,
  ModerationLogEntryEntity,
  ModerationNoticeEntity,
  DetectionFeedbackEntity,
  ModerationAppealEntity,
  MemberNoteEntity,
  SavedReplyEntity,
];
export const moderationMigrations = [
  ModerationInit1795908856157,
  ModerationForcedResolve1796100000000,
  DetectionRisk1796500000000,
  ThreadToolActions1796600000001,
  UrgentEscalation1796613000000,
  ReportedText1796620000000,
  AdminConsoleActions1796700000000,
  AppealsNotesSavedReplies1796710000000,
  MembersTold1796720000000,
];
