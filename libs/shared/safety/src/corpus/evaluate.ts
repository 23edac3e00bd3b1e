import type { CorpusRecord } from './corpus';
import { levelRank, RISK_LEVELS, type RiskLevel, type SafetyGrade } from '../types';

export interface Evaluation {
  texts: number;
  crisis: {
    precision: number;
    recall: number;
    falsePositiveRate: number;
    /** HIGH and IMMINENT texts graded at least HIGH. */
    highRecall: number;
    recallByCategory: Record<string, { texts: number; recall: number }>;
    /** confusion[expected][graded] */
    confusion: Record<RiskLevel, Record<RiskLevel, number>>;
    thirdPartyRecall: number;
  };
  sourcing: { recall: number; falsePositiveRate: number; positives: number; negatives: number };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Scores graded texts against their labels. */
export function evaluate(records: readonly CorpusRecord[], grade: (text: string) => SafetyGrade): Evaluation {
  const confusion = Object.fromEntries(
    RISK_LEVELS.map((e) => [e, Object.fromEntries(RISK_LEVELS.map((g) => [g, 0]))]),
  ) as Record<RiskLevel, Record<RiskLevel, number>>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let high = 0;
  let highHit = 0;
  let third = 0;
  let thirdHit = 0;
  const byCategory: Record<string, { texts: number; hits: number }> = {};
  let sp = 0;
  let spHit = 0;
  let sn = 0;
  let snHit = 0;
  for (const r of records) {
    const g = grade(r.text);
    confusion[r.level][g.crisis.level] += 1;
    const expected = r.level !== 'NONE';
    const found = g.crisis.level !== 'NONE';
    if (expected && found) tp += 1;
    else if (expected) fn += 1;
    else if (found) fp += 1;
    else tn += 1;
    if (expected) {
      const c = (byCategory[r.category] ??= { texts: 0, hits: 0 });
      c.texts += 1;
      if (found) c.hits += 1;
    }
    if (levelRank(r.level) >= 2) {
      high += 1;
      if (levelRank(g.crisis.level) >= 2) highHit += 1;
    }
    if (r.thirdParty) {
      third += 1;
      if (found && g.crisis.thirdParty) thirdHit += 1;
    }
    if (r.sourcing) {
      sp += 1;
      if (g.sourcing.detected) spHit += 1;
    } else {
      sn += 1;
      if (g.sourcing.detected) snHit += 1;
    }
  }
  return {
    texts: records.length,
    crisis: {
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      falsePositiveRate: ratio(fp, fp + tn),
      highRecall: ratio(highHit, high),
      recallByCategory: Object.fromEntries(
        Object.entries(byCategory)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, { texts: v.texts, recall: ratio(v.hits, v.texts) }]),
      ),
      confusion,
      thirdPartyRecall: ratio(thirdHit, third),
    },
    sourcing: { recall: ratio(spHit, sp), falsePositiveRate: ratio(snHit, sn), positives: sp, negatives: sn },
  };
}
