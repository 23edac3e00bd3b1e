// Runs before each test file: makes sure the run's template database exists with every migration of
// Haven applied. The first file to get here builds it under an advisory lock; the others reuse it.
import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { adminUrl, databaseUrl, templateName } from '../../libs/server/testing/src/test-databases';

beforeAll(async () => {
  const template = templateName();
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE "${template}"`);
      const dataSource = await createDataSource(databaseUrl(template)).initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await dataSource.destroy();
      }
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]).catch(() => undefined);
    await admin.end();
  }
}, 120_000);
