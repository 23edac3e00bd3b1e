import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import { PageInfoObject } from '@haven/server/core';
import type { ModerationLogEntryEntity } from '../moderation-log-entry.entity';

@ObjectType('ModerationLogEntry')
export class ModerationLogEntryObject {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationAction)
  action: ModerationAction;

  @Field(() => ContentKind, { nullable: true })
  contentKind: ContentKind | null;

  @Field(() => ID, { nullable: true })
  contentId: string | null;

  @Field(() => ID, { nullable: true, description: 'The case the action resolved.' })
  caseId: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the suspension (SUSPEND_USER, STATUS_CHANGED) or the mute (MEMBER_MUTED) ends.',
  })
  suspendedUntil: Date | null;

  @Field(() => Boolean, {
    description: 'True when the action resolved a case another moderator had claimed (`force: true`).',
  })
  forced: boolean;

  @Field()
  createdAt: Date;

  actorId: string;
  targetUserId: string | null;
}

export function toLogEntryObject(row: ModerationLogEntryEntity): ModerationLogEntryObject {
  return {
    id: row.id,
    action: row.action,
    contentKind: row.contentKind,
    contentId: row.contentId,
    caseId: row.caseId,
    note: row.note,
    suspendedUntil: row.suspendedUntil,
    forced: row.forced,
    createdAt: row.createdAt,
    actorId: row.actorId,
    targetUserId: row.targetUserId,
  };
}

@ObjectType('ModerationLogConnection')
export class ModerationLogConnectionObject {
  @Field(() => [ModerationLogEntryObject])
  nodes: ModerationLogEntryObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}
