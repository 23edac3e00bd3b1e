import { LIMITS, MoodScale, TreatmentModality, TreatmentSetting } from '@haven/shared/contracts';
import { isUUID } from 'class-validator';
import { BadInputError } from '@haven/server/core';

const DAY_MS = 24 * 3600 * 1000;
const bad = (field: string, message: string) => new BadInputError(message, { field });

/** A log date: a real date from 1990 until a day ahead of `now` (time zones). */
export function validateLogDate(value: unknown, now: Date): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw bad('date', 'Please give a date.');
  if (date.getTime() > now.getTime() + DAY_MS) throw bad('date', 'The date cannot be in the future.');
  if (date.getUTCFullYear() < 1990) throw bad('date', 'Please check the date.');
  return date;
}

export interface SessionFields {
  date: Date;
  modality: TreatmentModality;
  setting: TreatmentSetting | null;
  notes: string | null;
}

export function validateSession(
  input: { date?: unknown; modality?: unknown; setting?: unknown; notes?: unknown },
  now: Date,
): SessionFields {
  const date = validateLogDate(input.date, now);
  if (!Object.values(TreatmentModality).includes(input.modality as TreatmentModality)) {
    throw bad('modality', 'Please choose the kind of treatment from the list.');
  }
  if (input.setting != null && !Object.values(TreatmentSetting).includes(input.setting as TreatmentSetting)) {
    throw bad('setting', 'Please choose the setting from the list.');
  }
  let notes: string | null = null;
  if (input.notes != null) {
    if (typeof input.notes !== 'string') throw bad('notes', 'Notes must be text.');
    const trimmed = input.notes.replace(/\u0000/g, '').trim();
    const length = [...trimmed].length;
    if (length > LIMITS.tracker.notesMax) {
      throw bad('notes', `Notes can have at most 1,000 characters (they have ${length}).`);
    }
    notes = trimmed === '' ? null : trimmed;
  }
  return {
    date,
    modality: input.modality as TreatmentModality,
    setting: (input.setting as TreatmentSetting | null | undefined) ?? null,
    notes,
  };
}

export interface MoodFields {
  date: Date;
  scale: MoodScale;
  score: number;
  phq9Answers: number[] | null;
}

/** A mood entry: a PHQ-9 total 0–27 (with its nine 0–3 answers adding up to it, when given) or 0–10. */
export function validateMood(
  input: { date?: unknown; scale?: unknown; score?: unknown; phq9Answers?: unknown },
  now: Date,
): MoodFields {
  const date = validateLogDate(input.date, now);
  const scale = input.scale as MoodScale;
  if (!Object.values(MoodScale).includes(scale)) throw bad('scale', 'Please choose PHQ-9 or a 0–10 score.');
  const max = scale === MoodScale.PHQ9 ? LIMITS.testimonial.phq9Max : LIMITS.tracker.zeroToTenMax;
  const score = input.score;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > max) {
    throw bad('score', `The score must be a whole number from 0 to ${max}.`);
  }
  let phq9Answers: number[] | null = null;
  if (input.phq9Answers != null) {
    if (scale !== MoodScale.PHQ9) throw bad('phq9Answers', 'Answers belong to a PHQ-9 entry only.');
    const answers = input.phq9Answers;
    if (!Array.isArray(answers) || answers.length !== 9)
      throw bad('phq9Answers', 'A PHQ-9 has nine answers.');
    if (answers.some((a) => typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 3)) {
      throw bad('phq9Answers', 'Each PHQ-9 answer is 0, 1, 2 or 3.');
    }
    if (answers.reduce((sum: number, a: number) => sum + a, 0) !== score) {
      throw bad('phq9Answers', 'The answers must add up to the score.');
    }
    phq9Answers = answers as number[];
  }
  return { date, scale, score, phq9Answers };
}

/** Severe depression on a PHQ-9: a score of 20 or more, or any answer above 0 on item 9. */
export function isSevere(mood: Pick<MoodFields, 'scale' | 'score' | 'phq9Answers'>): boolean {
  if (mood.scale !== MoodScale.PHQ9) return false;
  return mood.score >= 20 || (mood.phq9Answers?.[8] ?? 0) > 0;
}

export function assertEntryId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !isUUID(id)) throw bad('id', 'That is not a valid entry id.');
}
