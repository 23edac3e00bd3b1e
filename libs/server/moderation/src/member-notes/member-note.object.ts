import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MemberNoteEntity } from './member-note.entity';

@ObjectType('MemberNote', {
  description: "A moderator's private note on a member; never changed or deleted.",
})
export class MemberNoteObject {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  authorId: string;
}

export const toMemberNoteObject = (row: MemberNoteEntity): MemberNoteObject => ({
  id: row.id,
  body: row.body,
  createdAt: row.createdAt,
  authorId: row.authorId,
});
