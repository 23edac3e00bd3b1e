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

  @Field(() => Boolean, {
    nullable: true,
    description: 'Resolve a case another moderator has claimed. Recorded in the moderation log.',
  })
  force?: boolean | null;
}

@InputType('ModerateContentInput')
export class ModerateContentInput {
  @Field(() => ModerationAction, { description: 'Usually HIDE or REMOVE; any case action is accepted.' })
  action: ModerationAction;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "For SUSPEND_USER: how long (acts on the author's account).",
  })
  suspendDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Resolve the open case even when another moderator has claimed it. Recorded in the log.',
  })
  force?: boolean | null;
}
