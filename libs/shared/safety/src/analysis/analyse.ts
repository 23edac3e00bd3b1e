import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
  /** The classifier's feature buckets of the sentence, filled on first use (windows share sentences). */
  buckets?: Int32Array;
}

// The parser is pure and read-only once loaded; one per process is shared by every request.
let parser: WinkMethods | null = null;

/** Sentence boundaries, negation scope and parts of speech (lemmas need them); no sentiment or entities. */
const PIPE = ['sbd', 'negation', 'pos'];

function nlp(): WinkMethods {
  parser ??= winkNLP(model, PIPE);
  return parser;
}

/** Sentences, tokens, lemmas, parts of speech and negation scope, from wink-nlp's English model. */
export function analyse(text: string): Sentence[] {
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
