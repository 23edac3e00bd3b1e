export * from './safety.module';
export * from './safety.service';
export * from './safety-gate.service';
export * from './safety-clock';
export * from './rules.service';
export * from './crisis-resources.service';
export * from './dto/safety.objects';
export * from './dto/moderation-rule.dto';
export { safetyEntities, safetyMigrations } from './safety.database';
