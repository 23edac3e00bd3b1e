import {
  ContentWarning,
  LIMITS,
  PriorTreatment,
  ReliefDuration,
  ReliefOnset,
  SideEffect,
  TreatmentModality,
  TreatmentSetting,
} from '@haven/shared/contracts';
import { isUUID } from 'class-validator';
import { BadInputError } from '@haven/server/core';

/** The limits of a testimonial, beyond the shared ones: list sizes follow the enums (no duplicates). */
export const TESTIMONIAL_LIMITS = {
  ...LIMITS.testimonial,
  priorTreatmentsMax: Object.keys(PriorTreatment).length,
  sideEffectsMax: Object.keys(SideEffect).length,
  contentWarningsMax: Object.keys(ContentWarning).length,
} as const;

/** What a member sends (GraphQL has checked the types; everything else is checked here). */
export interface TestimonialDraft {
  title?: string | null;
  story?: string | null;
  anonymous?: boolean | null;
  modality?: TreatmentModality | null;
  setting?: TreatmentSetting | null;
  sessionCount?: number | null;
  priorTreatments?: readonly PriorTreatment[] | null;
  overallRating?: number | null;
  reliefOnset?: ReliefOnset | null;
  reliefDuration?: ReliefDuration | null;
  sideEffects?: readonly SideEffect[] | null;
  phq9Before?: number | null;
  phq9After?: number | null;
  contentWarnings?: readonly ContentWarning[] | null;
}

/** A testimonial's fields after validation: trimmed, typed, lists without duplicates. */
export interface TestimonialFields {
  title: string;
  story: string;
  anonymous: boolean;
  modality: TreatmentModality;
  setting: TreatmentSetting | null;
  sessionCount: number | null;
  priorTreatments: PriorTreatment[];
  overallRating: number;
  reliefOnset: ReliefOnset;
  reliefDuration: ReliefDuration;
  sideEffects: SideEffect[];
  phq9Before: number | null;
  phq9After: number | null;
  contentWarnings: ContentWarning[];
}

const bad = (field: string, message: string) => new BadInputError(message, { field });

/** Characters as a reader counts them (code points), like PostgreSQL's varchar. */
const lengthOf = (text: string) => [...text].length;

function text(value: unknown, field: string, label: string, min: number, max: number): string {
  if (typeof value !== 'string') throw bad(field, `Please write a ${label}.`);
  // NUL cannot be stored in PostgreSQL text and never belongs in prose.
  const trimmed = value.replace(/\u0000/g, '').trim();
  const length = lengthOf(trimmed);
  if (length < min || length > max) {
    throw bad(
      field,
      `The ${label} needs ${min} to ${max.toLocaleString('en-US')} characters (it has ${length}).`,
    );
  }
  return trimmed;
}

function oneOf<T extends string>(value: unknown, values: Record<string, T>, field: string, label: string): T {
  const allowed = Object.values(values);
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw bad(field, `Please choose the ${label}.`);
  }
  return value as T;
}

function optionalOneOf<T extends string>(
  value: unknown,
  values: Record<string, T>,
  field: string,
  label: string,
): T | null {
  return value === null || value === undefined ? null : oneOf(value, values, field, label);
}

function integer(value: unknown, field: string, label: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw bad(field, `The ${label} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

function list<T extends string>(
  value: unknown,
  values: Record<string, T>,
  field: string,
  label: string,
  max: number,
): T[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw bad(field, `The ${label} must be a list.`);
  if (value.length > max) throw bad(field, `Choose at most ${max} ${label}.`);
  const items = value.map((item) => oneOf(item, values, field, `${label} from the list`));
  if (new Set(items).size !== items.length) throw bad(field, `Each of the ${label} can be chosen only once.`);
  return items;
}

/** Checks every field of a testimonial and returns it normalised; throws BAD_USER_INPUT naming the field. */
export function validateTestimonial(draft: TestimonialDraft): TestimonialFields {
  const L = TESTIMONIAL_LIMITS;
  const title = text(draft.title, 'title', 'title', L.titleMin, L.titleMax);
  const story = text(draft.story, 'story', 'story', L.storyMin, L.storyMax);
  if (draft.anonymous !== null && draft.anonymous !== undefined && typeof draft.anonymous !== 'boolean') {
    throw bad('anonymous', 'Anonymity must be yes or no.');
  }
  const modality = oneOf(draft.modality, TreatmentModality, 'modality', 'kind of treatment');
  const setting = optionalOneOf(draft.setting, TreatmentSetting, 'setting', 'setting');
  const sessionCount =
    draft.sessionCount === null || draft.sessionCount === undefined
      ? null
      : integer(draft.sessionCount, 'sessionCount', 'number of sessions', L.sessionsMin, L.sessionsMax);
  const priorTreatments = list(
    draft.priorTreatments,
    PriorTreatment,
    'priorTreatments',
    'earlier treatments',
    L.priorTreatmentsMax,
  );
  const overallRating = integer(
    draft.overallRating,
    'overallRating',
    'overall rating',
    L.ratingMin,
    L.ratingMax,
  );
  const reliefOnset = oneOf(draft.reliefOnset, ReliefOnset, 'reliefOnset', 'time until relief');
  const reliefDuration = oneOf(
    draft.reliefDuration,
    ReliefDuration,
    'reliefDuration',
    'how long relief lasted',
  );
  const sideEffects = list(draft.sideEffects, SideEffect, 'sideEffects', 'side effects', L.sideEffectsMax);
  const hasBefore = draft.phq9Before !== null && draft.phq9Before !== undefined;
  const hasAfter = draft.phq9After !== null && draft.phq9After !== undefined;
  if (hasBefore !== hasAfter) {
    throw bad(
      hasBefore ? 'phq9After' : 'phq9Before',
      'Give both PHQ-9 scores (before and after), or neither.',
    );
  }
  const phq9Before = hasBefore
    ? integer(draft.phq9Before, 'phq9Before', 'PHQ-9 score before', L.phq9Min, L.phq9Max)
    : null;
  const phq9After = hasAfter
    ? integer(draft.phq9After, 'phq9After', 'PHQ-9 score after', L.phq9Min, L.phq9Max)
    : null;
  const contentWarnings = list(
    draft.contentWarnings,
    ContentWarning,
    'contentWarnings',
    'content warnings',
    L.contentWarningsMax,
  );
  return {
    title,
    story,
    anonymous: draft.anonymous === true,
    modality,
    setting,
    sessionCount,
    priorTreatments,
    overallRating,
    reliefOnset,
    reliefDuration,
    sideEffects,
    phq9Before,
    phq9After,
    contentWarnings,
  };
}

/** An edit applied to the stored fields: absent keys keep their value, null clears an optional one. */
export function mergeDraft(current: TestimonialFields, changes: TestimonialDraft): TestimonialDraft {
  const merged: TestimonialDraft = { ...current };
  for (const [key, value] of Object.entries(changes) as [keyof TestimonialDraft, unknown][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** Checks a testimonial id; a malformed one is BAD_USER_INPUT before any query. */
export function assertTestimonialId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !isUUID(id))
    throw new BadInputError('That is not a valid testimonial id.', { field: 'id' });
}

/** Plain text for the moderation queue: title and the start of the story, at most 500 characters. */
export function excerptOf(fields: Pick<TestimonialFields, 'title' | 'story'>): string {
  const plain = `${fields.title} — ${fields.story}`.replace(/\s+/g, ' ').trim();
  const chars = [...plain];
  return chars.length <= 500 ? plain : `${chars.slice(0, 499).join('')}…`;
}

/** Response: PHQ-9 fell by at least half (a baseline of 0 cannot fall, so it never counts). */
export function isResponse(before: number, after: number): boolean {
  return before > 0 && after * 2 <= before;
}

/** Remission: PHQ-9 below 5 at the time of writing. */
export function isRemission(after: number): boolean {
  return after < 5;
}
