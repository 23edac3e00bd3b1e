export { TrackerPage } from './TrackerPage';
