import { coreEntities, coreMigrations } from '@haven/server/core';
import { identityEntities, identityMigrations } from '@haven/server/identity';
import { safetyEntities, safetyMigrations } from '@haven/server/safety';
import { chatEntities, chatMigrations } from '@haven/server/chat';
import { moderationEntities, moderationMigrations } from '@haven/server/moderation';
import { forumEntities, forumMigrations } from '@haven/server/forum';
import { testimonialsEntities, testimonialsMigrations } from '@haven/server/testimonials';
import { trackerEntities, trackerMigrations } from '@haven/server/tracker';
import { notificationsEntities, notificationsMigrations } from '@haven/server/notifications';

/**
 * Each domain's entities and migrations. `npm run migration:generate -- libs/server/<domain>/src/migrations/<name>`
 * diffs the named domain's entities (with identity's, which others reference) against all migrations.
 */
export const DOMAINS: Record<
  string,
  { entities: readonly (new () => object)[]; migrations: readonly (new () => object)[] }
> = {
  core: { entities: coreEntities, migrations: coreMigrations },
  identity: { entities: identityEntities, migrations: identityMigrations },
  safety: { entities: safetyEntities, migrations: safetyMigrations },
  chat: { entities: chatEntities, migrations: chatMigrations },
  moderation: { entities: moderationEntities, migrations: moderationMigrations },
  forum: { entities: forumEntities, migrations: forumMigrations },
  testimonials: { entities: testimonialsEntities, migrations: testimonialsMigrations },
  tracker: { entities: trackerEntities, migrations: trackerMigrations },
  notifications: { entities: notificationsEntities, migrations: notificationsMigrations },
};

export const ENTITIES = Object.values(DOMAINS).flatMap((d) => d.entities);
export const MIGRATIONS = Object.values(DOMAINS).flatMap((d) => d.migrations);
