import { Field, ObjectType } from '@nestjs/graphql';
import { RiskLevel } from '@haven/shared/contracts';

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

@ObjectType('SafetySignal', { description: 'One reason a detector fired, with the words that fired it.' })
export class SafetySignalObject {
  @Field({ description: 'crisis or sourcing' })
  detector: string;

  @Field({
    description:
      'A stable name, e.g. means-acquired, farewell, self-harm-act, offer-to-sell, contact-channel.',
  })
  category: string;

  @Field({ description: "Words for a moderator, e.g. 'mentions having a loaded gun'." })
  label: string;

  @Field({ description: 'The matched text as written.' })
  span: string;
}

@ObjectType('SafetyCheck', { description: 'What the server noticed about content a member just submitted.' })
export class SafetyCheckObject {
  @Field({
    description: 'Crisis risk (CONCERN and above) was detected; resources are included.',
  })
  crisisDetected: boolean;

  @Field({ description: 'The content is held for a moderator before anyone else can see it.' })
  heldForReview: boolean;

  @Field(() => [CrisisResourceObject])
  resources: CrisisResourceObject[];

  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => [SafetySignalObject])
  signals: SafetySignalObject[];

  @Field({ description: "The risk is someone else's: the resources address the writer as a caregiver." })
  thirdParty: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to show with the resources (to a caregiver when the risk is someone else’s); null with none.',
  })
  message: string | null;
}
