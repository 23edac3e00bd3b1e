import { spanOf, type Sentence, type Token } from '../analysis/analyse';
import {
  cameThrough,
  isDistanced,
  isJoking,
  isNegated,
  isPast,
  isQuestioned,
  personOf,
  toldInThePast,
  type Person,
} from '../analysis/context';
import { compile, matchSlots, PatternIndex, tokenIs, type Slot } from '../analysis/slots';
import { CRISIS_FRAMES, type CrisisFrame } from './crisis.frames';
import { TIME } from './time-words';

/** A frame found in a sentence, and whether it counts. */
export interface FrameHit {
  frame: CrisisFrame;
  sentence: number;
  span: string;
  person: Person;
  negated: boolean;
  past: boolean;
  distanced: boolean;
}

interface CompiledPattern {
  frame: CrisisFrame;
  slots: Slot[];
  /** Slots whose negation scope does not count against the match (`~` and `?`). */
  required: boolean[];
  /**
   * The pattern holds its own negation (a `~` slot, or a slot of "not", "never", "won't"): "i don't have
   * any hope", "i won't see the new year". Other words in the same scope do not negate it.
   */
  ownNegation: boolean;
  unlessAfter: ReadonlySet<string>;
}

const OWN_NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', "won't", 'wont', "don't", 'dont']);

const COMPILED: readonly CompiledPattern[] = CRISIS_FRAMES.flatMap((frame) =>
  frame.patterns.map((pattern) => {
    const slots = compile(pattern);
    return {
      frame,
      slots,
      required: slots.map((s) => s.negated || s.free),
      ownNegation: slots.some((s) => s.negated || [...s.words].some((w) => OWN_NEGATORS.has(w))),
      unlessAfter: new Set(frame.unlessAfter ?? []),
    };
  }),
);
const INDEX = new PatternIndex(COMPILED.map((c) => c.slots));
const TIME_WORDS: ReadonlySet<string> = new Set(TIME.split('|'));
/** Frames whose words can name the topic rather than the writer's state ("lithium reduces suicide"). */
const TOPICAL: ReadonlySet<string> = new Set(['named-ideation', 'wish-to-be-dead', 'passive-ideation']);
/** Intents that, with a time, make a plan. */
const PLANNABLE: ReadonlySet<string> = new Set(['active-ideation', 'method-named', 'slang']);
const PLAN_WITH_TIME = CRISIS_FRAMES.find((f) => f.category === 'plan-with-time' && f.strength === 'strong');

/** The frame counts: the writer's or someone else's own present intent or act, not negated, not past, not a story. */
export function counts(hit: FrameHit): boolean {
  return !hit.negated && !hit.past && !hit.distanced && hit.person !== 'none';
}

/** Every crisis frame in the sentences. */
export function findCrisisFrames(sentences: readonly Sentence[]): FrameHit[] {
  const hits: FrameHit[] = [];
  sentences.forEach((sentence, index) => {
    const past = isPast(sentence);
    const distanced = isDistanced(sentence);
    // A joke lightens words about wishes and thoughts, never an act or a plan ("swallowed em all lol").
    const joking = isJoking(sentence);
    const tokens = sentence.tokens;
    const found: FrameHit[] = [];
    for (const id of INDEX.candidates(sentence.words)) {
      const compiled = COMPILED[id];
      let match = matchSlots(tokens, compiled.slots);
      while (match !== null) {
        const next = tokens[match.end];
        // An innocent reading ("end it with my boyfriend") is kept as a negated hit: it discounts the window.
        const innocent = next !== undefined && tokenIs(next, compiled.unlessAfter);
        found.push({
          frame: compiled.frame,
          sentence: index,
          span: spanOf(tokens, match.start, match.end),
          person: personOf(tokens, match.start, match.end, TOPICAL.has(compiled.frame.category)),
          negated:
            innocent || (!compiled.ownNegation && isNegated(tokens, match.slotTokens, compiled.required)),
          past,
          distanced:
            distanced ||
            (joking && compiled.frame.level !== 'IMMINENT') ||
            isQuestioned(sentences, index, match.start),
        });
        match = matchSlots(tokens, compiled.slots, match.end);
      }
    }
    const intent = found.find(
      (h) => counts(h) && h.frame.strength === 'strong' && PLANNABLE.has(h.frame.category),
    );
    // The time may come in the same sentence or, in chat, as the next short line ("... / tonight").
    const time = tokens.find((t) => tokenIs(t, TIME_WORDS)) ?? nextLineTime(sentences[index + 1]);
    if (intent !== undefined && time !== undefined && PLAN_WITH_TIME !== undefined) {
      found.push({ ...intent, frame: PLAN_WITH_TIME, span: `${intent.span} … ${time.value}` });
    }
    hits.push(...found);
  });
  return comeThrough(sentences, hits);
}

/** Thoughts and acts the writer may tell of having come through: ideation, burden, hopelessness, self-harm. */
const OUTGROWN: ReadonlySet<string> = new Set([
  'named-ideation',
  'active-ideation',
  'wish-to-be-dead',
  'passive-ideation',
  'burden',
  'hopelessness',
  'self-harm-act',
]);

/**
 * Recovered past across sentences: a text that says the writer has come through (a sentence with no frame
 * of its own, "it hasn't come back since") makes the thoughts it told of in the past tense past ("I was
 * suicidal most of my first year").
 */
function comeThrough(sentences: readonly Sentence[], hits: FrameHit[]): FrameHit[] {
  const framed = new Set(hits.map((h) => h.sentence));
  if (!sentences.some((s, i) => !framed.has(i) && cameThrough(s))) return hits;
  return hits.map((h) =>
    !h.past && OUTGROWN.has(h.frame.category) && toldInThePast(sentences[h.sentence])
      ? { ...h, past: true }
      : h,
  );
}

/** Words a short line may have for its time to belong to the line before ("tonight", "after my shift"). */
const SHORT_LINE = 6;

function nextLineTime(next: Sentence | undefined): Token | undefined {
  if (next === undefined) return undefined;
  const words = next.tokens.filter((t) => t.type !== 'punctuation');
  return words.length <= SHORT_LINE ? words.find((t) => tokenIs(t, TIME_WORDS)) : undefined;
}

/** The frames of some sentences as classifier features: category, strength and whether it counts. */
export function frameFeatures(hits: readonly FrameHit[], from = 0, to = Number.MAX_SAFE_INTEGER): string[] {
  const out: string[] = [];
  for (const h of hits) {
    if (h.sentence < from || h.sentence >= to) continue;
    const state = h.negated ? 'negated' : h.past ? 'past' : h.distanced ? 'distanced' : h.person;
    out.push(`F:${h.frame.category}:${h.frame.strength}:${state}`, `F:${h.frame.level}:${state}`);
  }
  if (out.length === 0) out.push('F:none');
  return out;
}
