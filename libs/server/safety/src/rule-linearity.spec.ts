import { isLinearRule } from './rule-linearity';
import { compileRule, testDirectly, testWithin } from './rule-matcher';

describe('rules that run without a time bound', () => {
  it.each([
    '\\bhow\\s+much\\s+(ket|ketamine|k)\\s+should\\s+i\\s+(take|use|snort)\\b',
    '\\b(best|easiest|painless)\\s+way\\s+to\\s+(die|overdose)\\b',
    '\\bk(et|etamine)\\s+for\\s+sale\\b',
    '^wickr:\\s*[a-z0-9_]{3,20}$',
    'telegram|signal|wickr',
    '\\d+mg\\b',
  ])('lets the sound expression %s run directly', (pattern) => {
    expect(isLinearRule(pattern)).toBe(true);
  });

  it.each([
    '(a+)+$',
    '^(a|a)*$',
    '(ket)+',
    '\\w+\\w+x',
    '.*.*=.*',
    '\\s+\\s*x',
    'a*a*a*a*b',
    '(a)\\1',
    '(?=a)a',
    '\\p{L}+',
    '[а-я]+[а-я]+',
    '(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)',
    '[unclosed',
    'x{1,1000}x{1,1000}y',
  ])('keeps %s under the time bound', (pattern) => {
    expect(isLinearRule(pattern)).toBe(false);
  });

  it('answers as the time-bounded run does', () => {
    const texts = ['How much KET should I take?', 'how   much k should i snort', 'how much should i take'];
    const rule = compileRule(
      '\\bhow\\s+much\\s+(ket|ketamine|k)\\s+should\\s+i\\s+(take|use|snort)\\b',
      true,
    );
    for (const text of texts) expect(testDirectly(rule, text)).toBe(testWithin(rule, text, 1_000));
  });

  it('stays quick on long hostile texts', () => {
    const patterns = [
      '\\bhow\\s+much\\s+(ket|ketamine|k)\\s+should\\b',
      '\\d+mg\\b',
      '^wickr:\\s*[a-z0-9_]{3,20}$',
    ];
    const texts = [' '.repeat(2000), '1'.repeat(2000), 'how much '.repeat(220), 'wickr:' + ' '.repeat(1990)];
    const started = performance.now();
    for (const pattern of patterns) for (const text of texts) testDirectly(compileRule(pattern, true), text);
    // Quadratic at worst: a few milliseconds for 2,000 characters; a catastrophic one would take minutes.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
