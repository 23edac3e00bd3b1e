import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import { PageInfoObject } from '@haven/server/core';
import type { ModerationNoticeEntity } from '../moderation-notice.entity';

@ObjectType('ModerationNotice', {
  description: 'What a member is told about a moderation action that concerns them.',
})
export class ModerationNoticeObject {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationAction)
  action: ModerationAction;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: "The moderator's note, when they wrote one." })
  note: string | null;

  @Field(() => ContentKind, { nullable: true })
  contentKind: ContentKind | null;

  @Field(() => ID, { nullable: true })
  contentId: string | null;

  @Field(() => Date, { nullable: true })
  suspendedUntil: Date | null;

  @Field(() => Date, { nullable: true, description: 'When what the notice tells of ends (a mute).' })
  endsAt: Date | null;

  @Field()
  read: boolean;

  @Field()
  createdAt: Date;

  logEntryId: string | null;
}

export function toNoticeObject(row: ModerationNoticeEntity): ModerationNoticeObject {
  return {
    id: row.id,
    action: row.action,
    message: row.message,
    note: row.note,
    contentKind: row.contentKind,
    contentId: row.contentId,
    suspendedUntil: row.suspendedUntil,
    endsAt: row.endsAt,
    read: row.readAt !== null,
    createdAt: row.createdAt,
    logEntryId: row.logEntryId,
  };
}

@ObjectType('ModerationNoticeConnection')
export class ModerationNoticeConnectionObject {
  @Field(() => [ModerationNoticeObject])
  nodes: ModerationNoticeObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;

  @Field(() => Int, { description: "The member's notices not yet marked read (all pages)." })
  unreadCount: number;
}
