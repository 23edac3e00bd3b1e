import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Revision', { description: 'What a post or comment said before one edit.' })
export class RevisionObject {
  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'The title before the edit (posts only).' })
  title: string | null;

  @Field({ description: 'When the edit replaced this text.' })
  editedAt: Date;

  editorId: string;
}
