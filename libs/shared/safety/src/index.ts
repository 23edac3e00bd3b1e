export type {
  CrisisGrade,
  CrisisResource,
  RiskLevel,
  SafetyGrade,
  SafetySignal,
  SourcingGrade,
} from './types';
export { levelRank, maxLevel, RISK_LEVELS } from './types';
export { gradeText, THRESHOLDS, type Thresholds } from './grade';
export { warmUpAnalysis } from './analysis/analyse';
export { CRISIS_CATEGORIES, type CrisisCategory } from './crisis/crisis.frames';
export { SOURCING_CATEGORIES, type SourcingCategory } from './sourcing/sourcing.frames';
export { loadModel, model, type ModelArtefact, type SafetyModel } from './model/model';
export { trainModel, TRAINING, type TrainingSettings } from './model/train';
export {
  CORPUS_DIR,
  LEAKAGE_JACCARD,
  loadCorpus,
  parseRecord,
  splitCorpus,
  splitOf,
  trainingRecords,
  type CorpusRecord,
  type CorpusSplits,
  type Split,
} from './corpus/corpus';
export { evaluate, type Evaluation } from './corpus/evaluate';
export {
  CAREGIVER_MESSAGE,
  CRISIS_MESSAGE,
  CRISIS_REGIONS,
  CRISIS_RESOURCES,
  resourcesForRegion,
  type CrisisRegion,
} from './resources';
