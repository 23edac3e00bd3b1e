export { DeleteAccountPage } from './DeleteAccountPage';
export { ExportDataPage } from './ExportDataPage';
export { JOURNEY_STAGE_OPTIONS, journeyStageLabel } from './journey-stages';
export { ProfilePage } from './ProfilePage';
