import { identityEntities, identityMigrations } from '@haven/server/identity';

/**
 * Each domain's entities and migrations. `npm run migration:generate -- libs/server/<domain>/src/migrations/<name>`
 * diffs the named domain's entities (with identity's, which others reference) against all migrations.
 */
export const DOMAINS: Record<string, { entities: readonly (new () => object)[]; migrations: readonly (new () => object)[] }> = {
  identity: { entities: identityEntities, migrations: identityMigrations },
};

export const ENTITIES = Object.values(DOMAINS).flatMap((d) => d.entities);
export const MIGRATIONS = Object.values(DOMAINS).flatMap((d) => d.migrations);
