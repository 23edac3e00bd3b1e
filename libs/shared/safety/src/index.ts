export type {
  CrisisDetection,
  CrisisResource,
  DetectionExplanation,
  SafetyVerdict,
  SourcingDetection,
} from './types';
export { normalizeText } from './normalize';
export { detectCrisis, explainCrisis } from './crisis.detector';
export { CRISIS_CATEGORIES, type CrisisCategory } from './crisis.patterns';
export { detectSourcing, explainSourcing } from './sourcing.detector';
export { SOURCING_CATEGORIES, type SourcingCategory } from './sourcing.patterns';
export { checkText } from './check-text';
export {
  CRISIS_MESSAGE,
  CRISIS_REGIONS,
  CRISIS_RESOURCES,
  resourcesForRegion,
  type CrisisRegion,
} from './resources';
