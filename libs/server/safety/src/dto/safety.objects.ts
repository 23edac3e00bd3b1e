import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CrisisResource')
export class CrisisResourceObject {
  @Field()
  region: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  sms: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType('SafetyCheck', { description: 'What the server noticed about content a member just submitted.' })
export class SafetyCheckObject {
  @Field({
    description: 'Crisis language (suicidal ideation, self-harm) was detected; resources are included.',
  })
  crisisDetected: boolean;

  @Field({ description: 'The content is held for a moderator before anyone else can see it.' })
  heldForReview: boolean;

  @Field(() => [CrisisResourceObject])
  resources: CrisisResourceObject[];
}
