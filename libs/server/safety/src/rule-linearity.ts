// Which rule expressions may run without a time bound: a conservative check that a pattern belongs to a
// subset whose matching cannot backtrack badly. Anything the check does not recognise is simply not in
// the subset (and keeps running under the time bound); the check never has to be complete, only sound.

interface Token {
  /** Matches one character; null for a group of literal alternatives. */
  char: RegExp | null;
  /** The alternatives of a group (plain text only). */
  alts: string[] | null;
  min: number;
  /** Infinity for an unbounded (or long) repetition. */
  max: number;
}

/** Repetitions with a bound above this count as unbounded. */
const LONG_REPEAT = 20;
/** Most alternative paths a branch may offer (the product of its groups' alternatives). */
const MAX_PATHS = 256;
const CLASS_ESCAPES = new Set(['s', 'S', 'd', 'D', 'w', 'W']);
const META = new Set(['(', ')', '[', ']', '{', '}', '*', '+', '?', '|', '\\', '.', '^', '$']);

// Characters to compare classes on: ASCII, Latin, some Cyrillic and Greek, and the non-ASCII characters
// that `\s` and case-insensitive `\w` match under the `u` flag.
const SAMPLE: string[] = (() => {
  const codes: number[] = [];
  for (let c = 0; c < 0x250; c++) codes.push(c);
  for (let c = 0x370; c < 0x460; c++) codes.push(c);
  codes.push(0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x212a, 0x2126, 0x4e00);
  for (let c = 0x2000; c <= 0x200a; c++) codes.push(c);
  return codes.map((c) => String.fromCodePoint(c));
})();

const single = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'iu');

function overlaps(a: RegExp, b: Token): boolean {
  if (b.char) return SAMPLE.some((ch) => a.test(ch) && b.char!.test(ch));
  return (b.alts ?? []).some((alt) => alt.length === 0 || a.test(alt[0]));
}

/** Reads `[...]` starting at `i`; null when it uses anything beyond ASCII characters and class escapes. */
function readClass(pattern: string, i: number): { source: string; end: number } | null {
  let j = i + 1;
  if (pattern[j] === '^') j++;
  if (pattern[j] === ']') return null;
  for (; j < pattern.length && pattern[j] !== ']'; j++) {
    const ch = pattern[j];
    if (ch.charCodeAt(0) > 0x7e || ch === '[') return null;
    if (ch === '\\') {
      const next = pattern[j + 1] ?? '';
      if (/[A-Za-z0-9]/.test(next) && !CLASS_ESCAPES.has(next)) return null;
      j++;
    }
  }
  if (j >= pattern.length) return null;
  return { source: pattern.slice(i, j + 1), end: j + 1 };
}

/** Reads a group of plain alternatives, `(a|bc)` or `(?:a|bc)`, starting at `i`. */
function readGroup(pattern: string, i: number): { alts: string[]; end: number } | null {
  let j = pattern.startsWith('(?:', i) ? i + 3 : i + 1;
  if (pattern[j] === '?') return null;
  const alts: string[] = [''];
  for (; j < pattern.length && pattern[j] !== ')'; j++) {
    const ch = pattern[j];
    if (ch === '|') alts.push('');
    else if (ch === '\\') {
      const next = pattern[j + 1] ?? '';
      if (!META.has(next) && !/[-/ !"#%&',:;<=>@`~]/.test(next)) return null;
      alts[alts.length - 1] += next;
      j++;
    } else if (META.has(ch)) return null;
    else alts[alts.length - 1] += ch;
  }
  if (j >= pattern.length) return null;
  return { alts: alts.map((a) => a.toLowerCase()), end: j + 1 };
}

/** Reads a quantifier at `i`, if any. */
function readQuantifier(pattern: string, i: number): { min: number; max: number; end: number } | null {
  const ch = pattern[i];
  let q: { min: number; max: number; end: number } | null = null;
  if (ch === '*') q = { min: 0, max: Infinity, end: i + 1 };
  else if (ch === '+') q = { min: 1, max: Infinity, end: i + 1 };
  else if (ch === '?') q = { min: 0, max: 1, end: i + 1 };
  else if (ch === '{') {
    const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(pattern.slice(i));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    q = { min, max, end: i + m[0].length };
  }
  if (q && pattern[q.end] === '?') q.end++;
  if (q && q.max > LONG_REPEAT) q.max = Infinity;
  return q;
}

/** The tokens of one branch, or null when the branch leaves the subset. */
function tokenize(branch: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < branch.length) {
    const ch = branch[i];
    let token: Token;
    if (ch === '^' || ch === '$') {
      i++;
      continue;
    }
    if (ch === '\\') {
      const next = branch[i + 1] ?? '';
      if (next === 'b' || next === 'B') {
        i += 2;
        continue;
      }
      if (CLASS_ESCAPES.has(next)) token = { char: single(`\\${next}`), alts: null, min: 1, max: 1 };
      else if (next !== '' && !/[A-Za-z0-9]/.test(next))
        token = { char: single(`\\${next}`), alts: null, min: 1, max: 1 };
      else return null;
      i += 2;
    } else if (ch === '[') {
      const cls = readClass(branch, i);
      if (!cls) return null;
      token = { char: single(cls.source), alts: null, min: 1, max: 1 };
      i = cls.end;
    } else if (ch === '(') {
      const group = readGroup(branch, i);
      if (!group) return null;
      token = { char: null, alts: group.alts, min: 1, max: 1 };
      i = group.end;
    } else if (ch === '.') {
      token = { char: /^.$/u, alts: null, min: 1, max: 1 };
      i++;
    } else if (META.has(ch)) return null;
    else {
      token = { char: single(ch.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')), alts: null, min: 1, max: 1 };
      i++;
    }
    const q = readQuantifier(branch, i);
    if (q) {
      if (!token.char) return null; // a repeated group is outside the subset
      token = { ...token, min: q.min, max: q.max };
      i = q.end;
    }
    tokens.push(token);
  }
  return tokens;
}

/** Splits a pattern at its top-level `|`; null when its brackets do not balance. */
function branches(pattern: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0 || inClass) return null;
  parts.push(pattern.slice(start));
  return parts;
}

/**
 * True when a regular-expression rule can only backtrack a little: repetitions apply to single
 * characters or classes, never to groups; groups are plain alternatives with few paths in all; and
 * every unbounded repetition is followed by a required character it cannot match (so it has one way to
 * end). Such a rule runs in time proportional to the text times the pattern and needs no time bound.
 */
export function isLinearRule(pattern: string): boolean {
  const parts = branches(pattern);
  if (!parts) return false;
  return parts.every((branch) => {
    const tokens = tokenize(branch);
    if (!tokens) return false;
    const paths = tokens.reduce((n, t) => n * (t.alts?.length ?? 1), 1);
    if (paths > MAX_PATHS) return false;
    return tokens.every((token, i) => {
      if (token.max !== Infinity) return true;
      const next = tokens[i + 1];
      if (!next) return true;
      return next.min >= 1 && !overlaps(token.char!, next);
    });
  });
}
