export * from './tracker.module';
export { TrackerService } from './tracker.service';
export { trackerEntities, trackerMigrations } from './tracker.database';
