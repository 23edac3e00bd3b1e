export { trackerEntities, trackerMigrations } from './tracker.database';
