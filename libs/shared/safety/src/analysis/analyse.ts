import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';

/** One token as the language model sees it. */
export interface Token {
  /** The text as written. */
  value: string;
  /** Lower case, contractions expanded ("dont" is "do", "not"). */
  normal: string;
  lemma: string;
  /** Universal part of speech (VERB, NOUN, PRON, ...). */
  pos: string;
  /** 'word', 'punctuation', 'emoji', 'number', 'email', 'url', 'hashtag', 'mention', ... */
  type: string;
  /** Inside the scope of a negation ("not", "never", "n't") within its sentence. */
  negated: boolean;
  /** Spaces before the token as written, so a span can be shown as the author wrote it. */
  space: string;
}

export interface Sentence {
  tokens: Token[];
  /** The lower-case forms and lemmas of the tokens, so frame patterns that cannot match are skipped. */
  words: ReadonlySet<string>;
  /**
   * The classifier's feature buckets of the sentence, filled on first use (windows share sentences):
   * the words, and the skip-bigrams that only the phrase feature set reads.
   */
  buckets?: { words: Int32Array; skips: Int32Array };
}

// The parser is pure and read-only once loaded; one per process is shared by every request.
let parser: WinkMethods | null = null;

/** Sentence boundaries, negation scope and parts of speech (lemmas need them); no sentiment or entities. */
const PIPE = ['sbd', 'negation', 'pos'];

/**
 * The parser, loaded on the first text: the English model takes a quarter of a second to load, which a
 * process that grades nothing (or not yet) need not pay at start. Loading is synchronous, so every text is
 * analysed with the model: none is ever graded without it.
 */
function nlp(): WinkMethods {
  // Required here rather than imported at the top, so it loads on first use (see above).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser ??= winkNLP(require('wink-eng-lite-web-model') as typeof Model, PIPE);
  return parser;
}

/** Loads the model and the parser now (a server does it once it is serving), so the first text does not wait. */
export function warmUpAnalysis(): void {
  nlp();
}

/**
 * Sentences, tokens, lemmas, parts of speech and negation scope, from wink-nlp's English model. Each line
 * is analysed on its own: a line break ends a sentence and a negation's scope (chat lines and list items
 * rarely end in a full stop).
 */
export function analyse(text: string): Sentence[] {
  if (!text.includes('\n')) return analyseText(text);
  const sentences: Sentence[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() !== '') sentences.push(...analyseText(line));
  }
  return sentences;
}

function analyseText(text: string): Sentence[] {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const value = doc.tokens().out(its.value) as string[];
  const normal = doc.tokens().out(its.normal) as string[];
  // The typings ask for the model's add-ons in the signature; wink passes them itself.
  const lemma = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const type = doc.tokens().out(its.type) as string[];
  const negated = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const space = doc.tokens().out(its.precedingSpaces) as string[];
  const sentences: Sentence[] = [];
  // [first, last] token of each sentence.
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const tokens: Token[] = [];
    const words = new Set<string>();
    for (let i = first; i <= last; i += 1) {
      if (type[i] === 'tabCRLF') continue;
      // A split contraction's second half ("doesnt" is "does", "nt") has no lemma of its own.
      const base = lemma[i] ?? normal[i];
      words.add(normal[i]);
      words.add(base);
      tokens.push({
        value: value[i],
        normal: normal[i],
        lemma: base,
        pos: pos[i],
        type: type[i],
        negated: negated[i],
        space: space[i],
      });
    }
    if (tokens.length > 0) sentences.push({ tokens, words });
  }
  return sentences;
}

/** The tokens from `start` to `end` (exclusive) as the author wrote them. */
export function spanOf(tokens: readonly Token[], start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i += 1) out += (i === start ? '' : tokens[i].space) + tokens[i].value;
  return out;
}
