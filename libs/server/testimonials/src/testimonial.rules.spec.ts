import { BadInputError } from '@haven/server/core';
import {
  assertTestimonialId,
  excerptOf,
  isRemission,
  isResponse,
  mergeDraft,
  validateTestimonial,
  type TestimonialDraft,
} from './testimonial.rules';
import { validInput } from './testimonial.fixtures';

const draft = (overrides: Record<string, unknown> = {}) => validInput(overrides) as TestimonialDraft;

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).details?.['field'] as string;
  }
  throw new Error('expected a BadInputError');
}

describe('validateTestimonial', () => {
  it('accepts a complete testimonial and trims the text', () => {
    const fields = validateTestimonial(
      draft({ title: '   A calmer spring   ', story: `  ${'x'.repeat(60)}  ` }),
    );
    expect(fields.title).toBe('A calmer spring');
    expect(fields.story).toBe('x'.repeat(60));
    expect(fields.anonymous).toBe(false);
    expect(fields.contentWarnings).toEqual([]);
  });

  it('accepts the optional fields left out', () => {
    const fields = validateTestimonial(
      draft({
        setting: undefined,
        sessionCount: null,
        priorTreatments: undefined,
        sideEffects: null,
        phq9Before: null,
        phq9After: null,
      }),
    );
    expect(fields).toMatchObject({
      setting: null,
      sessionCount: null,
      priorTreatments: [],
      sideEffects: [],
      phq9Before: null,
    });
  });

  it.each([
    ['title', { title: 'four' }],
    ['title', { title: '    four     ' }],
    ['title', { title: 'x'.repeat(151) }],
    ['title', { title: null }],
    ['story', { story: 'x'.repeat(49) }],
    ['story', { story: ` ${'x'.repeat(49)}   ` }],
    ['story', { story: 'x'.repeat(20_001) }],
    ['overallRating', { overallRating: 0 }],
    ['overallRating', { overallRating: 6 }],
    ['overallRating', { overallRating: 3.5 }],
    ['phq9Before', { phq9Before: -1 }],
    ['phq9Before', { phq9Before: 28 }],
    ['phq9After', { phq9After: 28 }],
    ['phq9After', { phq9After: null }],
    ['phq9Before', { phq9Before: null }],
    ['sessionCount', { sessionCount: 0 }],
    ['sessionCount', { sessionCount: 501 }],
    ['sessionCount', { sessionCount: 2.5 }],
    ['modality', { modality: 'MICRODOSING' }],
    ['modality', { modality: null }],
    ['setting', { setting: 'BEACH' }],
    ['reliefOnset', { reliefOnset: 'SOMETIME' }],
    ['reliefDuration', { reliefDuration: 'FOREVER' }],
    ['priorTreatments', { priorTreatments: ['SSRI', 'SSRI'] }],
    ['priorTreatments', { priorTreatments: ['LITHIUM'] }],
    ['priorTreatments', { priorTreatments: Array(11).fill('SSRI') }],
    ['sideEffects', { sideEffects: ['NAUSEA', 'NAUSEA'] }],
    ['sideEffects', { sideEffects: Array(10).fill('NAUSEA') }],
    ['sideEffects', { sideEffects: ['HICCUPS'] }],
    ['contentWarnings', { contentWarnings: ['GRIEF', 'GRIEF'] }],
    ['anonymous', { anonymous: 'yes' }],
  ])('refuses a bad %s (%j)', (field, overrides) => {
    expect(fieldOf(() => validateTestimonial(draft(overrides)))).toBe(field);
  });

  it('accepts the limits themselves', () => {
    const fields = validateTestimonial(
      draft({
        title: 'x'.repeat(150),
        story: 'y'.repeat(20_000),
        overallRating: 1,
        sessionCount: 500,
        phq9Before: 27,
        phq9After: 0,
        priorTreatments: [
          'SSRI',
          'SNRI',
          'TRICYCLIC',
          'MAOI',
          'ATYPICAL_ANTIDEPRESSANT',
          'AUGMENTATION',
          'PSYCHOTHERAPY',
          'ECT',
          'TMS',
          'OTHER',
        ],
        sideEffects: [
          'DISSOCIATION',
          'NAUSEA',
          'DIZZINESS',
          'ELEVATED_BLOOD_PRESSURE',
          'SEDATION',
          'HEADACHE',
          'ANXIETY',
          'BLURRED_VISION',
          'OTHER',
        ],
      }),
    );
    expect(fields.priorTreatments).toHaveLength(10);
    expect(fields.sideEffects).toHaveLength(9);
    expect(
      validateTestimonial(
        draft({ title: 'x'.repeat(5), story: 'z'.repeat(50), sessionCount: 1, overallRating: 5 }),
      ).title,
    ).toBe('xxxxx');
  });

  it('counts characters, not UTF-16 units, and drops NUL characters', () => {
    expect(validateTestimonial(draft({ title: '🌱'.repeat(150) })).title).toBe('🌱'.repeat(150));
    expect(fieldOf(() => validateTestimonial(draft({ title: '🌱'.repeat(151) })))).toBe('title');
    expect(validateTestimonial(draft({ title: 'Calm\u0000 days' })).title).toBe('Calm days');
  });
});

describe('mergeDraft', () => {
  it('keeps absent fields, takes given ones and lets null clear an optional one', () => {
    const current = validateTestimonial(draft());
    const merged = validateTestimonial(
      mergeDraft(current, { title: 'A new title', setting: null, sessionCount: undefined }),
    );
    expect(merged).toEqual({ ...current, title: 'A new title', setting: null });
  });

  it('still checks the result: clearing one PHQ-9 score alone is refused', () => {
    const current = validateTestimonial(draft());
    expect(fieldOf(() => validateTestimonial(mergeDraft(current, { phq9After: null })))).toBe('phq9After');
  });
});

describe('outcome rules', () => {
  it('counts a response when PHQ-9 fell by at least half from a baseline above 0', () => {
    expect(isResponse(20, 10)).toBe(true);
    expect(isResponse(21, 10)).toBe(true);
    expect(isResponse(19, 10)).toBe(false);
    expect(isResponse(0, 0)).toBe(false);
    expect(isResponse(1, 0)).toBe(true);
  });

  it('counts remission below 5', () => {
    expect(isRemission(4)).toBe(true);
    expect(isRemission(5)).toBe(false);
  });
});

describe('excerptOf and ids', () => {
  it('makes a plain excerpt of at most 500 characters', () => {
    expect(excerptOf({ title: 'Title', story: 'Line one\n\nline two' })).toBe('Title — Line one line two');
    const long = excerptOf({ title: 'Title', story: 'word '.repeat(400) });
    expect([...long]).toHaveLength(500);
    expect(long.endsWith('…')).toBe(true);
  });

  it('accepts UUIDs only', () => {
    expect(() => assertTestimonialId('00000000-0000-4000-8000-000000000000')).not.toThrow();
    expect(() => assertTestimonialId('1; DROP TABLE testimonials')).toThrow(BadInputError);
  });
});
