import { durabilityPoints, kaplanMeier, relapseObservation, type DurabilityMember } from './durability.stats';

const member = (over: Partial<DurabilityMember>): DurabilityMember => ({
  baseline: 20,
  atWriting: 8,
  checkIns: [],
  lost: [],
  ...over,
});

describe('still responding at each point', () => {
  it('counts response, remission and loss to follow-up per point (hand-computed)', () => {
    const members = [
      // baseline 20: response means PHQ-9 ≤ 10; remission < 5.
      member({
        checkIns: [
          { monthsAfter: 1, phq9: 4 },
          { monthsAfter: 3, phq9: 10 },
        ],
      }),
      member({ checkIns: [{ monthsAfter: 1, phq9: 11 }], lost: [3] }),
      member({
        baseline: 9,
        checkIns: [
          { monthsAfter: 1, phq9: 5 },
          { monthsAfter: 3, phq9: 3 },
        ],
      }),
      // PHQ-2 only at 1 month: not scored, not lost.
      member({ checkIns: [{ monthsAfter: 1, phq9: null }], lost: [3] }),
      // No baseline: never scored.
      member({ baseline: null, checkIns: [{ monthsAfter: 1, phq9: 2 }] }),
    ];
    const [one, three, six] = durabilityPoints(members, [1, 3, 6]);
    // 1 month: scored 4, 11, 5 → respondents 3; response 4 (≤10) and 5 (≤4.5? no: 5*2=10 > 9) → 1; remission 4 → 1.
    expect(one).toEqual({
      monthsAfter: 1,
      respondents: 3,
      responders: 1,
      remitters: 1,
      lostToFollowUp: 0,
      responseRate: 1 / 3,
      remissionRate: 1 / 3,
    });
    // 3 months: 10 (baseline 20: response, no remission) and 3 (baseline 9: response and remission).
    expect(three).toMatchObject({ respondents: 2, responders: 2, remitters: 1, lostToFollowUp: 2 });
    expect(three.responseRate).toBe(1);
    expect(three.remissionRate).toBe(0.5);
    expect(six).toMatchObject({ respondents: 0, lostToFollowUp: 0, responseRate: null, remissionRate: null });
  });
});

describe('time to relapse', () => {
  it('relapse is the first scored check-in out of response; otherwise censored at the last one', () => {
    const checkIns = [
      { monthsAfter: 6, phq9: 12 },
      { monthsAfter: 1, phq9: 6 },
      { monthsAfter: 3, phq9: null },
    ];
    expect(relapseObservation(member({ checkIns }))).toEqual({ months: 6, relapsed: true });
    expect(relapseObservation(member({ checkIns: checkIns.slice(1) }))).toEqual({
      months: 1,
      relapsed: false,
    });
    // Not in response when the testimonial was written, no baseline, or nothing scored: not in the analysis.
    expect(relapseObservation(member({ atWriting: 15, checkIns }))).toBeNull();
    expect(relapseObservation(member({ baseline: null, checkIns }))).toBeNull();
    expect(relapseObservation(member({ checkIns: [{ monthsAfter: 3, phq9: null }] }))).toBeNull();
  });

  it('Kaplan–Meier with censoring and Greenwood bands, computed by hand', () => {
    // Eight members: relapse at 1; censored at 1; relapses at 3, 3; censored at 3; censored at 6;
    // relapse at 6; censored at 12.
    const steps = kaplanMeier([
      { months: 1, relapsed: true },
      { months: 1, relapsed: false },
      { months: 3, relapsed: true },
      { months: 3, relapsed: true },
      { months: 3, relapsed: false },
      { months: 6, relapsed: false },
      { months: 6, relapsed: true },
      { months: 12, relapsed: false },
    ]);
    expect(steps.map((s) => [s.months, s.atRisk, s.events, s.censored])).toEqual([
      [0, 8, 0, 0],
      [1, 8, 1, 1],
      [3, 6, 2, 1],
      [6, 3, 1, 1],
      [12, 1, 0, 1],
    ]);
    // S(1) = 7/8; S(3) = 7/8 · 4/6 = 7/12; S(6) = 7/12 · 2/3 = 7/18; S(12) = S(6).
    const expected = [1, 0.875, 0.583333, 0.388889, 0.388889];
    steps.forEach((s, i) => expect(s.survival).toBeCloseTo(expected[i], 5));
    // Greenwood: Σ d/(n(n−d)) = 1/56; + 2/24; + 1/6. SE = S·√Σ.
    // t=1: SE = 0.875·√(1/56) = 0.116927 → [0.645828, 1 (clipped from 1.104172)]
    expect(steps[1].lower).toBeCloseTo(0.645828, 5);
    expect(steps[1].upper).toBe(1);
    // t=3: Σ = 0.101190, SE = 0.583333·0.318105 = 0.185561 → [0.219641, 0.947026]
    expect(steps[2].lower).toBeCloseTo(0.219641, 5);
    expect(steps[2].upper).toBeCloseTo(0.947026, 5);
    // t=6: Σ = 0.267857, SE = 0.388889·0.517549 = 0.201269 → [0 (clipped from −0.005591), 0.783369]
    expect(steps[3].lower).toBe(0);
    expect(steps[3].upper).toBeCloseTo(0.783369, 5);
    expect(steps[4].upper).toBeCloseTo(0.783369, 5);
  });

  it('everyone relapsing at once gives S = 0 with a closed band; nobody gives one step at 1', () => {
    const all = kaplanMeier([
      { months: 3, relapsed: true },
      { months: 3, relapsed: true },
    ]);
    expect(all[1]).toEqual({ months: 3, survival: 0, lower: 0, upper: 0, atRisk: 2, events: 2, censored: 0 });
    expect(kaplanMeier([])).toEqual([
      { months: 0, survival: 1, lower: 1, upper: 1, atRisk: 0, events: 0, censored: 0 },
    ]);
  });
});
