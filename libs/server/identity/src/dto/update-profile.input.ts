import { Field, InputType } from '@nestjs/graphql';
import { JourneyStage } from '@haven/shared/contracts';

@InputType('UpdateProfileInput')
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Up to 500 characters; an empty string clears it.' })
  bio?: string | null;

  @Field(() => JourneyStage, { nullable: true, description: 'Null clears it.' })
  journeyStage?: JourneyStage | null;

  @Field(() => Boolean, { nullable: true })
  revealContentWarnings?: boolean | null;
}
