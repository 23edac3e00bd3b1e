import { registerMember, type TestApp, type TestMember } from '@haven/server/testing';
import {
  HELPFUL,
  LIST,
  createTestimonialsApp,
  publishTestimonial,
  submitTestimonial,
} from './testimonial.fixtures';

const MODALITIES = ['IV_INFUSION', 'IM_INJECTION', 'ESKETAMINE_NASAL_SPRAY', 'ORAL_OR_SUBLINGUAL', 'OTHER'];
const ONSETS = ['WITHIN_HOURS', 'WITHIN_DAYS', 'WITHIN_WEEKS', 'NO_RELIEF'];
const SIDE_EFFECTS = ['DISSOCIATION', 'NAUSEA', 'DIZZINESS', 'HEADACHE'];

interface Seeded {
  id: string;
  modality: string;
  onset: string;
  rating: number;
  sideEffects: string[];
  publishedAt: number;
  status: string;
}

describe('listing testimonials, filters, pages and helpful marks', () => {
  let t: TestApp;
  let authors: TestMember[];
  let reader: TestMember;
  const seeded: Seeded[] = [];

  /** 130 rows straight into the table (the API path is tested elsewhere); some share a publishedAt. */
  async function seed() {
    const base = Date.UTC(2025, 0, 1);
    for (let i = 0; i < 130; i++) {
      const row: Omit<Seeded, 'id'> = {
        modality: MODALITIES[i % 5],
        onset: ONSETS[i % 4],
        rating: (i % 5) + 1,
        sideEffects: SIDE_EFFECTS.filter((_, k) => (i >> k) & 1),
        publishedAt: base + Math.floor(i / 3) * 60_000,
        status: i % 13 === 0 ? 'PENDING_REVIEW' : i % 17 === 0 ? 'WITHDRAWN' : 'PUBLISHED',
      };
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO testimonials (author_id, anonymous, title, story, modality, overall_rating, relief_onset,
           relief_duration, side_effects, status, published_at, helpful_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'WEEKS', $8, $9, $10, 0) RETURNING id`,
        [
          authors[i % authors.length].id,
          i % 2 === 0,
          `Seeded testimonial ${i}`,
          `A seeded story number ${i}, long enough to be a real testimonial in the list.`,
          row.modality,
          row.rating,
          row.onset,
          row.sideEffects,
          row.status,
          row.status === 'PENDING_REVIEW' ? null : new Date(row.publishedAt),
        ],
      );
      seeded.push({ id, ...row });
    }
  }

  /** What the list must hold for a filter, newest published first, ties by id descending. */
  const expected = (keep: (s: Seeded) => boolean) =>
    seeded
      .filter((s) => s.status === 'PUBLISHED' && keep(s))
      .sort((a, b) => b.publishedAt - a.publishedAt || (a.id < b.id ? 1 : -1))
      .map((s) => s.id);

  async function walk(filter: Record<string, unknown> | null, first: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 200; guard++) {
      const res: {
        testimonials: {
          nodes: { id: string }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await reader.gql.ok(LIST, { filter, first, after });
      ids.push(...res.testimonials.nodes.map((n) => n.id));
      if (!res.testimonials.pageInfo.hasNextPage) return ids;
      after = res.testimonials.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  beforeAll(async () => {
    t = await createTestimonialsApp();
    authors = [];
    for (let i = 0; i < 6; i++) authors.push(await registerMember(t.gql));
    reader = await registerMember(t.gql);
    await seed();
  });
  afterAll(() => t.close());

  it('pages through every published testimonial once, newest published first', async () => {
    const all = expected(() => true);
    expect(all.length).toBeGreaterThan(100);
    expect(await walk(null, 7)).toEqual(all);
    expect(await walk(null, 100)).toEqual(all);
  });

  it.each([
    ['modality', { modality: 'IM_INJECTION' }, (s: Seeded) => s.modality === 'IM_INJECTION'],
    ['onset', { reliefOnset: 'NO_RELIEF' }, (s: Seeded) => s.onset === 'NO_RELIEF'],
    ['minimum rating', { minRating: 4 }, (s: Seeded) => s.rating >= 4],
    ['side effect', { sideEffect: 'NAUSEA' }, (s: Seeded) => s.sideEffects.includes('NAUSEA')],
    [
      'all of them together',
      { modality: 'OTHER', reliefOnset: 'WITHIN_HOURS', minRating: 5, sideEffect: 'DIZZINESS' },
      (s: Seeded) =>
        s.modality === 'OTHER' &&
        s.onset === 'WITHIN_HOURS' &&
        s.rating >= 5 &&
        s.sideEffects.includes('DIZZINESS'),
    ],
  ])('filters by %s', async (_label, filter, keep) => {
    const want = expected(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(expected(() => true).length);
    expect(await walk(filter, 5)).toEqual(want);
  });

  it.each([
    ['first: 0', { first: 0 }],
    ['first: 101', { first: 101 }],
    ['minRating: 0', { filter: { minRating: 0 }, first: 5 }],
    ['minRating: 6', { filter: { minRating: 6 }, first: 5 }],
    ['a forged cursor', { first: 5, after: Buffer.from('["yesterday","x"]').toString('base64url') }],
    ['a garbage cursor', { first: 5, after: '!!!' }],
  ])('refuses %s with BAD_USER_INPUT', async (_label, variables) => {
    expect(await reader.gql.errorCode(LIST, variables)).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of SQL queries for 20 and for 100 items (authors and helpful state batched)', async () => {
    const published = expected(() => true);
    for (const id of published.slice(0, 30)) {
      await t.dataSource.query(
        `INSERT INTO testimonial_helpful_marks (testimonial_id, user_id) VALUES ($1, $2)`,
        [id, reader.id],
      );
    }
    const page = `query($first: Int) { testimonials(first: $first) {
      nodes { id title storyHtml helpfulCount viewerFoundHelpful viewerIsAuthor rejectionNote author { id handle } }
      pageInfo { hasNextPage } } }`;
    const run = (first: number) =>
      t.countQueries(() =>
        reader.gql.ok<{ testimonials: { nodes: { viewerFoundHelpful: boolean; author: unknown }[] } }>(page, {
          first,
        }),
      );
    // A first request, so the reader's token is as recently verified (and cached) for both sizes.
    await reader.gql.ok(page, { first: 1 });
    const small = await run(20);
    const large = await run(100);
    expect(small.result.testimonials.nodes).toHaveLength(20);
    expect(large.result.testimonials.nodes).toHaveLength(100);
    expect(large.result.testimonials.nodes.filter((n) => n.viewerFoundHelpful)).toHaveLength(30);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(4);
  });

  describe('markTestimonialHelpful', () => {
    it('counts once per member: marking again is idempotent', async () => {
      const author = authors[0];
      const target = await publishTestimonial(t, author.gql);
      const first = await reader.gql.ok<{
        markTestimonialHelpful: { helpfulCount: number; viewerFoundHelpful: boolean };
      }>(HELPFUL, { id: target.id });
      expect(first.markTestimonialHelpful).toMatchObject({ helpfulCount: 1, viewerFoundHelpful: true });
      const again = await reader.gql.ok<{ markTestimonialHelpful: { helpfulCount: number } }>(HELPFUL, {
        id: target.id,
      });
      expect(again.markTestimonialHelpful.helpfulCount).toBe(1);
    });

    it('is exact under concurrency: many members and repeated clicks at once', async () => {
      const target = await publishTestimonial(t, authors[1].gql);
      const members = [];
      for (let i = 0; i < 12; i++) members.push(await registerMember(t.gql));
      await Promise.all(
        members.flatMap((m) => [m.gql.ok(HELPFUL, { id: target.id }), m.gql.ok(HELPFUL, { id: target.id })]),
      );
      const [{ helpful_count, marks }] = await t.dataSource.query(
        `SELECT t.helpful_count, (SELECT count(*)::int FROM testimonial_helpful_marks m WHERE m.testimonial_id = t.id) AS marks
           FROM testimonials t WHERE t.id = $1`,
        [target.id],
      );
      expect([helpful_count, marks]).toEqual([12, 12]);
    });

    it('refuses your own (FORBIDDEN) and anything not published', async () => {
      const own = await publishTestimonial(t, reader.gql);
      expect(await reader.gql.errorCode(HELPFUL, { id: own.id })).toBe('FORBIDDEN');
      const pending = await submitTestimonial(authors[2].gql);
      expect(await reader.gql.errorCode(HELPFUL, { id: pending.id })).toBe('NOT_FOUND');
      const withdrawn = seeded.find((s) => s.status === 'WITHDRAWN')!;
      expect(await reader.gql.errorCode(HELPFUL, { id: withdrawn.id })).toBe('NOT_FOUND');
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM testimonial_helpful_marks WHERE testimonial_id = ANY($1)`,
        [[own.id, pending.id, withdrawn.id]],
      );
      expect(n).toBe(0);
    });
  });
});
