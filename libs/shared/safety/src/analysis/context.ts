import type { Sentence, Token } from './analyse';
import { compile, matchSlots, PatternIndex, tokenIs } from './slots';

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const FIRST_PERSON = words("i i'm im i've ive i'll i'd me my myself mine");
const THIRD_PARTY = words(
  'he she they him her his them himself herself themselves son daughter wife husband partner spouse fiance fiancee friend bestie buddy brother bro sister sis mom mum mother dad father stepdad stepmom stepmum boyfriend girlfriend bf gf teenager teen roommate flatmate housemate coworker colleague teammate classmate neighbour neighbor nephew niece child kid kids cousin aunt auntie uncle grandma grandpa granddad grandmother grandfather nan gran grandson granddaughter client patient',
);
/** Someone else named at `i`: a person word, or a child by age ("our 15yo", which is "15" then "yo"). */
function namesSomeoneElse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return tokenIs(t, THIRD_PARTY) || (t.normal === 'yo' && i > 0 && tokens[i - 1].type === 'number');
}
const REPORTING = words(
  'say said tell told text texted admit admitted confess confessed write wrote keep kept send sent',
);
/** Words that put a sentence in a story, the news or research rather than the writer's life. */
const DISTANCE = words(
  'book movie film character novel show series episode song lyrics poem poetry article documentary podcast game anime drama storyline screenplay hamlet romeo villain news newspaper celebrity study studies trial trials research researcher researchers paper thesis scale screening questionnaire label warning statistic statistics rate rates item resident madrs prevention preventable protocol meta-analysis lancet fda phq-9 c-ssrs mechanism degree learn learned taught author writes awareness training course saves',
);
const RELAPSE = words('again back relapse relapsed relapsing slip slipped broke');
const PAST_PATTERNS = [
  'use to',
  'year|years|yrs|month|months|day|days ago',
  'year|years|yrs|month|months|days clean|free|out',
  'clean|free since|from|for',
  'sh|harm free',
  'when i was',
  'back when|in|then',
  'no longer',
  'in remission',
  'recover|recovered',
  'last year',
  'at my worst',
  'take|took * away',
  'none * now',
  'before * treatment|ketamine|infusion|infusions',
  'lift|lifted|lifting',
  'year|years|yr|yrs|month|months since',
  'long time ago',
  'was|were once',
  'my * twenties|teens|childhood|college',
  'in * my * twenties|teens|youth',
  'when * i * young|younger|teenager|teen|kid|student',
  'there * was * a * time',
  'at|age 13|14|15|16|17|18|19|20|21|22|23|24|25',
  'go|gone|went * quiet|away',
  'faded',
].map(compile);
const PAST_INDEX = new PatternIndex(PAST_PATTERNS);
const YEAR = /^(19|20)\d\d$/;
/** "back" that looks back in time ("back in 2020", "back when") rather than returning ("it's back"). */
const LOOKING_BACK = words('when then');
const BACK_IN = /^((19|20)\d\d|college|school|high|uni|university)$/;

/** A word of relapse ("the urges are back", "relapsed"), not negated ("haven't come back"). */
function relapses(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!tokenIs(t, RELAPSE) || t.negated) return false;
  const next = tokens[i + 1];
  if (t.normal !== 'back' || next === undefined) return true;
  if (tokenIs(next, LOOKING_BACK)) return false;
  const after = tokens[i + 2];
  return !(next.normal === 'in' && after !== undefined && BACK_IN.test(after.normal));
}

/** A sentence about the writer's past that they have come through ("I used to cut, two years clean"). */
export function isPast(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  if (tokens.some((t, i) => relapses(tokens, i))) return false;
  if (tokens.some((t) => YEAR.test(t.normal))) return true;
  return PAST_INDEX.candidates(sentence.words).some((id) => matchSlots(tokens, PAST_PATTERNS[id]) !== null);
}

/** Verbs that tell of the past ("I was suicidal", "I spent my thirties", "the thoughts were daily"). */
const PAST_FORMS = words('was were had used thought felt wanted spent tried believed wished lived');
/** Words that put a sentence in the writer's present or near past ("I am", "last night", "this morning"). */
const NOT_LONG_AGO = words(
  "am 'm is are have 've keep keeps yesterday tonight today earlier night morning week weekend lately recently hour hours minute minutes",
);
/** Words of having come through ("it's been quiet", "I'm stable", "they're gone", "I'm glad I'm here"). */
const CAME_THROUGH = words(
  'anymore gone faded stopped lifted better well okay ok fine glad proud living recovered recovering stable survived healing healed thriving',
);

/** Words that make a past form something else: a wish or a condition ("if I wasn't here"). */
const COUNTERFACTUAL = words('if wish wishing');

/**
 * A sentence told in the past tense, of long enough ago: a past verb, and no present or recent word, no
 * condition, and no report of what someone said ("she texted 'what's the point'" is today's news).
 */
export function toldInThePast(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  const notPast = (t: Token, i: number) =>
    relapses(tokens, i) ||
    tokenIs(t, NOT_LONG_AGO) ||
    tokenIs(t, COUNTERFACTUAL) ||
    tokenIs(t, REPORTING) ||
    QUOTES.has(t.value);
  if (tokens.some(notPast)) return false;
  return tokens.some((t) => tokenIs(t, PAST_FORMS) || (t.pos === 'VERB' && /.ed$/.test(t.normal)));
}

/** The calm of a decision is no recovery ("I feel better now that I've decided", "at peace with it"). */
const DECIDED = words('decide decided decision plan planned ready peace goodbye');

/**
 * A sentence saying the writer has come through ("it hasn't come back since", "I'm 52 now and glad I'm
 * here"): a word of having come through, not negated, or a negated return ("hasn't come back", "haven't
 * had one since"); never the calm of a decision.
 */
export function cameThrough(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  if (tokens.some((t, i) => relapses(tokens, i) || tokenIs(t, DECIDED))) return false;
  return tokens.some(
    (t) =>
      (tokenIs(t, CAME_THROUGH) && !t.negated) ||
      (t.negated && (t.normal === 'back' || t.normal === 'since' || t.lemma === 'return')),
  );
}

const EVERYDAY = words('bad good great sad some any');
/** Laughter and "just kidding": the words around them are a joke, not the writer's state. */
const JOKING = words('lol lmao lmfao haha hahaha jk joking kidding 😂 🤣 😆 😅');

/** Fiction, news, research or a joke: the crisis words are not the writer's own ("bad news" is not the news). */
export function isDistanced(sentence: Sentence): boolean {
  return sentence.tokens.some(
    (t, i) =>
      // "researching ways to die" is the writer's own act, "research shows" is not.
      tokenIs(t, DISTANCE) &&
      !(t.lemma === 'research' && t.pos === 'VERB') &&
      !(i > 0 && tokenIs(sentence.tokens[i - 1], EVERYDAY)),
  );
}

const ASKING = words('ask asks asked asking');
const ASKED_OF = words('if whether about');
const YES = words('yes yeah yep yup sometimes lie lied lying');

/**
 * Words inside a question someone put ("my GP asked if I want to kill myself", "she asked about suicidal
 * thoughts"): a form of "ask", then "if", "whether" or "about", before `start`. They are not the writer's
 * statement, unless a yes or a lie answers them in that sentence or the next two ("... and I said yes",
 * "I said no. I lied.").
 */
export function isQuestioned(sentences: readonly Sentence[], index: number, start: number): boolean {
  const tokens = sentences[index].tokens;
  const asking = tokens.findIndex((t, i) => i < start && tokenIs(t, ASKING));
  if (asking < 0) return false;
  const asked = tokens.slice(asking + 1, start);
  const of = asked.findIndex((t) => tokenIs(t, ASKED_OF));
  // The words must be the question's own: no "and", "but" or punctuation between it and them ("or" joins
  // the question's parts: "asked if I'd thought of killing myself or wished I was dead").
  if (
    of < 0 ||
    asked.slice(of + 1).some((t) => t.type === 'punctuation' || (t.pos === 'CCONJ' && t.normal !== 'or'))
  )
    return false;
  const answer = [start, index + 1, index + 2].flatMap((k, n) =>
    n === 0 ? tokens.slice(start) : (sentences[k]?.tokens ?? []),
  );
  return !answer.some((t) => tokenIs(t, YES) && !t.negated);
}

/** Laughter or "jk" in the sentence (not "not joking"): what it says of wishes and thoughts is a joke. */
export function isJoking(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => tokenIs(t, JOKING) && !t.negated);
}

export type Person = 'self' | 'third' | 'none';

/** Whose act or intent a match at `start..end` is: the nearest subject before it, or the reflexive in it. */
export function personOf(tokens: readonly Token[], start: number, end: number, topical = false): Person {
  for (let i = start; i < end; i += 1) {
    const n = tokens[i].normal;
    if (n === 'myself' || n === 'me') return quotesSomeoneElse(tokens, start) ? 'third' : 'self';
    if (n === 'himself' || n === 'herself' || n === 'themselves' || n === 'him') return 'third';
  }
  for (let i = start; i >= 0; i -= 1) {
    const t = tokens[i];
    if (t.normal === 'my' || t.normal === 'me') continue;
    // "my son wrote 'i want to kill myself'": the words are his, quoted.
    if (tokenIs(t, FIRST_PERSON)) return quotesSomeoneElse(tokens, i) ? 'third' : 'self';
    if (namesSomeoneElse(tokens, i)) return 'third';
  }
  // A fragment with no person ("took all my pills", "the suicidal urges are back") speaks for the writer,
  // unless, for words that can name the topic, a thing is its subject and nothing makes it present
  // ("lithium reduces suicide").
  if (!tokens.some((t) => t.type === 'word')) return 'none';
  if (!topical) return 'self';
  let thing = false;
  let thingIsSubject = false;
  for (let i = 0; i < start; i += 1) {
    const owned = i > 0 && (tokens[i - 1].normal === 'my' || tokens[i - 1].normal === 'our');
    if ((tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN') && !owned) thing = true;
    else if (thing && (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX')) thingIsSubject = true;
  }
  return thingIsSubject && !tokens.some((t) => tokenIs(t, PRESENT)) ? 'none' : 'self';
}

/** Words that put a subjectless statement in the writer's present ("the suicidal thoughts are back"). */
const PRESENT = words(
  'back again rn now today tonight currently constant constantly keep keeps getting worse bad loud louder creeping',
);

/**
 * A caregiver reporting what someone else said or did ("my son told me he...", "my gf texted 'i want to
 * die'"): someone else, then a reporting verb, before `end`, with no "I" as the subject before them.
 */
export function reportsThirdParty(tokens: readonly Token[], end = tokens.length): boolean {
  let actor = false;
  for (let i = 0; i < end; i += 1) {
    const t = tokens[i];
    if (namesSomeoneElse(tokens, i) && t.normal !== 'her' && t.normal !== 'him') actor = true;
    if (actor && tokenIs(t, REPORTING)) return true;
    if (tokenIs(t, FIRST_PERSON) && t.normal !== 'my' && t.normal !== 'me' && !actor) return false;
  }
  return false;
}

const QUOTES: ReadonlySet<string> = new Set(['"', "'", '“', '”', '‘', '’']);

/** Tokens before `end` quote someone else: they, a reporting verb, then a quotation mark ("my son wrote 'i..."). */
function quotesSomeoneElse(tokens: readonly Token[], end: number): boolean {
  let reported = -1;
  for (let i = 0; i < end; i += 1) {
    if (reported < 0 && tokenIs(tokens[i], REPORTING) && reportsThirdParty(tokens, i + 1)) reported = i;
    if (reported >= 0 && QUOTES.has(tokens[i].value)) return true;
  }
  return false;
}

/**
 * Whether a text with no frame to say whose risk it is speaks of someone else: a sentence reports what
 * they said or did, or the first person the text names (past "my" and "me") is someone else ("found a
 * blade in my daughter's pencil case", "my partner is locked in the garage").
 */
export function speaksOfSomeoneElse(sentences: readonly Sentence[]): boolean {
  if (sentences.some((s) => reportsThirdParty(s.tokens))) return true;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i].normal === 'my' || tokens[i].normal === 'me') continue;
      if (tokenIs(tokens[i], FIRST_PERSON)) return false;
      if (namesSomeoneElse(tokens, i)) return true;
    }
  }
  return false;
}

export const NEGATORS = words('not no never nothing nobody');
const DENIERS = words('nobody noone never zero');
/** "no cap", "not kidding", "no joke": a negator that insists rather than denies. */
const EMPHATIC = words('cap joke joking kidding lie lying exaggerating');
/** "can't stop thinking about it" affirms: a negated stop is no negation. */
const AFFIRMING = words('stop help quit resist');

function negationUndone(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 6; i -= 1) {
    if (tokens[i].normal === 'not' || tokens[i].normal === 'never') {
      const next = tokens[i + 1];
      return next !== undefined && tokenIs(next, AFFIRMING);
    }
  }
  return false;
}

/** Any token of the match (except slots that must be negated) in negation scope, or a negator right after it. */
export function isNegated(
  tokens: readonly Token[],
  slotTokens: readonly number[],
  required: readonly boolean[],
): boolean {
  for (let k = 0; k < slotTokens.length; k += 1) {
    if (!required[k] && tokens[slotTokens[k]].negated && !negationUndone(tokens, slotTokens[k])) return true;
  }
  if (!required.some(Boolean)) {
    for (let i = Math.max(0, slotTokens[0] - 4); i < slotTokens[0]; i += 1) {
      if (tokenIs(tokens[i], DENIERS)) return true;
    }
  }
  const end = slotTokens[slotTokens.length - 1];
  for (let i = end + 1; i <= end + 2 && i < tokens.length; i += 1) {
    // "... and not in a joking way": after a conjunction the negator negates what follows it.
    if (tokens[i].type === 'punctuation' || tokens[i].pos === 'CCONJ') break;
    const emphatic = tokens.slice(i + 1, i + 3).some((t) => tokenIs(t, EMPHATIC));
    if (tokenIs(tokens[i], NEGATORS) && tokens[i].normal !== 'nothing' && !emphatic) return true;
  }
  return false;
}
