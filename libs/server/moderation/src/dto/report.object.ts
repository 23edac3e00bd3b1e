import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ContentKind, ReportReason } from '@haven/shared/contracts';
import type { ModerationReportEntity } from '../moderation-report.entity';

@ObjectType('Report')
export class ReportObject {
  @Field(() => ID)
  id: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ContentKind, { description: 'What was reported.' })
  contentKind: ContentKind;

  @Field(() => ID)
  contentId: string;

  @Field()
  createdAt: Date;

  reporterId: string;
  /** Resolved as `reportedText`, for moderators only. */
  snapshot: string | null;
}

export function toReportObject(row: ModerationReportEntity): ReportObject {
  return {
    id: row.id,
    reason: row.reason,
    note: row.note,
    contentKind: row.contentKind,
    contentId: row.contentId,
    createdAt: row.createdAt,
    reporterId: row.reporterId,
    snapshot: row.reportedText,
  };
}
