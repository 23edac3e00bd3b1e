import { join } from 'node:path';
import { loadCorpus, splitCorpus, trainingRecords, type CorpusRecord } from '../corpus/corpus';
import { evaluate } from '../corpus/evaluate';
import { gradeText } from '../grade';
import { levelRank, type SafetyGrade } from '../types';
import { fnv1a } from './features';
import { loadModel, type ModelArtefact } from './model';
import { trainModel } from './train';

/**
 * `npm run safety:tune`: where thresholds and frames are tuned, never on the test split. By default it
 * trains on the train split and grades dev; with `--folds` it cross-validates over train and dev (five
 * folds by seeded hash: each fold graded by a model trained on the other four), which tunes on four
 * times as many texts. It prints the figures and every text graded wrongly (`--quiet`: figures only).
 */
const splits = splitCorpus(loadCorpus(join(process.cwd(), 'libs/shared/safety/corpus')));
const FOLDS = 5;
const foldOf = (text: string): number => fnv1a(`fold\u0000${text}`) % FOLDS;
const rounds: { train: CorpusRecord[]; graded: CorpusRecord[] }[] = process.argv.includes('--folds')
  ? Array.from({ length: FOLDS }, (_, k) => {
      const pool = trainingRecords(splits);
      return {
        train: pool.filter((r) => foldOf(r.text) !== k),
        graded: pool.filter((r) => foldOf(r.text) === k),
      };
    })
  : [{ train: splits.train, graded: splits.dev }];
const graded: { record: CorpusRecord; grade: SafetyGrade }[] = [];
for (const round of rounds) {
  const tuned = loadModel(JSON.parse(trainModel(round.train)) as ModelArtefact);
  for (const record of round.graded) graded.push({ record, grade: gradeText(record.text, tuned) });
}
const byText = new Map(graded.map((g) => [g.record.text, g.grade]));
const grade = (text: string): SafetyGrade => byText.get(text) as SafetyGrade;
const records = graded.map((g) => g.record);
const result = evaluate(records, grade);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const c = result.crisis;
process.stdout.write(
  `${rounds.length === 1 ? 'dev' : `${FOLDS}-fold cross-validation over train and dev:`} ${records.length} texts\n` +
    `crisis: precision ${pct(c.precision)} recall ${pct(c.recall)} fpr ${pct(c.falsePositiveRate)} high ${pct(c.highRecall)} third-party ${pct(c.thirdPartyRecall)}\n` +
    `sourcing: recall ${pct(result.sourcing.recall)} fpr ${pct(result.sourcing.falsePositiveRate)}\n`,
);
if (!process.argv.includes('--quiet')) {
  for (const r of records) {
    const g = grade(r.text);
    const crisisWrong =
      (r.level === 'NONE') !== (g.crisis.level === 'NONE') ||
      (levelRank(r.level) >= 2 && levelRank(g.crisis.level) < 2);
    if (crisisWrong) {
      const why = g.crisis.signals.map((s) => `${s.category}:"${s.span.slice(0, 50)}"`).join(' ');
      process.stdout.write(
        `  crisis ${r.level}->${g.crisis.level} [${r.category}] ${r.text.slice(0, 160)}  ${why}\n`,
      );
    }
    if (r.sourcing !== g.sourcing.detected) {
      process.stdout.write(
        `  sourcing ${r.sourcing}->${g.sourcing.detected} [${r.category}] ${r.text.slice(0, 160)}\n`,
      );
    }
  }
}
