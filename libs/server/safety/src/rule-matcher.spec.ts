import { BadInputError } from '@haven/server/core';
import { compileRule, testAllWithin, testWithin, validateRulePattern } from './rule-matcher';

// Answers that must not depend on how busy the machine is get a budget no sound match comes near.
const ROOMY = 1_000;

describe('rule matcher', () => {
  it('matches phrases as whole words, whatever the case and spacing', () => {
    const rule = compileRule('street  ketamine', false);
    expect(testWithin(rule, 'Anyone tried STREET ketamine?', ROOMY)).toBe(true);
    expect(testWithin(rule, 'street ketamines', ROOMY)).toBe(false);
    expect(testWithin(compileRule('c.o.d', false), 'cod', ROOMY)).toBe(false);
  });

  it('accepts sound regular expressions', () => {
    expect(() => validateRulePattern('\\bk(et|etamine)\\s+for\\s+sale\\b', true, ROOMY)).not.toThrow();
    expect(testWithin(compileRule('\\bket\\s+for\\s+sale\\b', true), 'KET for sale here', ROOMY)).toBe(true);
  });

  it.each(['(a+)+$', '(\\w*)*x', '(x|xy){2,}+', '(a)\\1', '[unclosed', '', 'x'.repeat(501)])(
    'refuses bad pattern #%#',
    (pattern) => {
      expect(() => validateRulePattern(pattern, true)).toThrow(BadInputError);
    },
  );

  it('bounds the time a catastrophic expression may run', () => {
    // Built directly (validation would refuse it) to show the time bound holds on its own.
    const evil = new RegExp('^(a|a)*$');
    const started = Date.now();
    const result = testWithin(evil, 'a'.repeat(40) + 'b', 20);
    expect(result).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('batched rule matching', () => {
  it('answers each expression in order', () => {
    const rules = [
      compileRule('street ketamine', false),
      compileRule('\\bket\\b', true),
      compileRule('clinic', false),
    ];
    expect(testAllWithin(rules, 'no street ketamine at this clinic', ROOMY)).toEqual([true, false, true]);
    expect(testAllWithin([], 'anything')).toEqual([]);
  });

  it('finds the slow expression when the batch runs out of time, and still answers the others', () => {
    const rules = [compileRule('hello', false), new RegExp('^(a|a)*$')];
    expect(testAllWithin(rules, 'a'.repeat(40) + 'b hello', 200)).toEqual([true, 'timeout']);
  });
});
