import type { Sentence } from '../analysis/analyse';
import { conceptOf } from './concepts';

/** Hashed features: word and lemma n-grams, negation-marked, character n-grams of each word, skip-bigrams. */
export const FEATURE_BITS = 15;
export const FEATURE_BUCKETS = 1 << FEATURE_BITS;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a continued over more text: hashing "ab" is hashing "b" after "a". */
function fnvAdd(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(text: string): number {
  return fnvAdd(FNV_OFFSET, text) >>> 0;
}

/** The bucket of the concatenated parts, without building the string (grading hashes thousands a text). */
function bucketOfParts(a: string, b: string, c = '', d = ''): number {
  return fnvAdd(fnvAdd(fnvAdd(fnvAdd(FNV_OFFSET, a), b), c), d) & (FEATURE_BUCKETS - 1);
}

export interface FeatureVector {
  index: Int32Array;
  value: Float32Array;
}

const CHAR_NGRAMS = [3, 4];

const bucketOf = (feature: string): number => fnv1a(feature) & (FEATURE_BUCKETS - 1);

// Character n-gram buckets of a word, memoised: words repeat across texts. Pure, bounded, per process.
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, number[]>();

function charBuckets(word: string): number[] {
  let buckets = wordCache.get(word);
  if (buckets === undefined) {
    buckets = [];
    const padded = `<${word}>`;
    for (const n of CHAR_NGRAMS) {
      for (let i = 0; i + n <= padded.length; i += 1) buckets.push(bucketOf(`c:${padded.slice(i, i + n)}`));
    }
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, buckets);
  }
  return buckets;
}

/**
 * Which features a head reads: `words` are the words, lemmas, bigrams, character n-grams and concepts;
 * `phrases` adds skip-bigrams (a word and the word two after it), which carry "want to _ die"-like
 * phrases past the word between them.
 */
export type FeatureSet = 'words' | 'phrases';

interface SentenceBuckets {
  words: Int32Array;
  skips: Int32Array;
}

/**
 * A reusable list of buckets: a sentence's buckets are collected here, and copied out once, rather than
 * into a fresh array growing by doubling for every sentence, which left grading's garbage collector more
 * to do. It grows (and stays grown) when a sentence has more buckets than it holds.
 */
export class BucketList {
  private data = new Int32Array(1024);
  private length = 0;

  push(bucket: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = bucket;
    this.length += 1;
  }

  clear(): void {
    this.length = 0;
  }

  /** The buckets collected since `clear`, as an array of their own. */
  take(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

// Collecting lists, emptied by each call (grading is synchronous, so one pair per process is enough).
const wordList = new BucketList();
const skipList = new BucketList();

/** Buckets of one sentence's features, repeats included (memoised on the sentence, which windows share). */
function sentenceBuckets(sentence: Sentence): SentenceBuckets {
  if (sentence.buckets !== undefined) return sentence.buckets;
  const out = wordList;
  const skips = skipList;
  out.clear();
  skips.clear();
  let previous = '<s>';
  let before: string | undefined;
  for (const token of sentence.tokens) {
    if (token.type === 'punctuation') continue;
    const lemma = token.negated ? `!${token.lemma}` : token.lemma;
    out.push(bucketOfParts('w:', lemma));
    if (token.normal !== token.lemma) out.push(bucketOfParts('n:', token.normal));
    out.push(bucketOfParts('b:', previous, ' ', lemma));
    if (before !== undefined) skips.push(bucketOfParts('sk:', before, ' _ ', lemma));
    before = previous;
    previous = lemma;
    if (token.type === 'word' && token.normal.length > 2) {
      const chars = charBuckets(token.normal);
      for (let i = 0; i < chars.length; i += 1) out.push(chars[i]);
    } else if (token.type !== 'word') {
      out.push(bucketOfParts('t:', token.type));
    }
  }
  out.push(bucketOfParts('b:', previous, ' </s>'));
  if (before !== undefined) skips.push(bucketOfParts('sk:', before, ' _ ', '</s>'));
  // Concepts: each, each pair in order, and the set of them in the sentence (negation marks its concept).
  const concepts: string[] = [];
  for (const token of sentence.tokens) {
    const concept = conceptOf(token);
    if (concept !== undefined) concepts.push(token.negated ? `!${concept}` : concept);
  }
  for (let i = 0; i < concepts.length; i += 1) {
    out.push(bucketOfParts('k:', concepts[i]));
    if (i + 1 < concepts.length) out.push(bucketOfParts('kb:', concepts[i], ' ', concepts[i + 1]));
  }
  const set = [...new Set(concepts)].sort();
  for (let i = 0; i < set.length; i += 1) {
    for (let j = i + 1; j < set.length; j += 1) out.push(bucketOfParts('kp:', set[i], '&', set[j]));
  }
  const buckets = { words: out.take(), skips: skips.take() };
  sentence.buckets = buckets;
  return buckets;
}

// Scratch space for counting, reset after each call (grading is synchronous, so one per process is enough).
const scratch = new Float64Array(FEATURE_BUCKETS);
const touched = new Int32Array(FEATURE_BUCKETS);

/** Counts the features of some sentences into the scratch space; answers how many buckets it touched. */
function count(sentences: readonly Sentence[], extra: readonly string[], set: FeatureSet): number {
  let size = 0;
  touched[size++] = BIAS;
  scratch[BIAS] = 1;
  for (const feature of extra) {
    const bucket = bucketOf(feature);
    if (scratch[bucket] === 0) touched[size++] = bucket;
    scratch[bucket] += 2;
  }
  for (const sentence of sentences) {
    const buckets = sentenceBuckets(sentence);
    size = add(buckets.words, size);
    if (set === 'phrases') size = add(buckets.skips, size);
  }
  return size;
}

/** Counts some buckets into the scratch space, `size` of them touched so far; answers the new size. */
function add(buckets: Int32Array, size: number): number {
  let touchedSize = size;
  for (let i = 0; i < buckets.length; i += 1) {
    const bucket = buckets[i];
    if (scratch[bucket] === 0) touched[touchedSize++] = bucket;
    scratch[bucket] += 1;
  }
  return touchedSize;
}

const BIAS = bucketOf('^bias');

/**
 * The features of some sentences, L2-normalised; the same bucket twice adds up. `extra` adds named
 * features (the concept frames found, so the classifier learns how far to trust each). Bucket order
 * does not matter to a dot product, so the buckets stay in the order first seen.
 */
export function featurize(
  sentences: readonly Sentence[],
  extra: readonly string[] = [],
  set: FeatureSet = 'words',
): FeatureVector {
  const size = count(sentences, extra, set);
  const index = touched.slice(0, size);
  const value = new Float32Array(size);
  eachCounted(size, (k, _bucket, v) => {
    value[k] = v;
  });
  return { index, value };
}

/**
 * Adds weights · features of some sentences to `logits` (weights bucket-major, `classes` a bucket,
 * times `scale`), with the values `featurize` would give (the same float32 rounding) and without
 * allocating: grading reads every window of every text this way.
 */
export function addDotProduct(
  sentences: readonly Sentence[],
  extra: readonly string[],
  set: FeatureSet,
  weights: Int8Array,
  classes: number,
  scale: number,
  logits: number[],
): void {
  const size = count(sentences, extra, set);
  const norm = normalise(size);
  for (let k = 0; k < size; k += 1) {
    const bucket = touched[k];
    const v = Math.fround(Math.fround(scratch[bucket]) * norm) * scale;
    scratch[bucket] = 0;
    const base = bucket * classes;
    for (let c = 0; c < classes; c += 1) logits[c] += weights[base + c] * v;
  }
}

/** Turns the counts into log counts in place; answers the factor that makes them unit length. */
function normalise(size: number): number {
  let norm = 0;
  for (let k = 0; k < size; k += 1) {
    const v = Math.log1p(scratch[touched[k]]);
    scratch[touched[k]] = v;
    norm += v * v;
  }
  return norm > 0 ? 1 / Math.sqrt(norm) : 0;
}

function eachCounted(size: number, visit: (k: number, bucket: number, value: number) => void): void {
  const scale = normalise(size);
  for (let k = 0; k < size; k += 1) {
    const bucket = touched[k];
    visit(k, bucket, Math.fround(Math.fround(scratch[bucket]) * scale));
    scratch[bucket] = 0;
  }
}
