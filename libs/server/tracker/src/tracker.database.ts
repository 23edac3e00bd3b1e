import { TrackerInit1796156385829 } from './migrations/1796156385829-tracker-init';
import { MoodEntryEntity } from './mood-entry.entity';
import { TrackerSessionEntity } from './tracker-session.entity';
import { TrackerSettingsEntity } from './tracker-settings.entity';

export const trackerEntities = [TrackerSessionEntity, MoodEntryEntity, TrackerSettingsEntity];
export const trackerMigrations = [TrackerInit1796156385829];
