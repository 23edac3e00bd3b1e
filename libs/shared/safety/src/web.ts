/**
 * The light part of the library for the browser: crisis resources and the shapes of a grade. The
 * grading model stays on the server; the web composer asks it through `previewSafety`.
 */
export type { CrisisResource, RiskLevel, SafetySignal } from './types';
export {
  CAREGIVER_MESSAGE,
  CRISIS_MESSAGE,
  CRISIS_REGIONS,
  CRISIS_RESOURCES,
  resourcesForRegion,
  type CrisisRegion,
} from './resources';
