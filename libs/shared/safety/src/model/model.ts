import type { Sentence } from '../analysis/analyse';
import { addDotProduct, FEATURE_BUCKETS, type FeatureSet, type FeatureVector } from './features';
import artefact from './safety-model.json';

export const CRISIS_CLASSES = ['NONE', 'CONCERN', 'HIGH', 'IMMINENT'] as const;

/** The artefact's format; version 2 names the feature set of each head. */
export const MODEL_VERSION = 2;

/** The weights of one logistic-regression head, quantised to signed bytes with one scale. */
export interface EncodedHead {
  classes: number;
  features: FeatureSet;
  scale: number;
  bias: number[];
  /** Base64 of `classes × buckets` signed bytes, bucket-major. */
  weights: string;
}

export interface ModelArtefact {
  version: number;
  buckets: number;
  corpusTexts: number;
  crisis: EncodedHead;
  sourcing: EncodedHead;
}

export interface Head {
  classes: number;
  features: FeatureSet;
  scale: number;
  bias: Float64Array;
  weights: Int8Array;
}

export function decodeHead(encoded: EncodedHead): Head {
  const binary = atob(encoded.weights);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) weights[i] = (binary.charCodeAt(i) << 24) >> 24;
  return {
    classes: encoded.classes,
    features: encoded.features,
    scale: encoded.scale,
    bias: Float64Array.from(encoded.bias),
    weights,
  };
}

/** Class probabilities (softmax; a one-class head is a sigmoid and answers [p(no), p(yes)]). */
export function predict(head: Head, features: FeatureVector): number[] {
  const logits = Array.from(head.bias);
  for (let f = 0; f < features.index.length; f += 1)
    addFeature(head, logits, features.index[f], features.value[f]);
  return probabilities(head, logits);
}

/** `predict` over the features of some sentences, without building their vector. */
export function predictSentences(
  head: Head,
  sentences: readonly Sentence[],
  extra: readonly string[],
): number[] {
  const logits = Array.from(head.bias);
  addDotProduct(sentences, extra, head.features, head.weights, head.classes, head.scale, logits);
  return probabilities(head, logits);
}

function addFeature(head: Head, logits: number[], bucket: number, value: number): void {
  const base = bucket * head.classes;
  const v = value * head.scale;
  for (let c = 0; c < head.classes; c += 1) logits[c] += head.weights[base + c] * v;
}

function probabilities(head: Head, logits: number[]): number[] {
  const k = head.classes;
  if (k === 1) {
    const p = 1 / (1 + Math.exp(-logits[0]));
    return [1 - p, p];
  }
  const top = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export interface SafetyModel {
  crisis: Head;
  sourcing: Head;
}

export function loadModel(a: ModelArtefact): SafetyModel {
  if (a.version !== MODEL_VERSION)
    throw new Error(`safety model: format ${a.version}, expected ${MODEL_VERSION}`);
  if (a.buckets !== FEATURE_BUCKETS) throw new Error('safety model: feature buckets do not match');
  return { crisis: decodeHead(a.crisis), sourcing: decodeHead(a.sourcing) };
}

// Decoded once per process from the checked-in artefact; read-only afterwards.
let loaded: SafetyModel | null = null;

/** The checked-in model. */
export function model(): SafetyModel {
  loaded ??= loadModel(artefact as ModelArtefact);
  return loaded;
}
