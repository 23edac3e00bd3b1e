import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  CasePriority,
  CaseSource,
  CaseStatus,
  ContentKind,
  ModerationAction,
  RiskLevel,
} from '@haven/shared/contracts';
import { PageInfoObject } from '@haven/server/core';
import { SafetySignalObject } from '@haven/server/safety';
import type { ModerationCaseEntity } from '../moderation-case.entity';

@ObjectType('ModerationCase', {
  description:
    'One queue item per reported or held piece of content; reports on the same content join one open case.',
})
export class ModerationCaseObject {
  @Field(() => ID)
  id: string;

  @Field(() => ContentKind)
  contentKind: ContentKind;

  @Field(() => ID)
  contentId: string;

  @Field()
  excerpt: string;

  @Field(() => CaseStatus)
  status: CaseStatus;

  @Field(() => CasePriority)
  priority: CasePriority;

  @Field(() => [CaseSource])
  sources: CaseSource[];

  @Field(() => Int)
  reportCount: number;

  @Field(() => [String], {
    description: 'Names of the automatic rules that matched, e.g. crisis-language, drug-sourcing.',
  })
  autoFlags: string[];

  @Field(() => RiskLevel, {
    nullable: true,
    description: 'The graded crisis risk of the content; null without a grade.',
  })
  riskLevel: RiskLevel | null;

  @Field(() => [SafetySignalObject], {
    description: 'Why the detectors fired, with the words that fired them.',
  })
  signals: SafetySignalObject[];

  @Field(() => ModerationAction, { nullable: true })
  resolution: ModerationAction | null;

  @Field(() => String, { nullable: true })
  resolutionNote: string | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field({ description: 'When the case last changed (a report joined, a claim, an edit of the content).' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the current assignee claimed the case.' })
  claimedAt: Date | null;

  authorId: string | null;
  assigneeId: string | null;
  /** An APPEAL case (its appeal is the `appeal` field). */
  isAppeal: boolean;
}

export function toCaseObject(row: ModerationCaseEntity): ModerationCaseObject {
  return {
    id: row.id,
    contentKind: row.contentKind,
    contentId: row.contentId,
    excerpt: row.excerpt,
    status: row.status,
    priority: row.priority,
    sources: row.sources,
    reportCount: row.reportCount,
    autoFlags: row.autoFlags,
    riskLevel: row.riskLevel,
    signals: row.signals,
    resolution: row.resolution,
    resolutionNote: row.resolutionNote,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    updatedAt: row.updatedAt,
    claimedAt: row.claimedAt,
    authorId: row.authorId,
    assigneeId: row.assigneeId,
    isAppeal: row.appeal,
  };
}

@ObjectType('ModerationCaseConnection')
export class ModerationCaseConnectionObject {
  @Field(() => [ModerationCaseObject])
  nodes: ModerationCaseObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}
