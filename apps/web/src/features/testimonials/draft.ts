import { LIMITS } from '@haven/shared/contracts';
import type {
  ContentWarning,
  PriorTreatment,
  ReliefDuration,
  ReliefOnset,
  SideEffect,
  SubmitTestimonialInput,
  TestimonialDetailFragment,
  TreatmentModality,
  TreatmentSetting,
  UpdateTestimonialInput,
} from '../../gql/graphql';
import {
  CONTENT_WARNING_LABELS,
  DURATION_LABELS,
  MODALITY_LABELS,
  ONSET_LABELS,
  PRIOR_TREATMENT_LABELS,
  SETTING_LABELS,
  SIDE_EFFECT_LABELS,
  keysOf,
} from './labels';
import type { Facts } from './TestimonialFacts';
import { PHQ9_ITEMS, emptyPhq9, isComplete, phq9Total, type Phq9Answers } from './phq9';

/** Everything the guided form holds, as typed so far. Saved in this browser until it is submitted. */
export interface TestimonialDraft {
  modality: TreatmentModality | '';
  setting: TreatmentSetting | '';
  sessionCount: string;
  priorTreatments: PriorTreatment[];
  reliefOnset: ReliefOnset | '';
  reliefDuration: ReliefDuration | '';
  overallRating: number | null;
  sideEffects: SideEffect[];
  includePhq9: boolean;
  phq9Before: Phq9Answers;
  phq9After: Phq9Answers;
  title: string;
  story: string;
  contentWarnings: ContentWarning[];
  /** null until the member has chosen. */
  anonymous: boolean | null;
  /** The day of the first session (YYYY-MM-DD), or ''. */
  firstSessionDate: string;
  /** Opt in to follow-up check-ins (needs firstSessionDate). */
  followUps: boolean;
}

export type DraftErrors = Partial<Record<keyof TestimonialDraft, string>>;

export const emptyDraft = (): TestimonialDraft => ({
  modality: '',
  setting: '',
  sessionCount: '',
  priorTreatments: [],
  reliefOnset: '',
  reliefDuration: '',
  overallRating: null,
  sideEffects: [],
  includePhq9: false,
  phq9Before: emptyPhq9(),
  phq9After: emptyPhq9(),
  title: '',
  story: '',
  contentWarnings: [],
  anonymous: null,
  firstSessionDate: '',
  followUps: false,
});

const L = LIMITS.testimonial;
const chars = (text: string) => [...text.trim()].length;

// ---------------------------------------------------------------- storage

const KEY_PREFIX = 'haven:testimonial-draft:v1:';
const keyFor = (userId: string) => `${KEY_PREFIX}${userId}`;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | '' =>
  values.includes(value as T) ? (value as T) : '';
const listOf = <T extends string>(values: readonly T[], value: unknown): T[] =>
  Array.isArray(value) ? [...new Set(value.filter((v): v is T => values.includes(v as T)))] : [];
const answersOf = (value: unknown): Phq9Answers =>
  Array.isArray(value) && value.length === PHQ9_ITEMS.length
    ? value.map((a) => (Number.isInteger(a) && a >= 0 && a <= 3 ? (a as number) : null))
    : emptyPhq9();

/** Reads whatever was saved, keeping only what still makes sense. */
export function loadDraft(userId: string): TestimonialDraft | null {
  let raw: unknown;
  try {
    const text = window.localStorage.getItem(keyFor(userId));
    if (!text) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const rating = Number(r.overallRating);
  return {
    modality: oneOf(keysOf(MODALITY_LABELS), r.modality),
    setting: oneOf(keysOf(SETTING_LABELS), r.setting),
    sessionCount: typeof r.sessionCount === 'string' ? r.sessionCount.slice(0, 6) : '',
    priorTreatments: listOf(keysOf(PRIOR_TREATMENT_LABELS), r.priorTreatments),
    reliefOnset: oneOf(keysOf(ONSET_LABELS), r.reliefOnset),
    reliefDuration: oneOf(keysOf(DURATION_LABELS), r.reliefDuration),
    overallRating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    sideEffects: listOf(keysOf(SIDE_EFFECT_LABELS), r.sideEffects),
    includePhq9: r.includePhq9 === true,
    phq9Before: answersOf(r.phq9Before),
    phq9After: answersOf(r.phq9After),
    title: typeof r.title === 'string' ? r.title.slice(0, L.titleMax * 2) : '',
    story: typeof r.story === 'string' ? r.story.slice(0, L.storyMax * 2) : '',
    contentWarnings: listOf(keysOf(CONTENT_WARNING_LABELS), r.contentWarnings),
    anonymous: typeof r.anonymous === 'boolean' ? r.anonymous : null,
    firstSessionDate:
      typeof r.firstSessionDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.firstSessionDate)
        ? r.firstSessionDate
        : '',
    followUps: r.followUps === true,
  };
}

export function saveDraft(userId: string, draft: TestimonialDraft): void {
  try {
    window.localStorage.setItem(keyFor(userId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only without a saved draft.
  }
}

export function clearDraft(userId: string): void {
  try {
    window.localStorage.removeItem(keyFor(userId));
  } catch {
    // Nothing to clear.
  }
}

export function hasContent(draft: TestimonialDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(emptyDraft());
}

// ---------------------------------------------------------------- checks (mirror the server's)

export function checkTreatment(d: TestimonialDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.modality) errors.modality = 'Choose the kind of treatment you had.';
  if (d.sessionCount.trim() !== '') {
    const n = Number(d.sessionCount);
    if (!Number.isInteger(n) || n < L.sessionsMin || n > L.sessionsMax) {
      errors.sessionCount = `Enter a whole number of sessions from ${L.sessionsMin} to ${L.sessionsMax}, or leave it empty.`;
    }
  }
  return errors;
}

export function checkExperience(d: TestimonialDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.reliefOnset) errors.reliefOnset = 'Choose how soon you felt relief, or “No relief”.';
  if (!d.reliefDuration) errors.reliefDuration = 'Choose how long the relief lasted, or “Not applicable”.';
  if (d.overallRating === null)
    errors.overallRating = 'Choose how you are doing overall compared with before.';
  return errors;
}

export function checkPhq9(d: TestimonialDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.includePhq9) return errors;
  if (!isComplete(d.phq9Before))
    errors.phq9Before = 'Answer all nine questions for before your first session.';
  if (!isComplete(d.phq9After)) errors.phq9After = 'Answer all nine questions for how things are now.';
  return errors;
}

export function checkStory(d: TestimonialDraft): DraftErrors {
  const errors: DraftErrors = {};
  const title = chars(d.title);
  if (title < L.titleMin || title > L.titleMax) {
    errors.title = `Give your testimonial a title of ${L.titleMin} to ${L.titleMax} characters.`;
  }
  const story = chars(d.story);
  if (story < L.storyMin || story > L.storyMax) {
    errors.story = `Your story needs ${L.storyMin} to ${L.storyMax.toLocaleString('en-US')} characters (it has ${story}).`;
  }
  return errors;
}

export function checkAnonymity(d: TestimonialDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (d.anonymous === null) errors.anonymous = 'Choose whether to show your handle or share anonymously.';
  if (d.followUps && !d.firstSessionDate) {
    errors.firstSessionDate = 'Give the date of your first session to get follow-up check-ins.';
  } else if (d.firstSessionDate && new Date(`${d.firstSessionDate}T00:00:00Z`).getTime() > Date.now()) {
    errors.firstSessionDate = 'The first session cannot be in the future.';
  }
  return errors;
}

export function toSubmitInput(d: TestimonialDraft): SubmitTestimonialInput {
  const phq9 = d.includePhq9 && isComplete(d.phq9Before) && isComplete(d.phq9After);
  return {
    title: d.title.trim(),
    story: d.story.trim(),
    anonymous: d.anonymous === true,
    modality: d.modality as TreatmentModality,
    setting: d.setting === '' ? null : d.setting,
    sessionCount: d.sessionCount.trim() === '' ? null : Number(d.sessionCount),
    priorTreatments: d.priorTreatments,
    overallRating: d.overallRating ?? 0,
    reliefOnset: d.reliefOnset as ReliefOnset,
    reliefDuration: d.reliefDuration as ReliefDuration,
    sideEffects: d.sideEffects,
    phq9Before: phq9 ? phq9Total(d.phq9Before) : null,
    phq9After: phq9 ? phq9Total(d.phq9After) : null,
    contentWarnings: d.contentWarnings,
    firstSessionDate: d.firstSessionDate ? `${d.firstSessionDate}T00:00:00.000Z` : null,
    followUps: d.followUps && d.firstSessionDate !== '',
  };
}

/**
 * The form state of a testimonial already sent. Only PHQ-9 totals are stored, not the nine answers, so
 * the questionnaire starts empty: the stored totals are kept unless it is answered again.
 */
export function draftOf(t: TestimonialDetailFragment): TestimonialDraft {
  return {
    ...emptyDraft(),
    modality: t.modality,
    setting: t.setting ?? '',
    sessionCount: t.sessionCount === null ? '' : String(t.sessionCount),
    priorTreatments: t.priorTreatments,
    reliefOnset: t.reliefOnset,
    reliefDuration: t.reliefDuration,
    overallRating: t.overallRating,
    sideEffects: t.sideEffects,
    title: t.title,
    story: t.story,
    contentWarnings: t.contentWarnings,
    anonymous: t.anonymous,
  };
}

/** The changes for an edit; without new PHQ-9 answers the stored scores stay, or go if `dropPhq9`. */
export function toUpdateInput(d: TestimonialDraft, dropPhq9: boolean): UpdateTestimonialInput {
  const {
    firstSessionDate: _date,
    followUps: _followUps,
    ...input
  }: UpdateTestimonialInput & Pick<SubmitTestimonialInput, 'firstSessionDate' | 'followUps'> = toSubmitInput(
    d,
  );
  if (!d.includePhq9 && !dropPhq9) {
    delete input.phq9Before;
    delete input.phq9After;
  }
  return input;
}

/** The structured facts of a draft, for the preview (the steps before have been checked). */
export function factsOf(d: TestimonialDraft): Facts {
  const input = toSubmitInput(d);
  return {
    modality: input.modality,
    setting: input.setting ?? null,
    sessionCount: input.sessionCount ?? null,
    priorTreatments: d.priorTreatments,
    overallRating: d.overallRating ?? 0,
    reliefOnset: input.reliefOnset,
    reliefDuration: input.reliefDuration,
    sideEffects: d.sideEffects,
    phq9Before: input.phq9Before ?? null,
    phq9After: input.phq9After ?? null,
  };
}
