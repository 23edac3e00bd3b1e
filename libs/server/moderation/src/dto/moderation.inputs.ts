import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CasePriority,
  CaseStatus,
  ContentKind,
  ModerationAction,
  ReportReason,
} from '@haven/shared/contracts';

@InputType('ReportInput')
export class ReportInput {
  @Field(() => ContentKind)
  contentKind: ContentKind;

  @Field(() => ID)
  contentId: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('ModerationQueueFilter')
export class ModerationQueueFilter {
  @Field(() => CaseStatus, { nullable: true, description: 'Without a status, the queue lists OPEN cases.' })
  status?: CaseStatus | null;

  @Field(() => CasePriority, { nullable: true })
  priority?: CasePriority | null;

  @Field(() => ContentKind, { nullable: true })
  contentKind?: ContentKind | null;
}

@InputType('ResolveCaseInput')
export class ResolveCaseInput {
  @Field(() => ModerationAction)
  action: ModerationAction;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'For SUSPEND_USER: how long. Required for that action.' })
  suspendDays?: number | null;
}
