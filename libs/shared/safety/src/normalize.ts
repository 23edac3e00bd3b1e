/**
 * Text normalisation shared by the crisis and sourcing detectors.
 *
 * Members write in every register: curly quotes from phones, leetspeak, masked words, spaced-out
 * letters, slang such as "unalive" or "kms". The detectors run their phrase patterns on one
 * canonical form: lowercase, NFKC, no accents or invisible characters, straight quotes, single
 * spaces, contractions written one way, common obfuscations undone.
 *
 * Every step is a single pass over the text, so the cost stays linear in its length.
 */

/** Words a masked token (`s*icide`, `k*ll`) may stand for; `*` and `#` replace one letter each. */
const MASKABLE_WORDS: readonly string[] = [
  'suicide',
  'suicidal',
  'kill',
  'killing',
  'myself',
  'die',
  'dying',
  'dead',
  'death',
  'cut',
  'cutting',
  'harm',
  'hang',
  'noose',
  'overdose',
  'pills',
  'ketamine',
  'ket',
  'cocaine',
  'selling',
];

/** Words used to split a run of spaced-out letters ("k i l l m y s e l f") back into words. */
const SEGMENT_WORDS: ReadonlySet<string> = new Set([
  'i',
  'a',
  'am',
  'want',
  'to',
  'die',
  'kill',
  'killing',
  'my',
  'myself',
  'self',
  'end',
  'it',
  'all',
  'life',
  'hurt',
  'cut',
  'cutting',
  'harm',
  'suicide',
  'suicidal',
  'ket',
  'ketamine',
  'sell',
  'selling',
  'buy',
  'dm',
  'me',
  'for',
  'pills',
  'not',
  'live',
  'dead',
  'be',
  'wish',
  'was',
]);
const SEGMENT_MAX = 8;

/** Digits and symbols standing for letters inside words ("k1ll", "mys3lf", "$ell", "ket@mine"). */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/** Whole tokens that are number slang rather than leetspeak. */
const NUMBER_SLANG: Readonly<Record<string, string>> = {
  '2morrow': 'tomorrow',
  '2moro': 'tomorrow',
  '2mrw': 'tomorrow',
  '2nite': 'tonight',
  '2night': 'tonight',
  '2day': 'today',
  '4ever': 'forever',
  b4: 'before',
  l8r: 'later',
  gr8: 'great',
  h8: 'hate',
  w8: 'wait',
  '2b': 'to be',
};

/** Latin look-alikes from Cyrillic and Greek, after lowercasing. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'h',
  в: 'b',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  τ: 't',
  υ: 'u',
};

/** Phrase rewrites applied in order on the spaced, lowercased text. */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  // Slang and euphemisms for suicide.
  [/\bunaliv(?:e|ed|ing) (?:myself|my self)\b/g, 'kill myself'],
  [/\bunaliving\b/g, 'killing myself'],
  [/\bunalived\b/g, 'killed'],
  [/\bunalive\b/g, 'kill myself'],
  [/\bself[- ]?delet(?:e|ing)\b/g, 'kill myself'],
  [/\b(?:kms|ctb)\b/g, 'kill myself'],
  [/\b(?:sewer ?slide|sucide|suicde|suiside|suicied|suecide|soocide)\b/g, 'suicide'],
  [/\b(?:sewer ?slidal|sucidal|suicdal|suisidal)\b/g, 'suicidal'],
  [/\bmy self\b/g, 'myself'],
  [/\bself[- ]?harm/g, 'self-harm'],
  // Chat abbreviations.
  [/\bwanna\b/g, 'want to'],
  [/\bgonna\b/g, 'going to'],
  [/\bgotta\b/g, 'got to'],
  [/\bkinda\b/g, 'kind of'],
  [/\btryna\b/g, 'trying to'],
  [/\blemme\b/g, 'let me'],
  [/\bdunno\b/g, "don't know"],
  [/\b(?:cuz|coz|bc)\b/g, 'because'],
  [/\bu\b(?![.'-])/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\brn\b/g, 'right now'],
  [/\b(?:tonite|tn)\b/g, 'tonight'],
  [/\b(?:tmrw|tmr|tmw|tomoz)\b/g, 'tomorrow'],
  [/\b(?:pls|plz)\b/g, 'please'],
  [/\bno[- ]?one\b/g, 'nobody'],
  // Contractions written one way.
  [/\bi am\b/g, "i'm"],
  [/\bim\b/g, "i'm"],
  [/\bive\b/g, "i've"],
  [/\b(?:cannot|can not|cant)\b/g, "can't"],
  [/\b(?:will not|wont)\b/g, "won't"],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|could|should|must|need)(?: not|nt)\b/g, "$1n't"],
  [/\b(what|that|there|it|he|she)s\b/g, "$1's"],
  [/\b(what|there) is\b/g, "$1's"],
  [/\b(you|they|we)re\b/g, "$1're"],
];

const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4\u02bc]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const HOMOGLYPH_CHARS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');
const WHITESPACE = /\s+/g;
const WORDISH_RUN = /[a-z0-9@$!|]+/g;
const NUMBER_WITH_UNIT =
  /^\d+(?:st|nd|rd|th|s|am|pm|mg|ml|mcg|g|kg|lb|lbs|k|m|x|h|hr|hrs|min|mins|yo|y|d|w|mo|cm|mm|km|mi|ft|oz)?$/;
const LETTER_THEN_DIGITS = /^[a-z]\d{1,3}$/;
const REPEATED_LETTER = /([a-z])\1{2,}/g;
const DOTTED_LETTERS = /\b[a-z](?:[._-][a-z]){2,}\b/g;
const SPACED_LETTERS = /\b[a-z](?: [a-z]){3,}\b/g;
const EMPHASIS_EDGES = /^[*~`]+|[*~`]+$/g;
const MASK_CHARS = /[*#]/;

/** Every expression normalisation uses (the tests audit them for backtracking risks). */
export const NORMALIZE_REGEXES: readonly RegExp[] = [
  ...REWRITES.map(([pattern]) => pattern),
  INVISIBLE,
  COMBINING_MARKS,
  SINGLE_QUOTES,
  DOUBLE_QUOTES,
  DASHES,
  HOMOGLYPH_CHARS,
  WHITESPACE,
  WORDISH_RUN,
  NUMBER_WITH_UNIT,
  LETTER_THEN_DIGITS,
  REPEATED_LETTER,
  DOTTED_LETTERS,
  SPACED_LETTERS,
  EMPHASIS_EDGES,
  MASK_CHARS,
];

/**
 * The canonical form the detectors match against. Exported so the server can store or log exactly
 * what was checked, and for tests.
 */
export function normalizeText(input: string): string {
  let text = input.normalize('NFKC').toLowerCase();
  text = text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
  text = text
    .replace(INVISIBLE, '')
    .replace(HOMOGLYPH_CHARS, (c) => HOMOGLYPHS[c] ?? c)
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
  if (text === '') return text;

  text = text.split(' ').map(normalizeToken).join(' ');
  text = text.replace(DOTTED_LETTERS, (run) => segment(run.replace(/[._-]/g, '')));
  text = text.replace(SPACED_LETTERS, (run) => segment(run.replace(/ /g, '')));
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  return text.replace(WHITESPACE, ' ').trim();
}

function normalizeToken(token: string): string {
  const slang = NUMBER_SLANG[token];
  if (slang !== undefined) return slang;
  if (token.includes('://') || token.startsWith('www.') || isEmail(token)) return token;
  let t = token.replace(EMPHASIS_EDGES, '');
  if (MASK_CHARS.test(t)) t = unmask(t);
  t = t.replace(WORDISH_RUN, deLeet);
  return t.replace(REPEATED_LETTER, '$1$1');
}

function isEmail(token: string): boolean {
  const at = token.indexOf('@');
  return at > 0 && token.indexOf('.', at) > at + 1;
}

/** `s*icide` → `suicide`: a masked token becomes the sensitive word it can only stand for. */
function unmask(token: string): string {
  const start = token.search(/[a-z*#]/);
  if (start < 0) return token;
  let end = start;
  while (end < token.length && /[a-z*#]/.test(token[end])) end++;
  const core = token.slice(start, end);
  if (!/[a-z]/.test(core) || core[0] === '#') return token;
  for (const word of MASKABLE_WORDS) {
    if (word.length !== core.length) continue;
    let fits = true;
    for (let i = 0; i < word.length && fits; i++)
      fits = core[i] === '*' || core[i] === '#' || core[i] === word[i];
    if (fits) return token.slice(0, start) + word + token.slice(end);
  }
  return token;
}

/** Undo leetspeak inside one run: digits first, then symbols ("$3ll" → "sell"). */
function deLeet(run: string): string {
  if (!/[a-z]/.test(run) || NUMBER_WITH_UNIT.test(run) || LETTER_THEN_DIGITS.test(run)) return run;
  return replaceLeet(replaceLeet(run, true), false);
}

function replaceLeet(run: string, digits: boolean): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const c = run[i];
    const mapped = LEET[c];
    const isDigit = c >= '0' && c <= '9';
    if (mapped === undefined || isDigit !== digits) {
      out += c;
      continue;
    }
    const before = i > 0 && isLetter(run[i - 1]);
    const after = i + 1 < run.length && isLetter(run[i + 1]);
    if (c === '@' && i === 0)
      out += c; // a handle: @name
    else if (isDigit || c === '$' ? before || after : before && after) out += mapped;
    else out += c;
  }
  return out;
}

function isLetter(c: string): boolean {
  return c >= 'a' && c <= 'z';
}

/** Split a run of letters into known words ("killmyself" → "kill myself"); unchanged when it cannot. */
function segment(letters: string): string {
  const words: string[] = [];
  let i = 0;
  while (i < letters.length) {
    let found = 0;
    for (let len = Math.min(SEGMENT_MAX, letters.length - i); len > 0 && found === 0; len--) {
      if (SEGMENT_WORDS.has(letters.slice(i, i + len))) found = len;
    }
    if (found === 0) return letters;
    words.push(letters.slice(i, i + found));
    i += found;
  }
  return words.join(' ');
}
