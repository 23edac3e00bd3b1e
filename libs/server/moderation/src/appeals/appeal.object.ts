import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AppealStatus, ModerationAction } from '@haven/shared/contracts';
import type { ModerationAppealEntity } from './appeal.entity';

@ObjectType('Appeal', { description: "A member's appeal of one moderation decision about them." })
export class AppealObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The notice that told the member of the decision.' })
  noticeId: string;

  @Field(() => AppealStatus)
  status: AppealStatus;

  @Field({ description: "The member's note." })
  note: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => ModerationAction, { description: 'The decision appealed.' })
  appealedAction: ModerationAction;

  @Field(() => String, { nullable: true, description: 'What the deciding moderator told the member.' })
  decisionNote: string | null;
}

export function toAppealObject(row: ModerationAppealEntity): AppealObject {
  return {
    id: row.id,
    noticeId: row.noticeId,
    status: row.status,
    note: row.note,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    appealedAction: row.appealedAction,
    decisionNote: row.decisionNote,
  };
}
