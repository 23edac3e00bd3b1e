import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UrgentResponseStats')
export class UrgentResponseStatsObject {
  @Field(() => Float, {
    nullable: true,
    description: 'Minutes from an URGENT case opening to its first claim, over the window.',
  })
  claimMinutesP50: number | null;

  @Field(() => Float, { nullable: true })
  claimMinutesP90: number | null;

  @Field(() => Int)
  cases: number;
}

@ObjectType('CaseAgeBand', { description: 'Open cases whose age falls in one band.' })
export class CaseAgeBandObject {
  @Field()
  label: string;

  @Field(() => Int, { description: 'Cases at least this many minutes old …' })
  fromMinutes: number;

  @Field(() => Int, { nullable: true, description: '… and younger than this; null for the oldest band.' })
  toMinutes: number | null;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'How many of them are URGENT.' })
  urgentCount: number;
}
