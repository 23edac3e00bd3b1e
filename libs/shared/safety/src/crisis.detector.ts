import { CRISIS_FIGURATIVE } from './crisis-figurative.patterns';
import { CRISIS_SIGNAL_PATTERNS } from './crisis-signals.patterns';
import { CRISIS_CATEGORIES, CRISIS_CORE_PATTERNS, type CrisisCategory } from './crisis.patterns';
import { normalizeText } from './normalize';
import { matchPhrases, type PhraseMatch, type PhrasePattern } from './phrase-matcher';
import type { CrisisDetection, DetectionExplanation } from './types';

export const CRISIS_PATTERNS: readonly PhrasePattern<CrisisCategory>[] = [
  ...CRISIS_CORE_PATTERNS,
  ...CRISIS_SIGNAL_PATTERNS,
];

/**
 * Crisis language in a member's text: suicidal intent or ideation, plans, means, timing, goodbyes,
 * self-harm, burden and hopelessness. Negations, hypotheticals, other people's situations,
 * quotations, recovery stories and figures of speech are not counted.
 */
export function detectCrisis(text: string): CrisisDetection {
  return toDetection(findCrisis(normalizeText(text)));
}

/** The same check, with the pattern ids behind it (for moderators and tuning). */
export function explainCrisis(text: string): DetectionExplanation {
  const normalized = normalizeText(text);
  return {
    normalized,
    hits: findCrisis(normalized).map((m) => ({
      id: m.pattern.id,
      name: m.pattern.name,
      excerpt: normalized.slice(m.start, m.end),
    })),
  };
}

function findCrisis(normalized: string): PhraseMatch<PhrasePattern<CrisisCategory>>[] {
  return matchPhrases(normalized, CRISIS_PATTERNS, { figurative: CRISIS_FIGURATIVE });
}

function toDetection(found: readonly PhraseMatch<PhrasePattern<CrisisCategory>>[]): CrisisDetection {
  const matches = CRISIS_CATEGORIES.filter((category) => found.some((m) => m.pattern.name === category));
  return { detected: matches.length > 0, matches };
}
