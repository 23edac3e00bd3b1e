import { analyse } from '../analysis/analyse';
import { BucketList, featurize, type FeatureSet } from './features';
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

describe('the reused bucket list', () => {
  it('keeps every bucket past its first capacity, and hands out copies', () => {
    const list = new BucketList();
    for (let i = 0; i < 5_000; i += 1) list.push(i * 7);
    const first = list.take();
    expect(first.length).toBe(5_000);
    expect(first[0]).toBe(0);
    expect(first[1_024]).toBe(1_024 * 7);
    expect(first[4_999]).toBe(4_999 * 7);
    list.clear();
    list.push(42);
    expect(Array.from(list.take())).toEqual([42]);
    // The copy handed out before is not overwritten by the next sentence's buckets.
    expect(first[0]).toBe(0);
  });

  it('a sentence of hundreds of words has the same features however many came before it', () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const alone = featurize(analyse(long), [], 'phrases');
    featurize(analyse(`${long} ${long}`), [], 'phrases');
    const again = featurize(analyse(long), [], 'phrases');
    expect(Array.from(again.index)).toEqual(Array.from(alone.index));
    expect(Array.from(again.value)).toEqual(Array.from(alone.value));
    expect(alone.index.length).toBeGreaterThan(1_024 / 4);
  });
});
