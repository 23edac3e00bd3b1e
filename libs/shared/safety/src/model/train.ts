import { analyse } from '../analysis/analyse';
import type { CorpusRecord } from '../corpus/corpus';
import { findCrisisFrames, frameFeatures } from '../crisis/crisis-frames';
import { findSourcingFrames, sourcingFeatures } from '../sourcing/sourcing-frames';
import { windows } from '../grade';
import { levelRank } from '../types';
import { FEATURE_BUCKETS, type FeatureSet, featurize, type FeatureVector } from './features';
import { type EncodedHead, MODEL_VERSION, type ModelArtefact } from './model';

/** Training settings; changing one changes the artefact. */
export const TRAINING: TrainingSettings = { epochs: 24, rate: 0.6, decay: 0.15, l2: 2e-6, seed: 20261201 };

/**
 * The features of each head: skip-bigrams help the crisis head follow phrases past a word between them;
 * the sourcing head found fewer sourcing texts with them in cross-validation, so it reads words alone.
 */
const CRISIS_FEATURES: FeatureSet = 'phrases';
const SOURCING_FEATURES: FeatureSet = 'words';

export interface TrainingSettings {
  epochs: number;
  rate: number;
  decay: number;
  l2: number;
  seed: number;
}

interface Example {
  features: FeatureVector;
  target: number;
}

/** A small seeded generator (mulberry32) so the shuffle, and so the weights, are the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Stochastic gradient descent on the (class-balanced) log loss, softmax for k > 1, sigmoid for k = 1. */
function trainHead(
  examples: Example[],
  classes: number,
  seed: number,
  settings: TrainingSettings,
): { bias: Float64Array; weights: Float64Array } {
  const k = classes;
  const outputs = k === 1 ? 2 : k;
  const weights = new Float64Array(FEATURE_BUCKETS * k);
  const bias = new Float64Array(k);
  const counts = new Array<number>(outputs).fill(0);
  for (const e of examples) counts[e.target] += 1;
  const balance = counts.map((c) => (c === 0 ? 0 : examples.length / (outputs * c)));
  const next = random(seed);
  const logits = new Float64Array(k);
  const grad = new Float64Array(k);
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    const rate = settings.rate / (1 + settings.decay * epoch);
    for (const e of shuffle(examples, next)) {
      const { index, value } = e.features;
      for (let c = 0; c < k; c += 1) logits[c] = bias[c];
      for (let f = 0; f < index.length; f += 1) {
        const base = index[f] * k;
        for (let c = 0; c < k; c += 1) logits[c] += weights[base + c] * value[f];
      }
      const w = balance[e.target];
      if (k === 1) {
        const p = 1 / (1 + Math.exp(-logits[0]));
        grad[0] = w * (p - (e.target === 1 ? 1 : 0));
      } else {
        let top = -Infinity;
        for (let c = 0; c < k; c += 1) top = Math.max(top, logits[c]);
        let sum = 0;
        for (let c = 0; c < k; c += 1) sum += Math.exp(logits[c] - top);
        for (let c = 0; c < k; c += 1)
          grad[c] = w * (Math.exp(logits[c] - top) / sum - (c === e.target ? 1 : 0));
      }
      for (let c = 0; c < k; c += 1) bias[c] -= rate * grad[c];
      for (let f = 0; f < index.length; f += 1) {
        const base = index[f] * k;
        for (let c = 0; c < k; c += 1) {
          weights[base + c] -= rate * (grad[c] * value[f] + settings.l2 * weights[base + c]);
        }
      }
    }
  }
  return { bias, weights };
}

function encode(
  classes: number,
  features: FeatureSet,
  trained: { bias: Float64Array; weights: Float64Array },
): EncodedHead {
  let largest = 0;
  for (const w of trained.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest === 0 ? 1 : Number((largest / 127).toPrecision(8));
  let binary = '';
  for (const w of trained.weights) {
    const q = Math.max(-127, Math.min(127, Math.round(w / scale)));
    binary += String.fromCharCode(q & 0xff);
  }
  return {
    classes,
    features,
    scale,
    bias: Array.from(trained.bias, (b) => Number(b.toPrecision(8))),
    weights: btoa(binary),
  };
}

/** Trains both heads on the given records; the answer is the artefact's JSON text, byte for byte. */
export function trainModel(records: readonly CorpusRecord[], settings: TrainingSettings = TRAINING): string {
  const analysed = records.map((r) => analyse(r.text));
  const crisis: Example[] = [];
  analysed.forEach((sentences, i) => {
    const hits = findCrisisFrames(sentences);
    const target = levelRank(records[i].level);
    crisis.push({ features: featurize(sentences, frameFeatures(hits), CRISIS_FEATURES), target });
    // Grading reads a long text two sentences at a time too. A calm text is calm in every window, so its
    // windows are examples of their own; a crisis text's windows are not (only one may hold the crisis).
    if (target !== 0) return;
    for (const w of windows(sentences).slice(1)) {
      crisis.push({
        features: featurize(
          sentences.slice(w.from, w.to),
          frameFeatures(hits, w.from, w.to),
          CRISIS_FEATURES,
        ),
        target,
      });
    }
  });
  const sourcing = analysed.map((sentences, i) => ({
    features: featurize(
      sentences,
      sourcingFeatures(findSourcingFrames(sentences, records[i].text)),
      SOURCING_FEATURES,
    ),
    target: records[i].sourcing ? 1 : 0,
  }));
  const artefact: ModelArtefact = {
    version: MODEL_VERSION,
    buckets: FEATURE_BUCKETS,
    corpusTexts: records.length,
    crisis: encode(4, CRISIS_FEATURES, trainHead(crisis, 4, settings.seed, settings)),
    sourcing: encode(1, SOURCING_FEATURES, trainHead(sourcing, 1, settings.seed + 1, settings)),
  };
  return `${JSON.stringify(artefact, null, 2)}\n`;
}
