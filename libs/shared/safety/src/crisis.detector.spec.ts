import { detectCrisis, explainCrisis } from './crisis.detector';
import { CRISIS_EXAMPLES } from './fixtures/crisis-examples';
import { evaluate, formatEvaluation } from './fixtures/evaluate';

describe('detectCrisis', () => {
  describe('over the labelled examples', () => {
    const examples = CRISIS_EXAMPLES.map((e) => ({ text: e.text, expected: e.crisis, kind: e.kind }));
    const result = evaluate(examples, detectCrisis);

    it('has enough examples of each label', () => {
      expect(examples.filter((e) => e.expected).length).toBeGreaterThanOrEqual(70);
      expect(examples.filter((e) => !e.expected).length).toBeGreaterThanOrEqual(70);
    });

    it('reaches recall ≥ 0.95 and a false-positive rate ≤ 0.05', () => {
      console.log(formatEvaluation('crisis detector', result));
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
      expect(result.fpr).toBeLessThanOrEqual(0.05);
    });
  });

  it.each([
    ["I can't see any way out but ending it", ['suicidal-intent', 'hopelessness-burden']],
    ['nobody would miss me', ['hopelessness-burden']],
    ['I want to kill myself', ['suicidal-intent']],
    ["I've been cutting again", ['self-harm']],
    ['I have the pills saved up', ['means']],
    ['tonight is the night I end it', ['suicidal-intent', 'timing']],
    ['this is my goodbye, thank you all', ['goodbye']],
    ['everyone would be better off without me', ['hopelessness-burden']],
    ["I don't want to wake up tomorrow", ['suicidal-intent']],
    ['I wrote my suicide note yesterday', ['plan']],
  ])('flags %j as %j', (text, matches) => {
    expect(detectCrisis(text)).toEqual({ detected: true, matches });
  });

  it.each([
    "I'm not suicidal",
    'I would never hurt myself',
    'a killer workout',
    'the traffic is killing me',
    'dying to try that café',
    'this homework is killing me',
    'I could kill for a coffee',
    'I nearly died laughing',
    "two years ago I attempted, today I'm doing better",
    'Does esketamine list suicidality as a side effect?',
  ])('does not flag %j', (text) => {
    expect(detectCrisis(text)).toEqual({ detected: false, matches: [] });
  });

  it('sees through obfuscation', () => {
    for (const text of [
      'i want to k1ll mys3lf',
      'thinking about s*icide',
      'I want to unalive',
      'K I L L MYSELF',
    ]) {
      expect(detectCrisis(text).detected).toBe(true);
    }
  });

  it('keeps a recovery story negative unless current intent is expressed', () => {
    expect(detectCrisis('Back in 2019 I tried to take my own life.').detected).toBe(false);
    expect(detectCrisis('Back in 2019 I tried to take my own life. Now I want to die again.').detected).toBe(
      true,
    );
  });

  it('ignores quoted words of someone else but not the author', () => {
    expect(detectCrisis('My sister texted "I want to die" and I called her right away').detected).toBe(false);
    expect(detectCrisis('I keep thinking "I want to die" over and over').detected).toBe(true);
  });

  it('explains which patterns matched, on the normalised text', () => {
    const explanation = explainCrisis('I’m going to   K1LL myself');
    expect(explanation.normalized).toBe("i'm going to kill myself");
    expect(explanation.hits).toEqual([
      { id: 'kill-myself', name: 'suicidal-intent', excerpt: 'kill myself' },
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(detectCrisis('')).toEqual({ detected: false, matches: [] });
    expect(detectCrisis(' \n\t ')).toEqual({ detected: false, matches: [] });
  });
});
