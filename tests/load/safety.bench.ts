// Safety grading benchmark: `npm run bench:safety`.
//
// Grades the held-out test split of the safety corpus (libs/shared/safety/corpus) and prints, for crisis,
// precision, recall, false-positive rate, recall per category and the confusion matrix of levels, and
// for sourcing, recall and false-positive rate; how many test texts the leakage rule moved to train;
// then the cost of grading: p50 and p99 milliseconds per 1,000-character text on one core
// (BENCH_TEXTS texts, default 2,000, after a warm-up). Asserts nothing; the floors are unit tests.
import { performance } from 'node:perf_hooks';
import { evaluate, gradeText, loadCorpus, RISK_LEVELS, splitCorpus } from '@haven/shared/safety';

const TEXTS = Number(process.env.BENCH_TEXTS ?? 2_000);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function thousandCharTexts(source: readonly string[], count: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (out.length < count) {
    let text = '';
    while (text.length < 1_000) {
      text += `${source[at % source.length]} `;
      at += 1;
    }
    out.push(text.slice(0, 1_000));
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const corpus = loadCorpus();
const splits = splitCorpus(corpus);
const result = evaluate(splits.test, (text) => gradeText(text));
const c = result.crisis;
console.log(
  `corpus: ${corpus.length} texts; train ${splits.train.length}, dev ${splits.dev.length}, test ${splits.test.length}; moved from test to train by the leakage rule: ${splits.moved}`,
);
console.log(`crisis (CONCERN and above), test split:`);
console.log(
  `  precision ${pct(c.precision)}  recall ${pct(c.recall)}  false-positive rate ${pct(c.falsePositiveRate)}`,
);
console.log(`  HIGH and IMMINENT graded at least HIGH: ${pct(c.highRecall)}`);
console.log(`  third-party risk recognised as third-party: ${pct(c.thirdPartyRecall)}`);
console.log('  recall per category:');
for (const [category, v] of Object.entries(c.recallByCategory)) {
  console.log(`    ${category.padEnd(18)} ${pct(v.recall).padStart(6)}  (${v.texts} texts)`);
}
console.log('  confusion (rows: labelled, columns: graded):');
console.log(`    ${''.padEnd(9)}${RISK_LEVELS.map((l) => l.padStart(9)).join('')}`);
for (const expected of RISK_LEVELS) {
  const row = RISK_LEVELS.map((g) => String(c.confusion[expected][g]).padStart(9)).join('');
  console.log(`    ${expected.padEnd(9)}${row}`);
}
console.log(
  `sourcing, test split: recall ${pct(result.sourcing.recall)} (${result.sourcing.positives} texts)  false-positive rate ${pct(result.sourcing.falsePositiveRate)} (${result.sourcing.negatives} texts)`,
);

const texts = thousandCharTexts(
  corpus.map((r) => r.text),
  TEXTS,
);
for (const text of texts.slice(0, 200)) gradeText(text);
const times: number[] = [];
for (const text of texts) {
  const start = performance.now();
  gradeText(text);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  `cost per 1,000-character text (one core, ${texts.length} texts): p50 ${percentile(times, 50).toFixed(3)} ms  p99 ${percentile(times, 99).toFixed(3)} ms`,
);
