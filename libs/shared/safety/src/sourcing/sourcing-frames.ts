import { spanOf, type Sentence } from '../analysis/analyse';
import { isNegated } from '../analysis/context';
import { compile, matchSlots, PatternIndex, tokenIs, type Slot } from '../analysis/slots';
import { DRUG, SOURCING_FRAMES, type SourcingFrame } from './sourcing.frames';

export interface SourcingHit {
  frame: SourcingFrame;
  span: string;
  negated: boolean;
}

const COMPILED: readonly { frame: SourcingFrame; slots: Slot[]; required: boolean[] }[] =
  SOURCING_FRAMES.flatMap((frame) =>
    frame.patterns.map((pattern) => {
      const slots = compile(pattern);
      return { frame, slots, required: slots.map((s) => s.negated || s.free) };
    }),
  );
const INDEX = new PatternIndex(COMPILED.map((c) => c.slots));
const DRUG_WORDS: ReadonlySet<string> = new Set(DRUG.split('|'));
const PHONE = /(?:\+?\d[\d ()-]{6,}\d)/;
const HANDLE = /^@[a-z0-9_.]{3,}$/i;
const EMAIL_TYPES: ReadonlySet<string> = new Set(['email', 'mention']);

/** A drug named or implied anywhere in the text (a handle like @k_vendor counts). */
export function namesDrug(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) =>
    s.tokens.some((t) => tokenIs(t, DRUG_WORDS) || (t.value.startsWith('@') && /k|ket/i.test(t.value))),
  );
}

/** Every sourcing frame in the sentences, with contact details (phone numbers, handles, e-mail). */
export function findSourcingFrames(sentences: readonly Sentence[], text: string): SourcingHit[] {
  const drug = namesDrug(sentences);
  const hits: SourcingHit[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    // One hit a frame a sentence: the first of its patterns that matches.
    const matched = new Set<SourcingFrame>();
    for (const id of INDEX.candidates(sentence.words)) {
      const { frame, slots, required } = COMPILED[id];
      if ((frame.needsDrug && !drug) || matched.has(frame)) continue;
      const match = matchSlots(tokens, slots);
      if (match === null) continue;
      matched.add(frame);
      hits.push({
        frame,
        span: spanOf(tokens, match.start, match.end),
        negated: isNegated(tokens, match.slotTokens, required),
      });
    }
    if (drug) {
      const contact = tokens.find((t) => EMAIL_TYPES.has(t.type) || HANDLE.test(t.value));
      const contactFrame = SOURCING_FRAMES.find((f) => f.category === 'contact-channel');
      if (contact !== undefined && contactFrame !== undefined) {
        hits.push({ frame: contactFrame, span: contact.value, negated: false });
      }
    }
  }
  const phone = drug ? PHONE.exec(text) : null;
  const phoneFrame = SOURCING_FRAMES.find((f) => f.category === 'contact-channel');
  if (phone !== null && phone[0].replace(/\D/g, '').length >= 7 && phoneFrame !== undefined) {
    hits.push({ frame: phoneFrame, span: phone[0].trim(), negated: false });
  }
  return hits;
}

/** Sourcing frames as classifier features. */
export function sourcingFeatures(hits: readonly SourcingHit[]): string[] {
  const out = hits.map((h) => `S:${h.frame.category}:${h.negated ? 'negated' : 'counted'}`);
  if (out.length === 0) out.push('S:none');
  return out;
}
