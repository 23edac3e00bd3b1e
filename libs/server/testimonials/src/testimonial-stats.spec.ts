import { createTestApp, registerMember, type TestApp, type TestMember } from '@haven/server/testing';
import {
  WITHDRAW,
  createTestimonialsApp,
  moderate,
  publishTestimonial,
  submitTestimonial,
} from './testimonial.fixtures';
import { SafetyModule, safetyEntities } from '@haven/server/safety';
import { TestimonialsModule } from './testimonials.module';
import { testimonialsEntities } from './testimonials.database';
import { isRemission, isResponse } from './testimonial.rules';

const STATS = `query($modality: TreatmentModality) {
  testimonialStats(modality: $modality) {
    total withScores responseRate remissionRate averageRating responders remitters
    byModality { key count } byReliefOnset { key count } byReliefDuration { key count } sideEffects { key count }
  }
}`;

interface Stats {
  total: number;
  withScores: number;
  responseRate: number | null;
  remissionRate: number | null;
  averageRating: number | null;
  responders: number;
  remitters: number;
  byModality: { key: string; count: number }[];
  byReliefOnset: { key: string; count: number }[];
  byReliefDuration: { key: string; count: number }[];
  sideEffects: { key: string; count: number }[];
}

type Row = [string, number | null, number | null, number, string, string, string[]];

/** The published data set: modality, PHQ-9 before/after, rating, onset, duration, side effects. */
const PUBLISHED: Row[] = [
  ['IV_INFUSION', 20, 8, 5, 'WITHIN_HOURS', 'WEEKS', ['DISSOCIATION', 'NAUSEA']], // response
  ['IV_INFUSION', 18, 4, 5, 'WITHIN_DAYS', 'MONTHS', ['DISSOCIATION']], // response + remission
  ['IV_INFUSION', 10, 5, 4, 'WITHIN_HOURS', 'ONGOING', ['HEADACHE']], // exactly half: response; 5 is no remission
  ['IV_INFUSION', 10, 6, 3, 'WITHIN_WEEKS', 'DAYS', []], // neither
  [
    'ESKETAMINE_NASAL_SPRAY',
    null,
    null,
    4,
    'WITHIN_DAYS',
    'WEEKS',
    ['DISSOCIATION', 'DIZZINESS', 'ELEVATED_BLOOD_PRESSURE'],
  ],
  ['ESKETAMINE_NASAL_SPRAY', 0, 0, 3, 'NO_RELIEF', 'NOT_APPLICABLE', ['NAUSEA']], // remission, no response from 0
  ['IM_INJECTION', 27, 27, 1, 'NO_RELIEF', 'NOT_APPLICABLE', ['ANXIETY', 'NAUSEA']],
  ['ORAL_OR_SUBLINGUAL', 15, 2, 5, 'WITHIN_DAYS', 'MONTHS', ['SEDATION']], // response + remission
];

const input = ([
  modality,
  phq9Before,
  phq9After,
  overallRating,
  reliefOnset,
  reliefDuration,
  sideEffects,
]: Row) => ({
  modality,
  phq9Before,
  phq9After,
  overallRating,
  reliefOnset,
  reliefDuration,
  sideEffects,
});

const counts = (pairs: Record<string, number>, keys: string[]) =>
  keys.map((key) => ({ key, count: pairs[key] ?? 0 }));
const MODALITIES = ['IV_INFUSION', 'IM_INJECTION', 'ESKETAMINE_NASAL_SPRAY', 'ORAL_OR_SUBLINGUAL', 'OTHER'];
const ONSETS = ['WITHIN_HOURS', 'WITHIN_DAYS', 'WITHIN_WEEKS', 'NO_RELIEF'];
const DURATIONS = ['DAYS', 'WEEKS', 'MONTHS', 'ONGOING', 'NOT_APPLICABLE'];
const SIDE_EFFECTS = [
  'DISSOCIATION',
  'NAUSEA',
  'DIZZINESS',
  'ELEVATED_BLOOD_PRESSURE',
  'SEDATION',
  'HEADACHE',
  'ANXIETY',
  'BLURRED_VISION',
  'OTHER',
];

describe('community outcome stats', () => {
  let t: TestApp;
  let member: TestMember;
  const stats = async (modality: string | null = null, gql = t.gql) =>
    (await gql.ok<{ testimonialStats: Stats }>(STATS, { modality })).testimonialStats;

  beforeAll(async () => {
    t = await createTestimonialsApp();
    member = await registerMember(t.gql);
  });
  afterAll(() => t.close());

  it('is empty but complete with no testimonials: every key, zero counts, null rates', async () => {
    const empty = await stats();
    expect(empty).toEqual({
      total: 0,
      withScores: 0,
      responseRate: null,
      remissionRate: null,
      averageRating: null,
      responders: 0,
      remitters: 0,
      byModality: counts({}, MODALITIES),
      byReliefOnset: counts({}, ONSETS),
      byReliefDuration: counts({}, DURATIONS),
      sideEffects: counts({}, SIDE_EFFECTS),
    });
  });

  it('counts exactly what the published testimonials report, and nothing else', async () => {
    for (const row of PUBLISHED) await publishTestimonial(t, member.gql, input(row));
    // None of these count: pending, withdrawn after publishing, rejected, removed after publishing.
    const scored = input(['IV_INFUSION', 20, 0, 5, 'WITHIN_HOURS', 'ONGOING', ['BLURRED_VISION', 'OTHER']]);
    await submitTestimonial(member.gql, scored);
    const withdrawn = await publishTestimonial(t, member.gql, scored);
    await member.gql.ok(WITHDRAW, { id: withdrawn.id });
    const rejected = await submitTestimonial(member.gql, scored);
    await moderate(t, rejected.id, 'REMOVE', 'Not this one.');
    const removed = await publishTestimonial(t, member.gql, scored);
    await moderate(t, removed.id, 'REMOVE', 'Reported and removed.');

    const scoredRows = PUBLISHED.filter((r) => r[1] !== null);
    const responders = scoredRows.filter((r) => isResponse(r[1]!, r[2]!)).length;
    const remitters = scoredRows.filter((r) => isRemission(r[2]!)).length;
    expect([responders, remitters, scoredRows.length]).toEqual([4, 3, 7]);

    expect(await stats()).toEqual({
      total: 8,
      withScores: 7,
      responders: 4,
      remitters: 3,
      responseRate: 4 / 7,
      remissionRate: 3 / 7,
      averageRating: 30 / 8,
      byModality: counts(
        { IV_INFUSION: 4, IM_INJECTION: 1, ESKETAMINE_NASAL_SPRAY: 2, ORAL_OR_SUBLINGUAL: 1 },
        MODALITIES,
      ),
      byReliefOnset: counts({ WITHIN_HOURS: 2, WITHIN_DAYS: 3, WITHIN_WEEKS: 1, NO_RELIEF: 2 }, ONSETS),
      byReliefDuration: counts({ DAYS: 1, WEEKS: 2, MONTHS: 2, ONGOING: 1, NOT_APPLICABLE: 2 }, DURATIONS),
      sideEffects: counts(
        {
          DISSOCIATION: 3,
          NAUSEA: 3,
          DIZZINESS: 1,
          ELEVATED_BLOOD_PRESSURE: 1,
          SEDATION: 1,
          HEADACHE: 1,
          ANXIETY: 1,
        },
        SIDE_EFFECTS,
      ),
    });
  });

  it('narrows to one modality', async () => {
    expect(await stats('IV_INFUSION')).toMatchObject({
      total: 4,
      withScores: 4,
      responseRate: 3 / 4,
      remissionRate: 1 / 4,
      averageRating: 17 / 4,
      byModality: counts({ IV_INFUSION: 4 }, MODALITIES),
      sideEffects: counts({ DISSOCIATION: 2, NAUSEA: 1, HEADACHE: 1 }, SIDE_EFFECTS),
    });
    expect(await stats('OTHER')).toMatchObject({
      total: 0,
      withScores: 0,
      responseRate: null,
      averageRating: null,
    });
  });

  it('serves repeated reads from the cache without SQL, and recomputes in two queries after a change', async () => {
    await stats('IM_INJECTION');
    expect((await t.countQueries(() => stats('IM_INJECTION'))).queries).toBe(0);
    expect((await t.countQueries(() => stats('IM_INJECTION'))).queries).toBe(0);
    await publishTestimonial(t, member.gql, { modality: 'OTHER' });
    const recomputed = await t.countQueries(() => stats('IM_INJECTION'));
    expect(recomputed.queries).toBe(2);
    expect((await t.countQueries(() => stats('IM_INJECTION'))).queries).toBe(0);
  });

  it('is invalidated when a testimonial is published, withdrawn or removed', async () => {
    const before = await stats();
    const extra = await publishTestimonial(
      t,
      member.gql,
      input(['OTHER', 12, 3, 5, 'WITHIN_DAYS', 'ONGOING', ['OTHER']]),
    );
    const afterPublish = await stats();
    expect(afterPublish.total).toBe(before.total + 1);
    expect(afterPublish.responders).toBe(before.responders + 1);
    expect(afterPublish.sideEffects.find((s) => s.key === 'OTHER')?.count).toBe(
      before.sideEffects.find((s) => s.key === 'OTHER')!.count + 1,
    );

    await member.gql.ok(WITHDRAW, { id: extra.id });
    expect(await stats()).toEqual(before);

    const another = await publishTestimonial(
      t,
      member.gql,
      input(['OTHER', 12, 3, 5, 'WITHIN_DAYS', 'ONGOING', []]),
    );
    expect((await stats()).total).toBe(before.total + 1);
    await moderate(t, another.id, 'REMOVE', 'Removed after a report.');
    expect(await stats()).toEqual(before);
    await moderate(t, another.id, 'RESTORE');
    expect((await stats()).total).toBe(before.total + 1);
    await moderate(t, another.id, 'HIDE', 'Hidden again.');
    expect(await stats()).toEqual(before);
  });

  it('a second instance of the deployment sees the same invalidations', async () => {
    const second = await createTestApp({
      imports: [SafetyModule, TestimonialsModule],
      entities: [...safetyEntities, ...testimonialsEntities],
      database: t.database,
      redisPrefix: t.config.REDIS_PREFIX,
    });
    try {
      const before = await stats(null, second.gql);
      await publishTestimonial(t, member.gql, input(['IM_INJECTION', 9, 4, 4, 'WITHIN_HOURS', 'DAYS', []]));
      const after = await stats(null, second.gql);
      expect(after.total).toBe(before.total + 1);
      expect(after.remitters).toBe(before.remitters + 1);
    } finally {
      await second.close();
    }
  });

  it('refuses an unknown modality', async () => {
    expect(await t.gql.errorCode(STATS, { modality: 'SMOKED' })).toBe('BAD_USER_INPUT');
  });
});
