import type {
  ContentWarning,
  PriorTreatment,
  ReliefDuration,
  ReliefOnset,
  SideEffect,
  TestimonialStatus,
  TreatmentModality,
  TreatmentSetting,
} from '../../gql/graphql';

/** Plain-language labels for the structured facts of a testimonial, in the enums' order. */
export const MODALITY_LABELS: Record<TreatmentModality, string> = {
  IV_INFUSION: 'IV infusion',
  IM_INJECTION: 'Intramuscular injection',
  ESKETAMINE_NASAL_SPRAY: 'Esketamine nasal spray',
  ORAL_OR_SUBLINGUAL: 'Oral or sublingual',
  OTHER: 'Another form',
};

export const SETTING_LABELS: Record<TreatmentSetting, string> = {
  CLINIC: 'A clinic',
  HOSPITAL: 'A hospital',
  SUPERVISED_AT_HOME: 'At home, supervised',
  CLINICAL_TRIAL: 'A clinical trial',
  OTHER: 'Somewhere else',
};

export const PRIOR_TREATMENT_LABELS: Record<PriorTreatment, string> = {
  SSRI: 'SSRIs (e.g. sertraline, fluoxetine)',
  SNRI: 'SNRIs (e.g. venlafaxine, duloxetine)',
  TRICYCLIC: 'Tricyclic antidepressants',
  MAOI: 'MAOIs',
  ATYPICAL_ANTIDEPRESSANT: 'Atypical antidepressants (e.g. bupropion, mirtazapine)',
  AUGMENTATION: 'Augmentation (e.g. lithium, antipsychotics)',
  PSYCHOTHERAPY: 'Talking therapy',
  ECT: 'ECT',
  TMS: 'TMS',
  OTHER: 'Something else',
};

export const ONSET_LABELS: Record<ReliefOnset, string> = {
  WITHIN_HOURS: 'Within hours',
  WITHIN_DAYS: 'Within days',
  WITHIN_WEEKS: 'Within weeks',
  NO_RELIEF: 'No relief',
};

export const DURATION_LABELS: Record<ReliefDuration, string> = {
  DAYS: 'Days',
  WEEKS: 'Weeks',
  MONTHS: 'Months',
  ONGOING: 'Still ongoing',
  NOT_APPLICABLE: 'Not applicable',
};

export const SIDE_EFFECT_LABELS: Record<SideEffect, string> = {
  DISSOCIATION: 'Dissociation',
  NAUSEA: 'Nausea',
  DIZZINESS: 'Dizziness',
  ELEVATED_BLOOD_PRESSURE: 'Raised blood pressure',
  SEDATION: 'Sleepiness',
  HEADACHE: 'Headache',
  ANXIETY: 'Anxiety',
  BLURRED_VISION: 'Blurred vision',
  OTHER: 'Something else',
};

export const CONTENT_WARNING_LABELS: Record<ContentWarning, string> = {
  SUICIDAL_IDEATION: 'Suicidal thoughts',
  SELF_HARM: 'Self-harm',
  SUBSTANCE_USE: 'Substance use',
  MEDICAL_DETAILS: 'Medical details',
  TRAUMA: 'Trauma',
  GRIEF: 'Grief',
};

export const STATUS_LABELS: Record<TestimonialStatus, string> = {
  PENDING_REVIEW: 'Waiting for review',
  PUBLISHED: 'Published',
  REJECTED: 'Not published',
  WITHDRAWN: 'Withdrawn',
};

export const RATING_LABELS: Record<number, string> = {
  1: 'Much worse',
  2: 'A little worse',
  3: 'About the same',
  4: 'A little better',
  5: 'Much better',
};

export function ratingLabel(rating: number): string {
  return `${rating} of 5 — ${RATING_LABELS[rating] ?? 'unrated'}`;
}

/** Options for a select or a group of radios, in the enum's order. */
export function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export function isKeyOf<T extends string>(labels: Record<T, string>, value: unknown): value is T {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(labels, value);
}

/** The keys of a label table, in order. */
export function keysOf<T extends string>(labels: Record<T, string>): T[] {
  return Object.keys(labels) as T[];
}
