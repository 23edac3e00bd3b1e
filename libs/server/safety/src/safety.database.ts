import { CrisisResourceEntity } from './crisis-resource.entity';
import { SafetyInit1795908000000 } from './migrations/1795908000000-safety-init';
import { ModerationRuleEntity } from './moderation-rule.entity';

export const safetyEntities = [CrisisResourceEntity, ModerationRuleEntity];
export const safetyMigrations = [SafetyInit1795908000000];
