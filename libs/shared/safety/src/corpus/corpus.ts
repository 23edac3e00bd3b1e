import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../analysis/analyse';
import { RISK_LEVELS, type RiskLevel } from '../types';
import { fnv1a } from '../model/features';

/** One labelled text, as the corpus files hold them (one JSON object a line). */
export interface CorpusRecord {
  text: string;
  level: RiskLevel;
  /** What the text is an example of, e.g. 'means-acquired', 'figurative', 'offer-to-sell'. */
  category: string;
  /** The risk is someone else's; the writer is a caregiver. */
  thirdParty: boolean;
  /** Sourcing or selling drugs. */
  sourcing: boolean;
}

export type Split = 'train' | 'dev' | 'test';

export interface CorpusSplits {
  train: CorpusRecord[];
  dev: CorpusRecord[];
  test: CorpusRecord[];
  /** Test texts moved to train because they overlap a training text (word-trigram Jaccard > 0.5). */
  moved: number;
}

export const CORPUS_DIR = join(__dirname, '..', '..', 'corpus');
export const SPLIT_SEED = 'haven-safety-1';
export const LEAKAGE_JACCARD = 0.5;

export function parseRecord(line: string, where: string): CorpusRecord {
  const raw = JSON.parse(line) as Partial<CorpusRecord>;
  if (
    typeof raw.text !== 'string' ||
    raw.text.trim() === '' ||
    !RISK_LEVELS.includes(raw.level as RiskLevel) ||
    typeof raw.category !== 'string' ||
    typeof raw.thirdParty !== 'boolean' ||
    typeof raw.sourcing !== 'boolean'
  ) {
    throw new Error(`${where}: not a corpus record`);
  }
  return {
    text: raw.text,
    level: raw.level as RiskLevel,
    category: raw.category,
    thirdParty: raw.thirdParty,
    sourcing: raw.sourcing,
  };
}

/** Every record of every `*.jsonl` file in the corpus folder, in file then line order. */
export function loadCorpus(dir = CORPUS_DIR): CorpusRecord[] {
  const records: CorpusRecord[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() !== '') records.push(parseRecord(line, `${file}:${i + 1}`));
    });
  }
  return records;
}

/** The split a text belongs to, fixed by a seeded hash of its text: 60% train, 20% dev, 20% test. */
export function splitOf(text: string, seed = SPLIT_SEED): Split {
  const bucket = fnv1a(`${seed}\u0000${text}`) % 100;
  return bucket < 60 ? 'train' : bucket < 80 ? 'dev' : 'test';
}

/** Word n-grams (trigrams; shorter texts use all their words as one gram) for the leakage rule. */
export function wordTrigrams(text: string): Set<string> {
  const words = analyse(text)
    .flatMap((s) => s.tokens)
    .filter((t) => t.type !== 'punctuation')
    .map((t) => t.normal);
  const grams = new Set<string>();
  if (words.length < 3) {
    grams.add(words.join(' '));
    return grams;
  }
  for (let i = 0; i + 3 <= words.length; i += 1) grams.add(words.slice(i, i + 3).join(' '));
  return grams;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Train, dev and test by seeded hash; then a test text whose word-trigram Jaccard overlap with any
 * training text exceeds 0.5 moves to train, so near-paraphrases never straddle the two.
 */
export function splitCorpus(records: readonly CorpusRecord[], seed = SPLIT_SEED): CorpusSplits {
  const train: CorpusRecord[] = [];
  const dev: CorpusRecord[] = [];
  const candidates: CorpusRecord[] = [];
  for (const r of records) {
    const split = splitOf(r.text, seed);
    (split === 'train' ? train : split === 'dev' ? dev : candidates).push(r);
  }
  const trainGrams = train.map((r) => wordTrigrams(r.text));
  const test: CorpusRecord[] = [];
  let moved = 0;
  for (const r of candidates) {
    const grams = wordTrigrams(r.text);
    if (trainGrams.some((g) => jaccard(grams, g) > LEAKAGE_JACCARD)) {
      train.push(r);
      trainGrams.push(grams);
      moved += 1;
    } else {
      test.push(r);
    }
  }
  return { train, dev, test, moved };
}

/** What the shipped model is trained on: train then dev, never test. */
export function trainingRecords(splits: CorpusSplits): CorpusRecord[] {
  return [...splits.train, ...splits.dev];
}
