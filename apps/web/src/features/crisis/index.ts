export { CrisisPage } from './CrisisPage';
export { CrisisResourceList } from './CrisisResourceList';
export { EmergencyNumbers, IMMEDIATE_DANGER } from './EmergencyNumbers';
export { CRISIS_REGIONS, type CrisisRegion } from './regions';
