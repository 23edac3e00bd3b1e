import { evaluate, formatEvaluation } from './fixtures/evaluate';
import { SOURCING_EXAMPLES } from './fixtures/sourcing-examples';
import { detectSourcing, explainSourcing } from './sourcing.detector';

describe('detectSourcing', () => {
  describe('over the labelled examples', () => {
    const examples = SOURCING_EXAMPLES.map((e) => ({ text: e.text, expected: e.sourcing, kind: e.kind }));
    const result = evaluate(examples, detectSourcing);

    it('has enough examples of each label', () => {
      expect(examples.filter((e) => e.expected).length).toBeGreaterThanOrEqual(40);
      expect(examples.filter((e) => !e.expected).length).toBeGreaterThanOrEqual(40);
    });

    it('reaches recall ≥ 0.95 and a false-positive rate ≤ 0.05', () => {
      console.log(formatEvaluation('sourcing detector', result));
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
      expect(result.fpr).toBeLessThanOrEqual(0.05);
    });
  });

  it.each([
    ['selling k', 'sale-offer'],
    ['who can hook me up with ket', 'purchase-request'],
    ['DM me for ketamine', 'sale-solicitation'],
    ['vendor ships worldwide', 'darknet'],
    ['no script needed', 'no-prescription'],
    ['Can I get ketamine without a prescription?', 'no-prescription'],
    ['Telegram @kplug for ket', 'contact-with-drugs'],
    ['Text 555-201-3344 for k', 'contact-with-drugs'],
  ])('flags %j as %s', (text, match) => {
    const result = detectSourcing(text);
    expect(result.detected).toBe(true);
    expect(result.matches).toContain(match);
  });

  it.each([
    'Where can I find a licensed ketamine clinic?',
    'How much are infusions at the clinic near you?',
    'Does my insurance cover Spravato?',
    "I'm on prescribed ketamine treatment",
    'My psychiatrist prescribed esketamine',
    'How much does a ketamine clinic cost without insurance?',
  ])('does not flag %j', (text) => {
    expect(detectSourcing(text)).toEqual({ detected: false, matches: [] });
  });

  it('needs drug talk next to a contact handle or phone number', () => {
    expect(detectSourcing('Find me on Telegram @sunny_days, happy to chat about anything').detected).toBe(
      false,
    );
    expect(detectSourcing('Find me on Telegram @sunny_days for ket').detected).toBe(true);
    expect(detectSourcing('Call me on 07700 900456 if you want to talk').detected).toBe(false);
    expect(detectSourcing('Call me on 07700 900456 if you want ket').detected).toBe(true);
  });

  it('sees through leetspeak', () => {
    expect(detectSourcing('s3lling k3t, dm me').detected).toBe(true);
  });

  it('explains which patterns matched', () => {
    const explanation = explainSourcing('Selling K, HMU');
    expect(explanation.normalized).toBe('selling k, hmu');
    expect(explanation.hits).toContainEqual({ id: 'selling', name: 'sale-offer', excerpt: 'selling k' });
  });
});
