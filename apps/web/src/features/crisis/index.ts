export { CrisisPage, IMMEDIATE_DANGER } from './CrisisPage';
export { CrisisResourceList } from './CrisisResourceList';
export { CRISIS_REGIONS, type CrisisRegion } from './regions';
