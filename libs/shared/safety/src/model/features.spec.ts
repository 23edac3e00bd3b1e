import { analyse } from '../analysis/analyse';
import { featurize, type FeatureSet } from './features';
import { loadModel, model, MODEL_VERSION, type ModelArtefact } from './model';
import artefact from './safety-model.json';

const buckets = (text: string, set: FeatureSet) => new Set(featurize(analyse(text), [], set).index);

describe('sentences and features', () => {
  it('a line break ends a sentence, and the break itself is no token', () => {
    const sentences = analyse('morning all\ncoffee first\n\nsession at 2');
    expect(sentences.map((s) => s.tokens.map((t) => t.value).join(' '))).toEqual([
      'morning all',
      'coffee first',
      'session at 2',
    ]);
  });

  it('phrases add skip-bigrams to the words: a word between two others changes them, not the words', () => {
    const words = buckets('i want to die', 'words');
    const phrases = buckets('i want to die', 'phrases');
    for (const bucket of words) expect(phrases.has(bucket)).toBe(true);
    expect(phrases.size).toBeGreaterThan(words.size);
    // "want to die" and "want 2 die" share the skip-bigram "want _ die", which words alone do not see.
    const shared = (set: FeatureSet) =>
      [...buckets('want to die', set)].filter((b) => buckets('want 2 die', set).has(b)).length;
    expect(shared('phrases')).toBeGreaterThan(shared('words'));
  });

  it('the checked-in model names its format and the feature set of each head', () => {
    expect(artefact.version).toBe(MODEL_VERSION);
    expect(model().crisis.features).toBe('phrases');
    expect(model().sourcing.features).toBe('words');
    expect(() => loadModel({ ...(artefact as ModelArtefact), version: MODEL_VERSION - 1 })).toThrow(/format/);
  });
});
