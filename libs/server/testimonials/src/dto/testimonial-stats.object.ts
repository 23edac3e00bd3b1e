import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CountByKey')
export class CountByKeyObject {
  @Field()
  key: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('TestimonialStats', {
  description: 'Aggregates over PUBLISHED testimonials only. Community-reported, not clinical evidence.',
})
export class TestimonialStatsObject {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Testimonials that report both PHQ-9 scores.' })
  withScores: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0..1) of scored testimonials whose PHQ-9 fell by at least 50%. Null when withScores is 0.',
  })
  responseRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0..1) of scored testimonials whose PHQ-9 after is below 5. Null when withScores is 0.',
  })
  remissionRate: number | null;

  @Field(() => Float, { nullable: true })
  averageRating: number | null;

  @Field(() => [CountByKeyObject], { description: 'Every modality, in the enum order, zeros included.' })
  byModality: CountByKeyObject[];

  @Field(() => [CountByKeyObject], { description: 'Every relief onset, in the enum order, zeros included.' })
  byReliefOnset: CountByKeyObject[];

  @Field(() => [CountByKeyObject], {
    description: 'Every relief duration, in the enum order, zeros included.',
  })
  byReliefDuration: CountByKeyObject[];

  @Field(() => [CountByKeyObject], {
    description: 'How many testimonials report each side effect, in the enum order, zeros included.',
  })
  sideEffects: CountByKeyObject[];

  @Field(() => Int, { description: 'Scored testimonials whose PHQ-9 fell by at least 50%.' })
  responders: number;

  @Field(() => Int, { description: 'Scored testimonials whose PHQ-9 after is below 5.' })
  remitters: number;
}
