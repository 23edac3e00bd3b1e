import { checkText } from './check-text';
import { CRISIS_FIGURATIVE } from './crisis-figurative.patterns';
import { CRISIS_PATTERNS } from './crisis.detector';
import { NORMALIZE_REGEXES } from './normalize';
import { CONTEXT_REGEXES, type PhrasePattern } from './phrase-matcher';
import {
  CONTACT,
  DRUG_MENTION,
  LEGIT_CONTEXT,
  SALE_CUE,
  SOLICIT_CUE,
  SOURCING_PATTERNS,
  STREET_MENTION,
  STRONG_SALE_CUE,
} from './sourcing.patterns';
import { regexProblems } from './testing/regex-audit';

const asList = (r: RegExp | readonly RegExp[] | undefined): RegExp[] =>
  r === undefined ? [] : r instanceof RegExp ? [r] : [...r];
const patternRegexes = (p: PhrasePattern): RegExp[] => [
  p.regex,
  ...asList(p.unlessAfter),
  ...asList(p.unlessBefore),
];

const ALL_REGEXES: RegExp[] = [
  ...CRISIS_PATTERNS.flatMap(patternRegexes),
  ...SOURCING_PATTERNS.flatMap(patternRegexes),
  ...CRISIS_FIGURATIVE,
  ...CONTEXT_REGEXES,
  ...NORMALIZE_REGEXES,
  ...Object.values(CONTACT),
  DRUG_MENTION,
  STREET_MENTION,
  SOLICIT_CUE,
  SALE_CUE,
  STRONG_SALE_CUE,
  LEGIT_CONTEXT,
];

describe('regular expressions', () => {
  it('audits the expressions it is given', () => {
    expect(regexProblems(/(a+)+$/.source)).toHaveLength(1);
    expect(regexProblems(/(?:\w+ )?x/.source)).toHaveLength(1);
    expect(regexProblems(/(?:a|ab)*c/.source)).toHaveLength(1);
    expect(regexProblems(/(?:[a-z]\d{1,3})?/.source)).toHaveLength(1);
    expect(regexProblems(/\b(?:i'm|i feel) [a-z' ]{0,25}\bsad(?: off|)\b/.source)).toEqual([]);
    expect(regexProblems(/[(+*]{2,}(?=x)\(\)/.source)).toEqual([]);
    expect(regexProblems(/\b[a-z](?:[._-][a-z]){2,}\b/.source)).toEqual([]);
  });

  it('has no nested quantifiers or overlapping repeated alternatives', () => {
    expect(ALL_REGEXES.length).toBeGreaterThan(100);
    const problems = ALL_REGEXES.flatMap((r) =>
      regexProblems(r.source).map((p) => `${p}\n  in /${r.source}/`),
    );
    expect(problems).toEqual([]);
  });

  it('uses global expressions for the phrase patterns', () => {
    for (const p of [...CRISIS_PATTERNS, ...SOURCING_PATTERNS]) expect(p.regex.flags).toContain('g');
    const ids = [...CRISIS_PATTERNS, ...SOURCING_PATTERNS].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('adversarial input of 40 000 characters', () => {
  const LENGTH = 40_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  const inputs: [string, string][] = [
    ['one letter', 'a'.repeat(LENGTH)],
    ['spaced letters', fill('a ')],
    ['dotted letters', fill('a.')],
    ['digits', '1'.repeat(LENGTH)],
    ['symbols', fill('@$!|*#')],
    ['quotes', fill(`"'`)],
    ['near miss: want to', fill('i want to ')],
    ['near miss: nobody would', fill('nobody would ')],
    ['near miss: better off', fill('everyone would be better ')],
    ['near miss: how many', fill('how many pills would ')],
    ['near miss: rather die', fill('rather die ')],
    ['near miss: dm me for', fill('dm me for ')],
    ['near miss: phone', fill('+1 555 ')],
    ['negations', fill("not never don't ")],
    ['repeated phrase', fill('kill myself ')],
    [
      'figurative and matches',
      fill("if i'm not killing myself the traffic is killing me, goodbye everyone "),
    ],
  ];

  it('finishes every detector on each input', () => {
    const rows: string[] = [];
    for (const [name, text] of inputs) {
      const started = Date.now();
      const verdict = checkText(text);
      rows.push(`${name.padEnd(28)} ${String(Date.now() - started).padStart(5)} ms`);
      expect(typeof verdict.crisis.detected).toBe('boolean');
      expect(typeof verdict.sourcing.detected).toBe('boolean');
    }
    console.log(`checkText on ${LENGTH}-character adversarial inputs\n${rows.join('\n')}`);
    expect(checkText(fill('kill myself ')).crisis.detected).toBe(true);
  });
});
