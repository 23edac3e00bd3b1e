import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DurabilityPoint')
export class DurabilityPointObject {
  @Field(() => Int)
  monthsAfter: number;

  @Field(() => Int, { description: 'Members with a scored (PHQ-9) check-in at this point.' })
  respondents: number;

  @Field(() => Int, { description: 'Members whose window at this point closed without a check-in.' })
  lostToFollowUp: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0..1) still in response (PHQ-9 at least 50% below baseline); null with no respondents.',
  })
  responseRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0..1) in remission (PHQ-9 below 5).' })
  remissionRate: number | null;

  @Field(() => Int)
  responders: number;

  @Field(() => Int)
  remitters: number;
}

@ObjectType('SurvivalStep')
export class SurvivalStepObject {
  @Field(() => Float, { description: 'Months since the first session.' })
  months: number;

  @Field(() => Float, { description: 'Kaplan-Meier estimate of still being in response.' })
  survival: number;

  @Field(() => Float, { description: 'Lower 95% Greenwood bound.' })
  lower: number;

  @Field(() => Float, { description: 'Upper 95% Greenwood bound.' })
  upper: number;

  @Field(() => Int)
  atRisk: number;

  @Field(() => Int, { description: 'Relapses at this time.' })
  events: number;

  @Field(() => Int, { description: 'Members censored at this time (lost, stopped, or not further yet).' })
  censored: number;
}

@ObjectType('DurabilityStats', {
  description: 'Durability over PUBLISHED testimonials with follow-ups. Self-reported, no control group.',
})
export class DurabilityStatsObject {
  @Field(() => [DurabilityPointObject])
  points: DurabilityPointObject[];

  @Field(() => [SurvivalStepObject], { description: 'Empty when members is below 5.' })
  curve: SurvivalStepObject[];

  @Field(() => Int, {
    description: 'Members in the analysis; a split with fewer than 5 says so instead of a curve.',
  })
  members: number;

  @Field(() => Int, { description: 'Published testimonials of this split that ever had follow-ups on.' })
  followedUp: number;

  @Field(() => Int, { description: 'The smallest analysis that gets a curve.' })
  minimumMembers: number;
}
