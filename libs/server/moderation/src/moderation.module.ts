import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppealDecisionsService } from './appeals/appeal-decisions.service';
import { AppealByCaseLoader, AppealByNoticeLoader } from './appeals/appeal.loaders';
import {
  AppealsResolver,
  CaseAppealFieldsResolver,
  NoticeAppealFieldsResolver,
} from './appeals/appeals.resolver';
import { AppealsService } from './appeals/appeals.service';
import { AutoModerationListener } from './auto-moderation.listener';
import { CaseDecisionWriter } from './case-decision-writer.service';
import { DecisionEffects } from './decision-effects.service';
import { MemberNotesResolver } from './member-notes/member-notes.resolver';
import { MemberNotesService } from './member-notes/member-notes.service';
import { SavedRepliesResolver } from './saved-replies/saved-replies.resolver';
import { SavedRepliesService } from './saved-replies/saved-replies.service';
import { CaseActionsService } from './case-actions.service';
import { DirectModerationService } from './direct-moderation.service';
import { CaseEventsService } from './case-events.service';
import { CaseReportsLoader } from './case-reports.loader';
import { CaseStore } from './case-store.service';
import { ContentDirectory } from './content-directory.service';
import { ConversationLoader } from './conversation.loader';
import { ConversationLineFieldsResolver, ModeratedContentFieldsResolver } from './moderated-content.resolver';
import { ModeratedContentLoader } from './moderated-content.loader';
import { ModerationAccountListener } from './moderation-account.listener';
import { ModerationCaseFieldsResolver } from './moderation-case.resolver';
import { moderationEntities } from './moderation.database';
import { EscalationResolver } from './escalation/escalation.resolver';
import { EscalationScheduler } from './escalation/escalation-scheduler.service';
import { EscalationService } from './escalation/escalation.service';
import { OnCallService } from './escalation/on-call.service';
import { ResponseStatsService } from './escalation/response-stats.service';
import { ModerationGateway } from './moderation.gateway';
import { ModerationLogFieldsResolver } from './moderation-log.resolver';
import { ModerationLogService } from './moderation-log.service';
import { DetectionFeedbackResolver } from './detection-feedback.resolver';
import { DetectionFeedbackService } from './detection-feedback.service';
import { DirectActionsListener } from './direct-actions.listener';
import { ModerationQueueService } from './moderation-queue.service';
import { ModerationResolver } from './moderation.resolver';
import { NoticesResolver } from './notices.resolver';
import { NoticesService } from './notices.service';
import { ReportResolver } from './report.resolver';
import { ReportsService } from './reports.service';

/**
 * Reports, the live case queue, actions, notices, appeals, notes on members, saved replies and the
 * append-only log. Acts on content only through
 * the ModeratedContentRegistry handlers of the content domains, and on accounts through UsersService.
 */
@Module({
  imports: [TypeOrmModule.forFeature(moderationEntities)],
  providers: [
    CaseStore,
    ContentDirectory,
    ModerationGateway,
    CaseEventsService,
    ReportsService,
    CaseActionsService,
    DirectModerationService,
    ModerationLogService,
    DirectActionsListener,
    NoticesService,
    ModerationQueueService,
    AutoModerationListener,
    ModerationAccountListener,
    CaseReportsLoader,
    ModeratedContentLoader,
    ConversationLoader,
    ModeratedContentFieldsResolver,
    ConversationLineFieldsResolver,
    ModerationResolver,
    ModerationCaseFieldsResolver,
    ReportResolver,
    ModerationLogFieldsResolver,
    NoticesResolver,
    DetectionFeedbackService,
    DetectionFeedbackResolver,
    EscalationScheduler,
    EscalationService,
    OnCallService,
    ResponseStatsService,
    EscalationResolver,
    DecisionEffects,
    CaseDecisionWriter,
    AppealsService,
    AppealDecisionsService,
    AppealByNoticeLoader,
    AppealByCaseLoader,
    AppealsResolver,
    NoticeAppealFieldsResolver,
    CaseAppealFieldsResolver,
    MemberNotesService,
    MemberNotesResolver,
    SavedRepliesService,
    SavedRepliesResolver,
  ],
  exports: [ReportsService, CaseActionsService, ModerationQueueService, EscalationService],
})
export class ModerationModule {}
