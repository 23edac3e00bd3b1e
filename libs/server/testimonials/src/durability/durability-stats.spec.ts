import { registerMember, type TestApp } from '@haven/server/testing';
import { createTestimonialsApp } from '../testimonial.fixtures';
import { TestimonialStatsService } from '../testimonial-stats.service';
import { DurabilityStatsService } from './durability-stats.service';

const NOW = new Date('2027-06-01T00:00:00Z');
const QUERY = `query($modality: TreatmentModality, $maintenance: Boolean) {
  durabilityStats(modality: $modality, maintenance: $maintenance) {
    members followedUp minimumMembers
    points { monthsAfter respondents responders remitters lostToFollowUp responseRate remissionRate }
    curve { months survival lower upper atRisk events censored } } }`;

describe('durability statistics over real rows', () => {
  let t: TestApp;
  let authorId: string;

  /** A published testimonial with follow-ups on since the first session, and its check-ins. */
  async function member(
    modality: string,
    baseline: number,
    atWriting: number,
    checkIns: [number, number | null, number][],
    status = 'PUBLISHED',
  ): Promise<string> {
    const [{ id }] = (await t.dataSource.query(
      `INSERT INTO testimonials (author_id, title, story, modality, overall_rating, relief_onset, relief_duration,
         phq9_before, phq9_after, status, published_at, first_session_date, follow_ups_enabled, follow_ups_enabled_at)
       VALUES ($1, 'A title here', $2, $3, 4, 'WITHIN_DAYS', 'MONTHS', $4, $5, $6, now(), '2026-01-01', true, '2026-01-01')
       RETURNING id`,
      [authorId, 'x'.repeat(60), modality, baseline, atWriting, status],
    )) as { id: string }[];
    for (const [months, phq9, maintenance] of checkIns) {
      await t.dataSource.query(
        `INSERT INTO testimonial_check_ins (testimonial_id, months_after, phq9, phq2, still_relieved, maintenance_sessions, status, published_at)
         VALUES ($1, $2, $3, $4, 'YES', $5, 'PUBLISHED', now())`,
        [id, months, phq9, phq9 === null ? 2 : null, maintenance],
      );
    }
    return id;
  }

  beforeAll(async () => {
    t = await createTestimonialsApp();
    authorId = (await registerMember(t.gql)).id;
    // Baseline 20 (response ≤ 10), first session 2026-01-01; at NOW every point (1, 3, 6, 12 months) is closed.
    await member('IV_INFUSION', 20, 6, [
      [1, 4, 0],
      [3, 8, 1],
      [6, 9, 0],
      [12, 12, 0],
    ]); // relapse at 12
    await member('IV_INFUSION', 20, 8, [[1, 12, 0]]); // relapse at 1; lost at 3, 6, 12
    await member('IV_INFUSION', 20, 5, [
      [1, 6, 2],
      [3, 3, 0],
    ]); // censored at 3; lost at 6, 12
    await member('ESKETAMINE_NASAL_SPRAY', 20, 9, [
      [1, 9, 0],
      [3, null, 0],
      [6, 14, 0],
    ]); // relapse at 6; lost at 12
    await member('ESKETAMINE_NASAL_SPRAY', 20, 10, [
      [1, 7, 0],
      [3, 6, 0],
      [6, 5, 0],
      [12, 4, 0],
    ]); // censored at 12
    await member('IV_INFUSION', 20, 16, [[1, 9, 0]]); // not in response at writing: points only
    await member('IV_INFUSION', 20, 6, [[1, 2, 0]], 'PENDING_REVIEW'); // not published: never counted
  });
  afterAll(() => t.close());

  it('computes each point and the Kaplan–Meier curve from the stored rows', async () => {
    const stats = await t.app.get(DurabilityStatsService).compute(null, null, NOW);
    expect(stats.followedUp).toBe(6);
    expect(stats.members).toBe(5);
    expect(
      stats.points.map((p) => [p.monthsAfter, p.respondents, p.responders, p.remitters, p.lostToFollowUp]),
    ).toEqual([
      [1, 6, 5, 1, 0], // 4 6 7 9 9 ≤ 10 respond; 12 does not; remission: 4 only (2 is unpublished)
      [3, 3, 3, 1, 2], // 8, 3, 6 (the PHQ-2 check-in is not scored); lost: members 2, 6
      [6, 3, 2, 0, 3], // 9, 14, 5; lost: members 2, 3, 6
      [12, 2, 1, 1, 4], // 12, 4; lost: members 2, 3, 4, 6
    ]);
    // Observations: 12 event, 1 event, 3 censored, 6 event, 12 censored.
    expect(stats.curve.map((s) => [s.months, s.atRisk, s.events, s.censored])).toEqual([
      [0, 5, 0, 0],
      [1, 5, 1, 0],
      [3, 4, 0, 1],
      [6, 3, 1, 0],
      [12, 2, 1, 1],
    ]);
    // S(1) = 4/5; S(6) = 4/5 · 2/3; S(12) = S(6) · 1/2.
    expect(stats.curve.map((s) => Number(s.survival.toFixed(6)))).toEqual([1, 0.8, 0.8, 0.533333, 0.266667]);
  });

  it('splits by modality and maintenance; a split under 5 members gets no curve', async () => {
    const spray = await t.app
      .get(DurabilityStatsService)
      .compute('ESKETAMINE_NASAL_SPRAY' as never, null, NOW);
    expect(spray).toMatchObject({ members: 2, followedUp: 2, curve: [] });
    expect(spray.points[0]).toMatchObject({ respondents: 2, responders: 2 });
    const maintained = await t.app.get(DurabilityStatsService).compute(null, true, NOW);
    expect(maintained).toMatchObject({ members: 2, followedUp: 2, curve: [] });
    const without = await t.app.get(DurabilityStatsService).compute(null, false, NOW);
    expect(without.followedUp).toBe(4);
  });

  it('is served to visitors, cached, and recomputed after an invalidation', async () => {
    const first = await t.gql.ok<{ durabilityStats: { members: number; minimumMembers: number } }>(QUERY);
    expect(first.durabilityStats).toMatchObject({ members: 5, minimumMembers: 5 });
    await member('IV_INFUSION', 20, 6, [[1, 4, 0]]);
    expect((await t.gql.ok<{ durabilityStats: { members: number } }>(QUERY)).durabilityStats.members).toBe(5);
    await t.app.get(TestimonialStatsService).invalidate();
    expect((await t.gql.ok<{ durabilityStats: { members: number } }>(QUERY)).durabilityStats.members).toBe(6);
    expect(await t.gql.errorCode(QUERY, { modality: 'PILL' })).toBe('BAD_USER_INPUT');
  });
});
