import type { Token } from './analyse';

/**
 * A slot pattern: slots separated by spaces, each a set of words joined by `|` that a token's
 * lower-case form or lemma must be one of. Between two slots `*` allows up to 4 other tokens and `**`
 * up to 8; without it the slots are adjacent. A slot starting with `~` must itself be inside a
 * negation's scope ("hope i don't ~wake"); one starting with `?` may be either ("without ?me").
 */
export interface Slot {
  words: ReadonlySet<string>;
  negated: boolean;
  /** `?` prefix: negation scope does not matter here (after "without", say). */
  free: boolean;
  gap: number;
}

export interface SlotMatch {
  start: number;
  end: number;
  /** Tokens of the slots themselves (not the gaps between them). */
  slotTokens: number[];
}

const BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?', '(', ')']);
const GAPS: Readonly<Record<string, number>> = { '*': 4, '**': 8 };

export function compile(pattern: string): Slot[] {
  const slots: Slot[] = [];
  let gap = 0;
  for (const part of pattern.trim().split(/\s+/)) {
    if (part in GAPS) {
      gap = GAPS[part];
      continue;
    }
    const negated = part.startsWith('~');
    const free = part.startsWith('?');
    const list = negated || free ? part.slice(1) : part;
    slots.push({ words: new Set(list.split('|')), negated, free, gap });
    gap = 0;
  }
  return slots;
}

export function tokenIs(token: Token, words: ReadonlySet<string>): boolean {
  return words.has(token.normal) || words.has(token.lemma);
}

/** The first place the slots match, or null. */
export function matchSlots(tokens: readonly Token[], slots: readonly Slot[], from = 0): SlotMatch | null {
  for (let start = from; start < tokens.length; start += 1) {
    if (!fits(tokens[start], slots[0])) continue;
    const found = extend(tokens, slots, 1, start, [start]);
    if (found !== null) return { start, end: found[found.length - 1] + 1, slotTokens: found };
  }
  return null;
}

function fits(token: Token, slot: Slot): boolean {
  return tokenIs(token, slot.words) && (!slot.negated || token.negated);
}

function extend(
  tokens: readonly Token[],
  slots: readonly Slot[],
  index: number,
  last: number,
  taken: number[],
): number[] | null {
  if (index === slots.length) return taken;
  const slot = slots[index];
  const limit = Math.min(tokens.length - 1, last + 1 + slot.gap);
  for (let at = last + 1; at <= limit; at += 1) {
    if (!fits(tokens[at], slot)) {
      // A gap never crosses a clause break ("end this call now, thanks all").
      if (tokens[at].type === 'punctuation' && BREAKS.has(tokens[at].value)) return null;
      continue;
    }
    const found = extend(tokens, slots, index + 1, at, [...taken, at]);
    if (found !== null) return found;
  }
  return null;
}

export function couldMatch(slots: readonly Slot[], words: ReadonlySet<string>): boolean {
  for (const slot of slots) {
    let any = false;
    for (const w of slot.words) {
      if (words.has(w)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/**
 * Patterns indexed by the words of their narrowest slot: a sentence is only tried against the patterns
 * one of its words can anchor, so the cost follows the sentence's length, not the number of patterns.
 */
export class PatternIndex {
  private readonly byWord = new Map<string, number[]>();

  constructor(private readonly patterns: readonly (readonly Slot[])[]) {
    patterns.forEach((slots, id) => {
      let anchor = slots[0];
      for (const slot of slots) if (slot.words.size < anchor.words.size) anchor = slot;
      for (const word of anchor.words) {
        const ids = this.byWord.get(word);
        if (ids === undefined) this.byWord.set(word, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
    });
  }

  /** The ids, in pattern order, of the patterns whose every slot has a word in `words`. */
  candidates(words: ReadonlySet<string>): number[] {
    const ids = new Set<number>();
    for (const word of words) {
      const found = this.byWord.get(word);
      if (found !== undefined) for (const id of found) ids.add(id);
    }
    return [...ids].sort((a, b) => a - b).filter((id) => couldMatch(this.patterns[id], words));
  }
}
