import { registerEnumType } from '@nestjs/graphql';
import {
  AccountStatus,
  AppealStatus,
  CasePriority,
  CaseSource,
  CaseStatus,
  ChatMessageStatus,
  ContentKind,
  ContentStatus,
  ContentWarning,
  DetectionVerdict,
  JourneyStage,
  ModerationAction,
  MoodScale,
  PostSort,
  PriorTreatment,
  ReactableKind,
  ReactionKind,
  ReliefDuration,
  ReliefOnset,
  ReportReason,
  RiskLevel,
  Role,
  RuleAction,
  SideEffect,
  StillRelieved,
  TestimonialStatus,
  TreatmentModality,
  TreatmentSetting,
} from '@haven/shared/contracts';

// Every enum of the contract, registered once under its contract name.
const ENUMS = {
  Role,
  AccountStatus,
  JourneyStage,
  ContentWarning,
  ContentStatus,
  ReactionKind,
  PostSort,
  ReactableKind,
  TreatmentModality,
  TreatmentSetting,
  PriorTreatment,
  ReliefOnset,
  ReliefDuration,
  SideEffect,
  TestimonialStatus,
  ContentKind,
  ReportReason,
  CaseStatus,
  CasePriority,
  CaseSource,
  ModerationAction,
  RuleAction,
  ChatMessageStatus,
  StillRelieved,
  MoodScale,
  RiskLevel,
  DetectionVerdict,
  AppealStatus,
};

const DESCRIPTIONS: Partial<Record<keyof typeof ENUMS, string>> = {
  JourneyStage: 'Where a member is on the treatment journey; shown next to the handle if they choose.',
};

for (const [name, enumRef] of Object.entries(ENUMS)) {
  registerEnumType(enumRef, { name, description: DESCRIPTIONS[name as keyof typeof ENUMS] });
}
