import { testOnce } from './rx';

/**
 * Phrase matching with context: a pattern that matches is only counted when the words around it
 * do not turn it into something else — a negation ("I would never hurt myself"), a hypothetical
 * ("if you ever feel suicidal…"), someone else's situation ("my roommate has been cutting again"),
 * a quotation ("she said "nobody would miss me""), a recovery story ("two years ago I…") or a figure
 * of speech ("the wait is killing me").
 *
 * Every check looks at a bounded window around the match, so the cost is linear in the text length.
 */

export interface PhrasePattern<N extends string = string> {
  /** Unique, for tests and tuning. */
  id: string;
  /** The category reported when it matches. */
  name: N;
  /** Global (`g`) expression over normalised text; written without nested quantifiers. */
  regex: RegExp;
  /** A negation just before the match (or inside it) cancels it. Default true; false when the
   * phrase itself is negative ("nobody would miss me", "I don't want to wake up"). */
  negatable?: boolean;
  /** Tested on up to 80 characters right after the match; anchor with `^` for adjacency. */
  unlessAfter?: RegExp | readonly RegExp[];
  /** Tested on up to 80 characters right before the match; anchor with `$` for adjacency. */
  unlessBefore?: RegExp | readonly RegExp[];
  /** Skip the recovery-story check (for phrases that are about the present by construction). */
  ignorePast?: boolean;
}

export interface PhraseMatch<P extends PhrasePattern = PhrasePattern> {
  pattern: P;
  start: number;
  end: number;
}

export interface MatchOptions {
  /** Figures of speech; a phrase match overlapping one of their matches is not counted. */
  figurative?: readonly RegExp[];
}

const WINDOW = 80;
const MAX_SPAN = 200;
const MAX_QUOTE = 400;
const CLAUSE_WINDOW = 140;

const CLAUSE_BOUNDARY =
  /[.!?;:,()"\n]| - |\b(?:but|and|because|though|although|yet|now|except|however|plus|then|cause|whereas|whilst)\b/g;

/** Phrases with a negative word that do not negate what follows. */
const FALSE_NEGATORS =
  /\b(?:can't stop|couldn't stop|can't help|couldn't help|can't get rid of|can't shake|don't know(?: why| how| what| if|)|not sure(?: why| how| what| if| whether|)|not going to lie|no matter|won't stop|won't go away|won't leave me alone|doesn't stop|never stops|don't even know|not even|no idea|can't sleep|can't tell anyone|don't have anyone|nobody to talk to|not wake up|never wake up|not waking up|not exist|not existing|not be here|not being here|not be alive|not okay|not ok|not fine|not doing (?:well|good|okay|ok|great))\b/g;
const NEGATOR =
  /\b(?:not|never|no|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|isn't|aren't|wasn't|weren't|haven't|hasn't|hadn't|shouldn't|mustn't|nor|neither|no longer|without|stopped|quit|ain't|nobody)\b/g;
/** Inside a matched phrase with a gap ("my family would not be better off without me"). */
const INTERIOR_NEGATOR =
  /\b(?:not|never|don't|doesn't|didn't|won't|wouldn't|isn't|aren't|wasn't|weren't|no longer|hardly)\b/;
const SUBJECT = /\b(?:i|i'm|i've|i'll|i'd|you|you're|he|he's|she|she's|they|they're|we|we're)\b/g;
const FIRST_PERSON_START = /^(?:i|i'm|i've|i'll|i'd|my|me|myself)\b/;
const PERSON_WORD =
  /\b(?:i|i'm|i've|i'll|i'd|me|myself|he|she|they|he's|she's|they're|they've|he'd|she'd|they'd|someone|somebody|people|person|friend|friends|brother|sister|son|daughter|partner|husband|wife|mom|mum|mother|dad|father|boyfriend|girlfriend|bf|gf|cousin|roommate|flatmate|kid|kids|teen|teenager|client|clients|patient|patients|character|member|members|poster|op|user|users|guy|girl|man|woman|coworker|colleague|uncle|aunt|nephew|niece|grandma|grandpa|student|students|scammers?)\b/g;
const ADDRESSED = /\b(?:can|could|would|will|does|did|has|please)\s?$/;
const FIRST_PERSON_WORD = /^(?:i|i'm|i've|i'll|i'd|me|myself)$/;
const CONDITIONAL = /\b(?:if|whether|in case|unless)\b/g;

/** Markers of a recovery story, told about the past. */
const PAST_MARKER =
  /\b(?:(?:\d+ |a |one |two |three |four |five |six |seven |eight |nine |ten |several |many |a few |few |a couple of |a couple |couple of |)(?:years?|months?|yrs?) ago|used to|back then|back in|in (?:19|20)\d\d|last (?:year|summer|winter|spring|fall|autumn)|at (?:my|the) (?:lowest|worst)|when i was (?:at my|younger|little|a kid|a child|a teen|a teenager|in (?:high school|college|school|uni|university|my teens|my twenties)|\d+)|before (?:ketamine|treatment|spravato|esketamine|my (?:first |)(?:infusion|infusions|treatment|session|sessions)|i (?:started|found|got|began))|in the past|for years i|there was a time|that was (?:then|years ago|a long time ago)|those days|my (?:old|former|younger) self|survived|(?:\d+|a|one|two|three|four|five) (?:years?|months?|days?|weeks?) (?:clean|free|sober)|clean (?:for|since)|at the time|would've said|would have said|(?:depression|brain|mind|anxiety|illness) (?:told|used to tell|would tell) me)\b/;
/** Words that bring a clause back to the present ("… clean for years, cutting again"). */
const CURRENT_MARKER =
  /\b(?:again|still|tonight|today|lately|recently|these days|this week|this month|every day|last night|this morning|currently|at the moment|right now|tomorrow)\b/;

/** A quotation introduced by someone else's words, a title or a citation. */
const REPORTED_BEFORE_QUOTE =
  /\b(?:said|says|say|saying|told|tells|texted|texts|wrote|writes|written|posted|posts|asked|asks|messaged|screamed|yelled|shouted|whispered|goes|called|titled|named|sings|sang|song|lyrics?|quotes?|quoted|quoting|journal|diary|book|movie|film|show|episode|album|track|poem|phrase|caption|sign|tweet|tweeted|headline|article|reads)\b[^"]{0,30}$/;
const SELF_REPORTED_BEFORE_QUOTE =
  /\bi (?:just |)(?:said|say|told|tell|texted|wrote|write|posted|messaged|screamed|yelled|keep saying|keep telling|kept saying)\b[^"]{0,30}$/;

/** Every expression the context checks use (the tests audit them for backtracking risks). */
export const CONTEXT_REGEXES: readonly RegExp[] = [
  CLAUSE_BOUNDARY,
  FALSE_NEGATORS,
  NEGATOR,
  INTERIOR_NEGATOR,
  SUBJECT,
  FIRST_PERSON_START,
  PERSON_WORD,
  ADDRESSED,
  FIRST_PERSON_WORD,
  CONDITIONAL,
  PAST_MARKER,
  CURRENT_MARKER,
  REPORTED_BEFORE_QUOTE,
  SELF_REPORTED_BEFORE_QUOTE,
];

/** All counted matches of the patterns in already-normalised text, at most one per pattern. */
export function matchPhrases<P extends PhrasePattern>(
  text: string,
  patterns: readonly P[],
  options: MatchOptions = {},
): PhraseMatch<P>[] {
  const figurative = collectSpans(text, options.figurative ?? []);
  const quotes = quoteSpans(text);
  const found: PhraseMatch<P>[] = [];
  for (const pattern of patterns) {
    pattern.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.regex.exec(text)) !== null) {
      if (m[0] === '') {
        pattern.regex.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (counts(text, pattern, start, end, figurative, quotes)) {
        found.push({ pattern, start, end });
        break;
      }
    }
    pattern.regex.lastIndex = 0;
  }
  return found;
}

/** The first match of `regex` that is not negated ("never touch coke"), for co-occurrence cues. */
export function firstUnnegated(text: string, regex: RegExp): string | null {
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  let found: string | null = null;
  while (found === null && (m = regex.exec(text)) !== null) {
    if (m[0] === '') regex.lastIndex++;
    else if (!isNegated(clauseBefore(text, m.index), '')) found = m[0];
  }
  regex.lastIndex = 0;
  return found;
}

function counts(
  text: string,
  pattern: PhrasePattern,
  start: number,
  end: number,
  figurative: readonly Span[],
  quotes: readonly Span[],
): boolean {
  const matched = text.slice(start, end);
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  if (anyMatches(pattern.unlessAfter, after) || anyMatches(pattern.unlessBefore, before)) return false;
  const clause = clauseBefore(text, start);
  if ((pattern.negatable ?? true) && isNegated(clause, matched)) return false;
  if (isHypothetical(clause)) return false;
  if (!FIRST_PERSON_START.test(matched) && isAboutSomeoneElse(clause)) return false;
  if (!pattern.ignorePast && isPastStory(text, start, end)) return false;
  if (overlaps(figurative, start, end)) return false;
  return !isReportedQuote(text, quotes, start, end);
}

function anyMatches(regexes: RegExp | readonly RegExp[] | undefined, text: string): boolean {
  if (regexes === undefined) return false;
  const list: readonly RegExp[] = regexes instanceof RegExp ? [regexes] : regexes;
  return list.some((regex) => testOnce(regex, text));
}

/** The text of the current clause before `start`, at most CLAUSE_WINDOW characters. */
function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - CLAUSE_WINDOW);
  const segment = text.slice(from, start);
  let cut = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(segment)) !== null) cut = m.index + m[0].length;
  return segment.slice(cut);
}

function clauseAfter(text: string, end: number): string {
  const segment = text.slice(end, end + CLAUSE_WINDOW);
  CLAUSE_BOUNDARY.lastIndex = 0;
  const m = CLAUSE_BOUNDARY.exec(segment);
  CLAUSE_BOUNDARY.lastIndex = 0;
  return m ? segment.slice(0, m.index) : segment;
}

function isNegated(clause: string, matched: string): boolean {
  if (matched !== '' && INTERIOR_NEGATOR.test(matched.replace(FALSE_NEGATORS, ' '))) return true;
  const cleaned = clause.replace(FALSE_NEGATORS, ' ');
  const negator = lastMatch(NEGATOR, cleaned);
  if (negator === null) return false;
  const afterNegator = cleaned.slice(negator.index + negator[0].length);
  if (cleaned.length - negator.index > 48) return false;
  return lastMatch(SUBJECT, afterNegator) === null;
}

/** Inside the condition of "if …": at most one subject, right after the "if". */
function isHypothetical(clause: string): boolean {
  const conditional = lastMatch(CONDITIONAL, clause);
  if (conditional === null) return false;
  if (/\bwhat $/.test(clause.slice(0, conditional.index))) return false;
  const between = clause.slice(conditional.index + conditional[0].length).trim();
  SUBJECT.lastIndex = 0;
  const subjects: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = SUBJECT.exec(between)) !== null && subjects.length < 2) subjects.push(m);
  SUBJECT.lastIndex = 0;
  if (subjects.length === 0) return true;
  return subjects.length === 1 && subjects[0].index === 0;
}

/** The last person named before the phrase is someone else ("my roommate has been…"), unless the
 * author is addressing them ("can someone…", "will somebody…"). */
function isAboutSomeoneElse(clause: string): boolean {
  const person = lastMatch(PERSON_WORD, clause);
  if (person === null || FIRST_PERSON_WORD.test(person[0])) return false;
  return !ADDRESSED.test(clause.slice(0, person.index));
}

function isPastStory(text: string, start: number, end: number): boolean {
  const clause = clauseBefore(text, start) + text.slice(start, end) + clauseAfter(text, end);
  return PAST_MARKER.test(clause) && !CURRENT_MARKER.test(clause);
}

function isReportedQuote(text: string, quotes: readonly Span[], start: number, end: number): boolean {
  const quote = enclosing(quotes, start, end);
  if (quote === undefined) return false;
  const lead = text.slice(Math.max(0, quote.start - 60), quote.start);
  return REPORTED_BEFORE_QUOTE.test(lead) && !SELF_REPORTED_BEFORE_QUOTE.test(lead);
}

function lastMatch(regex: RegExp, text: string): RegExpExecArray | null {
  if (!regex.global) throw new Error(`lastMatch needs a global expression: /${regex.source}/`);
  regex.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    last = m;
    if (m[0] === '') regex.lastIndex++;
  }
  regex.lastIndex = 0;
  return last;
}

interface Span {
  start: number;
  end: number;
}

function collectSpans(text: string, regexes: readonly RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const regex of regexes) {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0] === '') regex.lastIndex++;
      else spans.push({ start: m.index, end: m.index + m[0].length });
    }
    regex.lastIndex = 0;
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Spans are sorted by start and short (under MAX_SPAN characters), so only a few need a look. */
function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (let i = firstStartingAtOrAfter(spans, end) - 1; i >= 0 && spans[i].start > start - MAX_SPAN; i--) {
    if (spans[i].end > start) return true;
  }
  return false;
}

function enclosing(spans: readonly Span[], start: number, end: number): Span | undefined {
  for (let i = firstStartingAtOrAfter(spans, start) - 1; i >= 0 && spans[i].start > start - MAX_QUOTE; i--) {
    if (spans[i].end >= end) return spans[i];
  }
  return undefined;
}

function firstStartingAtOrAfter(spans: readonly Span[], position: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Double-quoted spans, and single-quoted ones that are not apostrophes inside words. */
function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      spans.push({ start: open, end: i });
      open = -1;
    }
  }
  let single = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'") continue;
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    const opens = /[\s(:]/.test(prev) && /[a-z]/.test(next);
    const closes = /[^\s]/.test(prev) && /[\s.,!?;:)]/.test(next);
    if (single < 0 && opens) single = i;
    else if (single >= 0 && closes) {
      spans.push({ start: single, end: i });
      single = -1;
    } else if (single >= 0 && i - single > MAX_QUOTE - 100) single = opens ? i : -1;
  }
  return spans.sort((a, b) => a.start - b.start);
}
