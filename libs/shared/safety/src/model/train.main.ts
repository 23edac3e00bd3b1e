import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, splitCorpus, trainingRecords } from '../corpus/corpus';
import { trainModel } from './train';

/**
 * `npm run safety:train`: trains on the train and dev splits (the thresholds were chosen on dev with a
 * model trained on train alone) and writes the artefact into the source tree. The test split is never read.
 */
const splits = splitCorpus(loadCorpus(join(process.cwd(), 'libs/shared/safety/corpus')));
const out = join(process.cwd(), 'libs/shared/safety/src/model/safety-model.json');
writeFileSync(out, trainModel(trainingRecords(splits)));
process.stdout.write(
  `safety model: trained on ${splits.train.length + splits.dev.length} texts (train ${splits.train.length} + dev ${splits.dev.length}; test ${splits.test.length} held out, ${splits.moved} moved from test to train) -> ${out}\n`,
);
