import { analyse, spanOf, type Sentence } from './analysis/analyse';
import { speaksOfSomeoneElse } from './analysis/context';
import { counts, findCrisisFrames, frameFeatures, type FrameHit } from './crisis/crisis-frames';
import { model, predictSentences, type SafetyModel } from './model/model';
import { findSourcingFrames, sourcingFeatures } from './sourcing/sourcing-frames';
import {
  levelRank,
  maxLevel,
  type CrisisGrade,
  type RiskLevel,
  type SafetyGrade,
  type SafetySignal,
  type SourcingGrade,
} from './types';

/**
 * The combining rule's thresholds (tuned by cross-validation over train and dev, never on test). The
 * classifier grades a window a crisis when P(level ≥ CONCERN) reaches `CONCERN`, then HIGH or IMMINENT
 * when P(level ≥ it) reaches its own threshold (see `classifierLevel`); a window whose only frames are
 * negated, past or in a story needs `discounted` instead; a strong frame counts unless every window
 * holding it has P(≥ CONCERN) under `frame` (the classifier, which sees the frame, all but rules it
 * out: "bought rope for the sailboat"); weak frames count once P(≥ CONCERN) reaches `context`; a one-word
 * text with no frame needs `word`.
 */
export const THRESHOLDS: Thresholds = {
  crisis: {
    CONCERN: 0.5,
    HIGH: 0.3,
    IMMINENT: 0.5,
    alone: 0.5,
    part: 0.9,
    discounted: 0.92,
    frame: 0.3,
    context: 0.4,
    word: 0.9,
  },
  sourcing: { alone: 0.6, withFrame: 0.25, licensed: 0.9 },
};

/** Words of licensed care: with them and no sourcing frame, the classifier alone needs `licensed`. */
const LICENSED = new Set(
  'clinic clinics licensed psychiatrist prescriber doctor insurance telehealth pharmacy pharmacist vet prescribed'.split(
    ' ',
  ),
);

export interface Thresholds {
  crisis: {
    CONCERN: number;
    HIGH: number;
    IMMINENT: number;
    alone: number;
    /** `alone` for a two-sentence window of a longer text: a long text has many windows to err in. */
    part: number;
    discounted: number;
    frame: number;
    context: number;
    /** `alone` for a one-word text ("tonight"): too little to go on; chat grades it with the lines before. */
    word: number;
  };
  sourcing: { alone: number; withFrame: number; licensed: number };
}

interface Window {
  from: number;
  to: number;
  probs: number[];
}

/** The whole text, and (when longer than two sentences) each pair of neighbouring sentences. */
export function windows(sentences: readonly Sentence[]): { from: number; to: number }[] {
  const all = [{ from: 0, to: sentences.length }];
  if (sentences.length > 2) {
    for (let i = 0; i < sentences.length; i += 1)
      all.push({ from: i, to: Math.min(i + 2, sentences.length) });
  }
  return all;
}

function windowText(sentences: readonly Sentence[], w: { from: number; to: number }): string {
  return sentences
    .slice(w.from, w.to)
    .map((s) => spanOf(s.tokens, 0, s.tokens.length))
    .join(' ')
    .slice(0, 300);
}

function atLeast(probs: readonly number[], level: RiskLevel): number {
  let p = 0;
  for (let i = levelRank(level); i < probs.length; i += 1) p += probs[i];
  return p;
}

/** How a window's frames back its classifier grade (see `THRESHOLDS`). */
export type Support = 'counted' | 'discounted' | 'alone';

/**
 * The classifier's level for one window, in two steps. Whether it is a crisis at all: P(≥ CONCERN)
 * reaches the gate its support sets (`CONCERN`, `discounted`, or the larger of `CONCERN` and `alone`).
 * Then how severe, once it is: the highest of HIGH and IMMINENT whose P(≥ level) reaches its own
 * threshold, which may sit below the gate (a crisis that is probably not HIGH may still well be).
 */
export function classifierLevel(
  probs: readonly number[],
  support: Support,
  alone: number,
  thresholds: Thresholds['crisis'] = THRESHOLDS.crisis,
): RiskLevel {
  const gate =
    support === 'discounted'
      ? thresholds.discounted
      : support === 'alone'
        ? Math.max(thresholds.CONCERN, alone)
        : thresholds.CONCERN;
  if (atLeast(probs, 'CONCERN') < gate) return 'NONE';
  let level: RiskLevel = 'CONCERN';
  for (const candidate of ['HIGH', 'IMMINENT'] as const) {
    if (atLeast(probs, candidate) >= thresholds[candidate]) level = candidate;
  }
  return level;
}

function frameSignal(hit: FrameHit): SafetySignal {
  return { detector: 'crisis', category: hit.frame.category, label: hit.frame.label, span: hit.span };
}

function dedupe(signals: SafetySignal[]): SafetySignal[] {
  const seen = new Set<string>();
  return signals.filter((s) => {
    const key = `${s.detector}|${s.category}|${s.span}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function gradeCrisis(sentences: readonly Sentence[], using: SafetyModel = model()): CrisisGrade {
  const hits = findCrisisFrames(sentences);
  const counted = hits.filter(counts);
  const discountedSentences = new Set(hits.filter((h) => !counts(h)).map((h) => h.sentence));
  const countedSentences = new Set(counted.map((h) => h.sentence));
  const head = using.crisis;
  let wordCount = 0;
  for (const s of sentences) for (const t of s.tokens) if (t.type === 'word') wordCount += 1;
  const oneWord = wordCount <= 1;
  let best: { level: RiskLevel; window: Window } | null = null;
  let context = 0;
  const confirmed = new Set<FrameHit>();
  for (const w of windows(sentences)) {
    const probs = predictSentences(head, sentences.slice(w.from, w.to), frameFeatures(hits, w.from, w.to));
    if (atLeast(probs, 'CONCERN') >= THRESHOLDS.crisis.frame) {
      for (const h of counted) if (h.sentence >= w.from && h.sentence < w.to) confirmed.add(h);
    }
    let discounted = false;
    let anyCounted = false;
    for (let s = w.from; s < w.to; s += 1) {
      if (discountedSentences.has(s)) discounted = true;
      if (countedSentences.has(s)) anyCounted = true;
    }
    const support: Support = anyCounted ? 'counted' : discounted ? 'discounted' : 'alone';
    const alone =
      w.to - w.from < sentences.length
        ? THRESHOLDS.crisis.part
        : oneWord
          ? THRESHOLDS.crisis.word
          : THRESHOLDS.crisis.alone;
    const level = classifierLevel(probs, support, alone);
    if (!(discounted && !anyCounted)) context = Math.max(context, atLeast(probs, 'CONCERN'));
    if (best === null || levelRank(level) > levelRank(best.level)) best = { level, window: { ...w, probs } };
  }
  const strong = counted.filter((h) => h.frame.strength === 'strong' && confirmed.has(h));
  let strongLevel: RiskLevel = 'NONE';
  for (const h of strong) strongLevel = maxLevel(strongLevel, h.frame.level);
  const inCrisis = strongLevel !== 'NONE' || context >= THRESHOLDS.crisis.context;
  const weak = inCrisis ? counted.filter((h) => h.frame.strength === 'weak') : [];
  let frameLevel = strongLevel;
  for (const h of weak) frameLevel = maxLevel(frameLevel, h.frame.level);
  const classified = best?.level ?? 'NONE';
  const level = maxLevel(frameLevel, classified);
  const signals = [...strong, ...weak].filter((h) => levelRank(h.frame.level) > 0).map(frameSignal);
  if (levelRank(classified) > levelRank(frameLevel) && best !== null) {
    signals.push({
      detector: 'crisis',
      category: 'classifier',
      label: `wording like ${classified} messages`,
      span: windowText(sentences, best.window),
    });
  }
  const used = [...strong, ...weak];
  const thirdParty =
    level !== 'NONE' &&
    (used.length > 0 ? used.every((h) => h.person === 'third') : speaksOfSomeoneElse(sentences));
  return { level, thirdParty, signals: level === 'NONE' ? [] : dedupe(signals) };
}

export function gradeSourcing(
  sentences: readonly Sentence[],
  text: string,
  using: SafetyModel = model(),
): SourcingGrade {
  const found = findSourcingFrames(sentences, text);
  const hits = found.filter((h) => !h.negated);
  const p = predictSentences(using.sourcing, sentences, sourcingFeatures(found))[1];
  const categories = new Set(hits.map((h) => h.frame.category));
  const licensed = sentences.some((s) => s.tokens.some((t) => LICENSED.has(t.lemma)));
  const alone = licensed ? THRESHOLDS.sourcing.licensed : THRESHOLDS.sourcing.alone;
  const detected =
    p >= alone || (hits.length > 0 && p >= THRESHOLDS.sourcing.withFrame) || categories.size >= 3;
  const signals: SafetySignal[] = hits.map((h) => ({
    detector: 'sourcing',
    category: h.frame.category,
    label: h.frame.label,
    span: h.span,
  }));
  if (detected && signals.length === 0) {
    signals.push({
      detector: 'sourcing',
      category: 'classifier',
      label: 'wording like sourcing messages',
      span: windowText(sentences, { from: 0, to: sentences.length }),
    });
  }
  return { detected, signals: detected ? dedupe(signals) : [] };
}

/** Grades a text for crisis risk and drug sourcing. */
export function gradeText(text: string, using: SafetyModel = model()): SafetyGrade {
  const sentences = analyse(text);
  return { crisis: gradeCrisis(sentences, using), sourcing: gradeSourcing(sentences, text, using) };
}
