import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'A device signed in to the account.' })
export class SessionObject {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field()
  lastSeenAt: Date;

  @Field({ description: 'The session this request comes from.' })
  current: boolean;
}
