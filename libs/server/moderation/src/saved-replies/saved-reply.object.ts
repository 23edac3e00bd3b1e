import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { SavedReplyEntity } from './saved-reply.entity';

@ObjectType('SavedReply', { description: 'A text template moderators insert into a case note.' })
export class SavedReplyObject {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  body: string;
}

export const toSavedReplyObject = (row: SavedReplyEntity): SavedReplyObject => ({
  id: row.id,
  title: row.title,
  body: row.body,
});

@InputType('SavedReplyInput')
export class SavedReplyInput {
  @Field({ description: '1 to 100 characters, unique (ignoring case).' })
  title: string;

  @Field({ description: '1 to 2,000 characters: it fits the note of a case action.' })
  body: string;
}
