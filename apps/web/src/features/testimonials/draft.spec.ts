import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LIMITS } from '@haven/shared/contracts';
import type { TestimonialDetailFragment } from '../../gql/graphql';
import { MemoryStorage, installBrowser, type BrowserStandIn } from '../../testing/browser-stand-ins';
import {
  checkAnonymity,
  checkExperience,
  checkPhq9,
  checkStory,
  checkTreatment,
  clearDraft,
  draftOf,
  emptyDraft,
  factsOf,
  hasContent,
  loadDraft,
  saveDraft,
  toSubmitInput,
  toUpdateInput,
  type TestimonialDraft,
} from './draft';

const L = LIMITS.testimonial;
const KEY = (userId: string) => `haven:testimonial-draft:v1:${userId}`;

/** A draft that passes every step's check. */
const complete = (): TestimonialDraft => ({
  ...emptyDraft(),
  modality: 'IV_INFUSION',
  setting: 'CLINIC',
  sessionCount: '6',
  priorTreatments: ['SSRI', 'PSYCHOTHERAPY'],
  reliefOnset: 'WITHIN_DAYS',
  reliefDuration: 'WEEKS',
  overallRating: 4,
  sideEffects: ['DISSOCIATION'],
  includePhq9: true,
  phq9Before: [3, 3, 2, 2, 3, 2, 2, 1, 1],
  phq9After: [1, 1, 1, 0, 1, 0, 1, 0, 0],
  title: '  Six infusions later  ',
  story: `  ${'After years of trying everything, the infusions gave me room to breathe. '.repeat(2)}  `,
  contentWarnings: ['SUICIDAL_IDEATION'],
  anonymous: false,
  firstSessionDate: '2025-11-03',
  followUps: true,
});

let browser: BrowserStandIn;
beforeEach(() => {
  browser = installBrowser();
});
afterEach(() => browser.restore());

describe('the saved draft', () => {
  it('survives a reload, for its member only', () => {
    const draft = complete();
    saveDraft('u1', draft);
    expect(loadDraft('u1')).toEqual(draft);
    expect(loadDraft('u2')).toBeNull();
  });

  it('is cleared after submitting, leaving other members’ drafts', () => {
    saveDraft('u1', complete());
    saveDraft('u2', { ...emptyDraft(), title: 'Mine' });
    clearDraft('u1');
    expect(loadDraft('u1')).toBeNull();
    expect(loadDraft('u2')?.title).toBe('Mine');
  });

  it('is the latest one saved', () => {
    saveDraft('u1', { ...emptyDraft(), title: 'First' });
    saveDraft('u1', { ...emptyDraft(), title: 'Second' });
    expect(loadDraft('u1')?.title).toBe('Second');
  });

  it('is nothing when what was saved is not a draft', () => {
    for (const text of ['{not json', '42', 'null', '"a draft"', '']) {
      browser.storage.setItem(KEY('u1'), text);
      expect(loadDraft('u1')).toBeNull();
    }
  });

  it('keeps only what still makes sense from an older or damaged draft', () => {
    browser.storage.setItem(
      KEY('u1'),
      JSON.stringify({
        modality: 'HYPNOSIS',
        setting: 'HOSPITAL',
        sessionCount: '1234567890',
        priorTreatments: ['SSRI', 'SSRI', 'WITCHCRAFT', 7],
        reliefOnset: 'WITHIN_HOURS',
        reliefDuration: 42,
        overallRating: 9,
        sideEffects: 'NAUSEA',
        includePhq9: 'yes',
        phq9Before: [0, 1, 2, 3, 4, -1, 1.5, null, '2'],
        phq9After: [1, 2, 3],
        title: 'x'.repeat(L.titleMax * 3),
        story: 12,
        contentWarnings: ['GRIEF', 'GRIEF'],
        anonymous: 'true',
        firstSessionDate: '3 November 2025',
        followUps: 1,
      }),
    );
    expect(loadDraft('u1')).toEqual({
      ...emptyDraft(),
      setting: 'HOSPITAL',
      sessionCount: '123456',
      priorTreatments: ['SSRI'],
      reliefOnset: 'WITHIN_HOURS',
      phq9Before: [0, 1, 2, 3, null, null, null, null, null],
      title: 'x'.repeat(L.titleMax * 2),
      contentWarnings: ['GRIEF'],
    });
  });

  it('fills what an older draft did not have with the empty values', () => {
    browser.storage.setItem(KEY('u1'), JSON.stringify({ title: 'Only a title', overallRating: 5 }));
    expect(loadDraft('u1')).toEqual({ ...emptyDraft(), title: 'Only a title', overallRating: 5 });
  });

  it('leaves the form working when storage is unavailable', () => {
    browser.restore();
    browser = installBrowser({ storage: new MemoryStorage(true) });
    expect(() => saveDraft('u1', complete())).not.toThrow();
    expect(loadDraft('u1')).toBeNull();
    expect(() => clearDraft('u1')).not.toThrow();
  });
});

describe('hasContent', () => {
  it('is false for the empty draft and true once anything is typed or chosen', () => {
    expect(hasContent(emptyDraft())).toBe(false);
    expect(hasContent({ ...emptyDraft(), title: 'a' })).toBe(true);
    expect(hasContent({ ...emptyDraft(), anonymous: true })).toBe(true);
    expect(
      hasContent({ ...emptyDraft(), phq9Before: [0, null, null, null, null, null, null, null, null] }),
    ).toBe(true);
  });

  it('is false for an empty draft read back from storage', () => {
    saveDraft('u1', emptyDraft());
    const loaded = loadDraft('u1');
    expect(loaded).not.toBeNull();
    expect(hasContent(loaded as TestimonialDraft)).toBe(false);
  });
});

describe('the steps’ checks', () => {
  it('pass for a complete draft', () => {
    const d = complete();
    for (const check of [checkTreatment, checkExperience, checkPhq9, checkStory, checkAnonymity]) {
      expect(check(d)).toEqual({});
    }
  });

  it('ask for the treatment, and a whole number of sessions within the limits when one is given', () => {
    expect(checkTreatment(emptyDraft())).toEqual({ modality: 'Choose the kind of treatment you had.' });
    const d = complete();
    expect(checkTreatment({ ...d, sessionCount: '' })).toEqual({});
    expect(checkTreatment({ ...d, sessionCount: String(L.sessionsMin) })).toEqual({});
    expect(checkTreatment({ ...d, sessionCount: String(L.sessionsMax) })).toEqual({});
    for (const count of ['0', String(L.sessionsMax + 1), '2.5', 'six', '-1']) {
      expect(checkTreatment({ ...d, sessionCount: count }).sessionCount).toBe(
        `Enter a whole number of sessions from ${L.sessionsMin} to ${L.sessionsMax}, or leave it empty.`,
      );
    }
  });

  it('ask for relief and the overall rating', () => {
    expect(Object.keys(checkExperience(emptyDraft())).sort()).toEqual([
      'overallRating',
      'reliefDuration',
      'reliefOnset',
    ]);
    expect(checkExperience({ ...complete(), overallRating: null })).toEqual({
      overallRating: 'Choose how you are doing overall compared with before.',
    });
  });

  it('ask for all nine PHQ-9 answers of each questionnaire, only when the member includes it', () => {
    const d = complete();
    const partial = [...d.phq9After.slice(0, 8), null];
    expect(checkPhq9({ ...d, phq9After: partial })).toEqual({
      phq9After: 'Answer all nine questions for how things are now.',
    });
    expect(checkPhq9({ ...d, phq9Before: emptyDraft().phq9Before })).toHaveProperty('phq9Before');
    expect(checkPhq9({ ...d, includePhq9: false, phq9After: partial })).toEqual({});
  });

  it('count the title’s and story’s characters without the spaces around them', () => {
    const d = complete();
    expect(checkStory({ ...d, title: `   ${'a'.repeat(L.titleMin - 1)}   ` })).toHaveProperty('title');
    expect(checkStory({ ...d, title: 'a'.repeat(L.titleMin) })).toEqual({});
    expect(checkStory({ ...d, title: 'a'.repeat(L.titleMax + 1) })).toHaveProperty('title');
    expect(checkStory({ ...d, story: 'a'.repeat(L.storyMin - 1) }).story).toBe(
      `Your story needs ${L.storyMin} to 20,000 characters (it has ${L.storyMin - 1}).`,
    );
    expect(checkStory({ ...d, story: 'a'.repeat(L.storyMax) })).toEqual({});
    expect(checkStory({ ...d, story: 'a'.repeat(L.storyMax + 1) })).toHaveProperty('story');
  });

  it('count an emoji as one character', () => {
    expect(checkStory({ ...complete(), title: '🌱🌱🌱🌱🌱' })).toEqual({});
    expect(checkStory({ ...complete(), title: '🌱🌱🌱🌱' })).toHaveProperty('title');
  });

  it('ask for the choice of anonymity, and a first session date for follow-ups that is not in the future', () => {
    const d = complete();
    expect(checkAnonymity({ ...d, anonymous: null })).toEqual({
      anonymous: 'Choose whether to show your handle or share anonymously.',
    });
    expect(checkAnonymity({ ...d, anonymous: true })).toEqual({});
    expect(checkAnonymity({ ...d, firstSessionDate: '' })).toEqual({
      firstSessionDate: 'Give the date of your first session to get follow-up check-ins.',
    });
    expect(checkAnonymity({ ...d, firstSessionDate: '', followUps: false })).toEqual({});
    expect(checkAnonymity({ ...d, firstSessionDate: '2999-01-01' })).toEqual({
      firstSessionDate: 'The first session cannot be in the future.',
    });
    expect(checkAnonymity({ ...d, firstSessionDate: '2999-01-01', followUps: false })).toHaveProperty(
      'firstSessionDate',
    );
  });
});

describe('toSubmitInput', () => {
  it('sends the trimmed text, the choices and the PHQ-9 totals', () => {
    expect(toSubmitInput(complete())).toEqual({
      title: 'Six infusions later',
      story: complete().story.trim(),
      anonymous: false,
      modality: 'IV_INFUSION',
      setting: 'CLINIC',
      sessionCount: 6,
      priorTreatments: ['SSRI', 'PSYCHOTHERAPY'],
      overallRating: 4,
      reliefOnset: 'WITHIN_DAYS',
      reliefDuration: 'WEEKS',
      sideEffects: ['DISSOCIATION'],
      phq9Before: 19,
      phq9After: 5,
      contentWarnings: ['SUICIDAL_IDEATION'],
      firstSessionDate: '2025-11-03T00:00:00.000Z',
      followUps: true,
    });
  });

  it('leaves out what was not given', () => {
    const input = toSubmitInput({ ...complete(), setting: '', sessionCount: '  ', firstSessionDate: '' });
    expect(input.setting).toBeNull();
    expect(input.sessionCount).toBeNull();
    expect(input.firstSessionDate).toBeNull();
    expect(input.followUps).toBe(false);
  });

  it('sends no PHQ-9 scores unless both questionnaires are included and complete', () => {
    const d = complete();
    for (const draft of [
      { ...d, includePhq9: false },
      { ...d, phq9After: [...d.phq9After.slice(0, 8), null] },
    ]) {
      const input = toSubmitInput(draft);
      expect([input.phq9Before, input.phq9After]).toEqual([null, null]);
    }
  });

  it('shares anonymously only when the member chose to', () => {
    expect(toSubmitInput({ ...complete(), anonymous: true }).anonymous).toBe(true);
    expect(toSubmitInput({ ...complete(), anonymous: null }).anonymous).toBe(false);
  });
});

const sent: TestimonialDetailFragment = {
  id: 't1',
  title: 'Six infusions later',
  story: 'a'.repeat(60),
  storyHtml: '<p>…</p>',
  anonymous: true,
  modality: 'ESKETAMINE_NASAL_SPRAY',
  setting: null,
  sessionCount: null,
  priorTreatments: ['SNRI'],
  overallRating: 3,
  reliefOnset: 'NO_RELIEF',
  reliefDuration: 'NOT_APPLICABLE',
  sideEffects: [],
  phq9Before: 20,
  phq9After: 12,
  contentWarnings: [],
  status: 'PUBLISHED',
  helpfulCount: 2,
  viewerFoundHelpful: false,
  viewerIsAuthor: true,
  rejectionNote: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  publishedAt: '2026-01-02T00:00:00.000Z',
  author: null,
};

describe('editing a testimonial', () => {
  it('starts from what was sent, with an empty questionnaire', () => {
    const d = draftOf(sent);
    expect(d).toMatchObject({
      modality: 'ESKETAMINE_NASAL_SPRAY',
      setting: '',
      sessionCount: '',
      anonymous: true,
    });
    expect(d.includePhq9).toBe(false);
    expect(d.phq9Before).toEqual(emptyDraft().phq9Before);
  });

  it('sends the same facts back unchanged, keeping the stored PHQ-9 scores', () => {
    const input = toUpdateInput(draftOf(sent), false);
    expect(input).toEqual({
      title: sent.title,
      story: sent.story,
      anonymous: true,
      modality: sent.modality,
      setting: null,
      sessionCount: null,
      priorTreatments: ['SNRI'],
      overallRating: 3,
      reliefOnset: 'NO_RELIEF',
      reliefDuration: 'NOT_APPLICABLE',
      sideEffects: [],
      contentWarnings: [],
    });
    expect(input).not.toHaveProperty('phq9Before');
    expect(input).not.toHaveProperty('firstSessionDate');
    expect(input).not.toHaveProperty('followUps');
  });

  it('removes the stored scores when asked to', () => {
    const input = toUpdateInput(draftOf(sent), true);
    expect(input.phq9Before).toBeNull();
    expect(input.phq9After).toBeNull();
  });

  it('replaces the stored scores with a questionnaire answered again', () => {
    const d = {
      ...draftOf(sent),
      includePhq9: true,
      phq9Before: complete().phq9Before,
      phq9After: complete().phq9After,
    };
    const input = toUpdateInput(d, false);
    expect([input.phq9Before, input.phq9After]).toEqual([19, 5]);
  });
});

describe('factsOf', () => {
  it('previews the facts as they will be sent', () => {
    expect(factsOf(complete())).toEqual({
      modality: 'IV_INFUSION',
      setting: 'CLINIC',
      sessionCount: 6,
      priorTreatments: ['SSRI', 'PSYCHOTHERAPY'],
      overallRating: 4,
      reliefOnset: 'WITHIN_DAYS',
      reliefDuration: 'WEEKS',
      sideEffects: ['DISSOCIATION'],
      phq9Before: 19,
      phq9After: 5,
    });
    expect(factsOf({ ...complete(), includePhq9: false, setting: '' })).toMatchObject({
      setting: null,
      phq9Before: null,
      phq9After: null,
    });
  });
});
