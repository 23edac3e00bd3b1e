import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ContentWarning,
  PriorTreatment,
  ReliefDuration,
  ReliefOnset,
  SideEffect,
  TreatmentModality,
  TreatmentSetting,
} from '@haven/shared/contracts';

@InputType('SubmitTestimonialInput')
export class SubmitTestimonialInput {
  @Field({ description: '5 to 150 characters.' })
  title: string;

  @Field({ description: 'Markdown, 50 to 20 000 characters.' })
  story: string;

  @Field(() => Boolean, { nullable: true, description: 'Hide the author from everyone but moderators.' })
  anonymous?: boolean | null;

  @Field(() => TreatmentModality)
  modality: TreatmentModality;

  @Field(() => TreatmentSetting, { nullable: true })
  setting?: TreatmentSetting | null;

  @Field(() => Int, { nullable: true, description: '1 to 500.' })
  sessionCount?: number | null;

  @Field(() => [PriorTreatment], { nullable: true, description: 'Each at most once.' })
  priorTreatments?: PriorTreatment[] | null;

  @Field(() => Int, { description: '1 (much worse) to 5 (much better).' })
  overallRating: number;

  @Field(() => ReliefOnset)
  reliefOnset: ReliefOnset;

  @Field(() => ReliefDuration)
  reliefDuration: ReliefDuration;

  @Field(() => [SideEffect], { nullable: true, description: 'Each at most once.' })
  sideEffects?: SideEffect[] | null;

  @Field(() => Int, { nullable: true, description: '0 to 27; give both PHQ-9 scores or neither.' })
  phq9Before?: number | null;

  @Field(() => Int, { nullable: true, description: '0 to 27; give both PHQ-9 scores or neither.' })
  phq9After?: number | null;

  @Field(() => [ContentWarning], { nullable: true })
  contentWarnings?: ContentWarning[] | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'The day of the first treatment session; follow-ups fall due this many months after it. Not in the future.',
  })
  firstSessionDate?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Opt in to follow-ups at once.' })
  followUps?: boolean | null;
}

/** An edit while the testimonial waits for review: absent fields stay, null clears an optional one. */
@InputType('UpdateTestimonialInput')
export class UpdateTestimonialInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  story?: string | null;

  @Field(() => Boolean, { nullable: true })
  anonymous?: boolean | null;

  @Field(() => TreatmentModality, { nullable: true })
  modality?: TreatmentModality | null;

  @Field(() => TreatmentSetting, { nullable: true })
  setting?: TreatmentSetting | null;

  @Field(() => Int, { nullable: true })
  sessionCount?: number | null;

  @Field(() => [PriorTreatment], { nullable: true })
  priorTreatments?: PriorTreatment[] | null;

  @Field(() => Int, { nullable: true })
  overallRating?: number | null;

  @Field(() => ReliefOnset, { nullable: true })
  reliefOnset?: ReliefOnset | null;

  @Field(() => ReliefDuration, { nullable: true })
  reliefDuration?: ReliefDuration | null;

  @Field(() => [SideEffect], { nullable: true })
  sideEffects?: SideEffect[] | null;

  @Field(() => Int, { nullable: true })
  phq9Before?: number | null;

  @Field(() => Int, { nullable: true })
  phq9After?: number | null;

  @Field(() => [ContentWarning], { nullable: true })
  contentWarnings?: ContentWarning[] | null;
}

@InputType('TestimonialFilter')
export class TestimonialFilterInput {
  @Field(() => TreatmentModality, { nullable: true })
  modality?: TreatmentModality | null;

  @Field(() => ReliefOnset, { nullable: true })
  reliefOnset?: ReliefOnset | null;

  @Field(() => Int, { nullable: true, description: '1 to 5: only testimonials rated at least this.' })
  minRating?: number | null;

  @Field(() => SideEffect, { nullable: true })
  sideEffect?: SideEffect | null;
}
