import { isRemission, isResponse } from '../testimonial.rules';

/**
 * The durability figures, as pure functions over what the members reported. Definitions:
 * - a check-in is *in response* when its PHQ-9 is at least 50% below the testimonial's baseline (the
 *   PHQ-9 before the first session, which must be above 0) and *in remission* when its PHQ-9 is below 5;
 *   a PHQ-2-only check-in is not scored (PHQ-2 cannot be compared with a PHQ-9 baseline);
 * - a member is *lost to follow-up* at a point whose window closed without a check-in while their
 *   follow-ups were on (see follow-up.rules.ts);
 * - *relapse* is the first scored check-in no longer in response, among members who reported response
 *   when they wrote their testimonial. A member without relapse is censored at their last scored
 *   check-in (so at loss to follow-up, at stopping, or at the last point reached so far).
 */

/** One member (one published testimonial with follow-ups) as the statistics see them. */
export interface DurabilityMember {
  /** PHQ-9 before the first session; null when the testimonial gave none. */
  baseline: number | null;
  /** PHQ-9 when the testimonial was written. */
  atWriting: number | null;
  /** Published check-ins: PHQ-9 when given (null for PHQ-2 only). */
  checkIns: { monthsAfter: number; phq9: number | null }[];
  /** The points at which the member is lost to follow-up. */
  lost: number[];
}

export interface DurabilityPointFigure {
  monthsAfter: number;
  /** Members with a scored check-in at this point. */
  respondents: number;
  responders: number;
  remitters: number;
  lostToFollowUp: number;
  responseRate: number | null;
  remissionRate: number | null;
}

/** Per follow-up point: share still in response and in remission among scored check-ins, and the lost. */
export function durabilityPoints(
  members: readonly DurabilityMember[],
  months: readonly number[],
): DurabilityPointFigure[] {
  return months.map((monthsAfter) => {
    let respondents = 0;
    let responders = 0;
    let remitters = 0;
    let lostToFollowUp = 0;
    for (const member of members) {
      if (member.lost.includes(monthsAfter)) lostToFollowUp += 1;
      const checkIn = member.checkIns.find((c) => c.monthsAfter === monthsAfter);
      if (!checkIn || checkIn.phq9 === null || member.baseline === null || member.baseline <= 0) continue;
      respondents += 1;
      if (isResponse(member.baseline, checkIn.phq9)) responders += 1;
      if (isRemission(checkIn.phq9)) remitters += 1;
    }
    return {
      monthsAfter,
      respondents,
      responders,
      remitters,
      lostToFollowUp,
      responseRate: respondents > 0 ? responders / respondents : null,
      remissionRate: respondents > 0 ? remitters / respondents : null,
    };
  });
}

/** One member's time to relapse: an event (relapse) or a censoring time, in months. */
export interface SurvivalObservation {
  months: number;
  relapsed: boolean;
}

/** The member's time to relapse, or null when they were not in response at writing or have no scored check-in. */
export function relapseObservation(member: DurabilityMember): SurvivalObservation | null {
  const { baseline, atWriting } = member;
  if (baseline === null || atWriting === null || !isResponse(baseline, atWriting)) return null;
  const scored = member.checkIns
    .filter((c): c is { monthsAfter: number; phq9: number } => c.phq9 !== null)
    .sort((a, b) => a.monthsAfter - b.monthsAfter);
  if (scored.length === 0) return null;
  const relapse = scored.find((c) => !isResponse(baseline, c.phq9));
  return relapse
    ? { months: relapse.monthsAfter, relapsed: true }
    : { months: scored[scored.length - 1].monthsAfter, relapsed: false };
}

export interface SurvivalStepFigure {
  months: number;
  survival: number;
  lower: number;
  upper: number;
  /** Members still followed (no relapse, not censored) just before this time. */
  atRisk: number;
  events: number;
  censored: number;
}

/** 1.96: the two-sided 95% normal quantile. */
const Z95 = 1.959963984540054;

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The Kaplan–Meier estimate S(t) = Π (1 − dᵢ/nᵢ) over event times tᵢ ≤ t, with Greenwood's variance
 * Var S(t) = S(t)² Σ dᵢ / (nᵢ (nᵢ − dᵢ)) and the 95% band S ± 1.96·√Var clipped to [0, 1]. Censored
 * members count as at risk at their own time (censoring after events at the same time). The first step
 * is time 0 with everyone at risk; then one step per distinct time of an event or a censoring.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalStepFigure[] {
  const times = [...new Set(observations.map((o) => o.months))].sort((a, b) => a - b);
  let atRisk = observations.length;
  let survival = 1;
  let greenwood = 0;
  const steps: SurvivalStepFigure[] = [
    { months: 0, survival: 1, lower: 1, upper: 1, atRisk, events: 0, censored: 0 },
  ];
  for (const months of times) {
    const here = observations.filter((o) => o.months === months);
    const events = here.filter((o) => o.relapsed).length;
    const censored = here.length - events;
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwood = atRisk > events ? greenwood + events / (atRisk * (atRisk - events)) : Infinity;
    }
    const se = survival === 0 ? 0 : survival * Math.sqrt(greenwood);
    steps.push({
      months,
      survival,
      lower: clamp(survival - Z95 * se),
      upper: clamp(survival + Z95 * se),
      atRisk,
      events,
      censored,
    });
    atRisk -= here.length;
  }
  return steps;
}
