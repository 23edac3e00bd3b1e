import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MoodScale, TreatmentModality, TreatmentSetting } from '@haven/shared/contracts';
import { SafetyCheckObject } from '@haven/server/safety';
import type { MoodEntryEntity } from '../mood-entry.entity';
import type { TrackerSessionEntity } from '../tracker-session.entity';

@ObjectType('TrackerSession')
export class TrackerSessionObject {
  @Field(() => ID)
  id: string;

  @Field()
  date: Date;

  @Field(() => TreatmentModality)
  modality: TreatmentModality;

  @Field(() => TreatmentSetting, { nullable: true })
  setting: TreatmentSetting | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('MoodEntry')
export class MoodEntryObject {
  @Field(() => ID)
  id: string;

  @Field()
  date: Date;

  @Field(() => MoodScale)
  scale: MoodScale;

  @Field(() => Int, { description: 'PHQ-9 total (0–27, higher is worse) or 0–10 (10 is the best mood).' })
  score: number;

  @Field(() => Int, { nullable: true, description: 'PHQ-9 item 9, when the entry is a PHQ-9.' })
  item9: number | null;

  @Field(() => [Int], { nullable: true, description: 'The nine PHQ-9 answers, when they were given.' })
  phq9Answers: number[] | null;
}

@ObjectType('Tracker', { description: "The viewer's own log; nobody else can read it." })
export class TrackerObject {
  @Field(() => [TrackerSessionObject])
  sessions: TrackerSessionObject[];

  @Field(() => [MoodEntryObject])
  moods: MoodEntryObject[];

  @Field({
    description:
      'Whether a severe mood entry sends moderators a "check in with me" notice. Off unless the member turns it on.',
  })
  checkInConsent: boolean;
}

@ObjectType('MoodEntryPayload')
export class MoodEntryPayloadObject {
  @Field(() => MoodEntryObject)
  entry: MoodEntryObject;

  @Field(() => SafetyCheckObject, {
    description: 'crisisDetected (with resources) when the entry is in the severe range.',
  })
  safety: SafetyCheckObject;
}

@InputType('TrackerSessionInput')
export class TrackerSessionInput {
  @Field({ description: 'Not more than a day in the future.' })
  date: Date;

  @Field(() => TreatmentModality)
  modality: TreatmentModality;

  @Field(() => TreatmentSetting, { nullable: true })
  setting?: TreatmentSetting | null;

  @Field(() => String, { nullable: true, description: 'At most 1,000 characters.' })
  notes?: string | null;
}

@InputType('MoodEntryInput')
export class MoodEntryInput {
  @Field()
  date: Date;

  @Field(() => MoodScale)
  scale: MoodScale;

  @Field(() => Int)
  score: number;

  @Field(() => [Int], { nullable: true, description: 'The nine answers (0..3 each) when scale is PHQ9.' })
  phq9Answers?: number[] | null;
}

export function toSessionObject(row: TrackerSessionEntity): TrackerSessionObject {
  return { id: row.id, date: row.date, modality: row.modality, setting: row.setting, notes: row.notes };
}

export function toMoodObject(row: MoodEntryEntity): MoodEntryObject {
  return {
    id: row.id,
    date: row.date,
    scale: row.scale,
    score: row.score,
    item9: row.phq9Answers ? row.phq9Answers[8] : null,
    phq9Answers: row.phq9Answers,
  };
}
