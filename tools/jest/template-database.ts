// Runs before each test file: tells the test harness how to build the run's template database (every
// migration of Haven applied). The first file that needs a database builds it; pure unit tests never do.
import 'reflect-metadata';
import { setTemplateMigrator } from '@haven/server/testing';

setTemplateMigrator(async (url) => {
  const { createDataSource } = await import('../../apps/api/src/database/data-source');
  const dataSource = await createDataSource(url).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
});
