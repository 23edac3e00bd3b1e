import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ContentWarning,
  PriorTreatment,
  ReliefDuration,
  ReliefOnset,
  SideEffect,
  TestimonialStatus,
  TreatmentModality,
  TreatmentSetting,
} from '@haven/shared/contracts';
import { PageInfoObject, SearchSnippetObject } from '@haven/server/core';
import type { TestimonialEntity } from '../testimonial.entity';
import { parseSqlDate } from '../follow-ups/follow-up.rules';

/**
 * A testimonial as the API serves it. `author`, `storyHtml`, `rejectionNote` and `viewerFoundHelpful`
 * are resolved per viewer; `authorId` and `storedRejectionNote` never leave the server as fields.
 */
@ObjectType('Testimonial')
export class TestimonialObject {
  @Field(() => ID)
  id: string;

  /** Internal: who wrote it. Exposed only through the `author` field, which honours anonymity. */
  authorId: string;

  /** Internal: the moderator's note, exposed only to the author and moderators through `rejectionNote`. */
  storedRejectionNote: string | null;

  @Field()
  anonymous: boolean;

  @Field(() => SearchSnippetObject, {
    nullable: true,
    description: 'In search results only: where the words matched, highlighted.',
  })
  searchSnippet?: SearchSnippetObject | null;

  @Field()
  title: string;

  @Field()
  story: string;

  @Field(() => TreatmentModality)
  modality: TreatmentModality;

  @Field(() => TreatmentSetting, { nullable: true })
  setting: TreatmentSetting | null;

  @Field(() => Int, { nullable: true })
  sessionCount: number | null;

  @Field(() => [PriorTreatment])
  priorTreatments: PriorTreatment[];

  @Field(() => Int, { description: '1 (much worse) to 5 (much better).' })
  overallRating: number;

  @Field(() => ReliefOnset)
  reliefOnset: ReliefOnset;

  @Field(() => ReliefDuration)
  reliefDuration: ReliefDuration;

  @Field(() => [SideEffect])
  sideEffects: SideEffect[];

  @Field(() => Int, { nullable: true, description: 'PHQ-9 total, 0 to 27, before the first session.' })
  phq9Before: number | null;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 total, 0 to 27, at the time of writing.' })
  phq9After: number | null;

  @Field(() => [ContentWarning])
  contentWarnings: ContentWarning[];

  @Field(() => TestimonialStatus)
  status: TestimonialStatus;

  @Field(() => Int)
  helpfulCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  firstSessionDate: Date | null;

  @Field({
    description:
      'Check-ins fall due at firstSessionDate + 1, 3, 6, 12 months and stay open 30 days; a point already closed when follow-ups were enabled is skipped, not counted as lost.',
  })
  followUpsEnabled: boolean;

  /** Internal: when follow-ups were last turned on and when they were stopped. */
  followUpsEnabledAt: Date | null;
  followUpsStoppedAt: Date | null;
}

@ObjectType('TestimonialConnection')
export class TestimonialConnectionObject {
  @Field(() => [TestimonialObject])
  nodes: TestimonialObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}

export function toTestimonialObject(row: TestimonialEntity): TestimonialObject {
  return {
    id: row.id,
    authorId: row.authorId,
    storedRejectionNote: row.rejectionNote,
    anonymous: row.anonymous,
    title: row.title,
    story: row.story,
    modality: row.modality,
    setting: row.setting,
    sessionCount: row.sessionCount,
    priorTreatments: row.priorTreatments,
    overallRating: row.overallRating,
    reliefOnset: row.reliefOnset,
    reliefDuration: row.reliefDuration,
    sideEffects: row.sideEffects,
    phq9Before: row.phq9Before,
    phq9After: row.phq9After,
    contentWarnings: row.contentWarnings,
    status: row.status,
    helpfulCount: row.helpfulCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    firstSessionDate: row.firstSessionDate ? parseSqlDate(row.firstSessionDate) : null,
    followUpsEnabled: row.followUpsEnabled,
    followUpsEnabledAt: row.followUpsEnabledAt,
    followUpsStoppedAt: row.followUpsStoppedAt,
  };
}
