import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminUrl, databaseUrl, runId, templateName } from './test-databases';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

type Migrator = (url: string) => Promise<void>;
let migrator: Migrator | null = null;
let templateReady: Promise<void> | null = null;

/** How to migrate the template database (set by the Jest setup file, which knows every migration). */
export function setTemplateMigrator(fn: Migrator): void {
  migrator = fn;
}

/** Builds the run's template once: the first worker to get here does it under an advisory lock. */
async function ensureTemplate(admin: Client): Promise<void> {
  const template = templateName();
  await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (rowCount) return;
    if (!migrator)
      throw new Error('No template migrator: is tools/jest/template-database.ts in setupFilesAfterEnv?');
    await admin.query(`CREATE DATABASE "${template}"`);
    try {
      await migrator(databaseUrl(template));
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      throw error;
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
  }
}

/** A fresh database for one test file, cloned from the run's migrated template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `haven_t${randomBytes(4).toString('hex')}_p${runId()}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    templateReady ??= ensureTemplate(admin);
    await templateReady;
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: databaseUrl(name),
    async drop() {
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
