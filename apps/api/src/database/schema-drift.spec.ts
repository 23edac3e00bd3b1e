import 'reflect-metadata';
import { createTestDatabase, type TestDatabase } from '@haven/server/testing';
import { createDataSource } from './data-source';

// The template database has every migration applied; the entities must want nothing more.
describe('entities and migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('agree: the schema the entities describe is the one the migrations build', async () => {
    const dataSource = await createDataSource(db.url).initialize();
    try {
      const pending = await dataSource.showMigrations();
      const sql = await dataSource.driver.createSchemaBuilder().log();
      expect(pending).toBe(false);
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('can be rolled back one by one and applied again', async () => {
    const dataSource = await createDataSource(db.url).initialize();
    try {
      const count = dataSource.migrations.length;
      for (let i = 0; i < count; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')`,
      );
      expect(tables[0].n).toBe(0);
      await dataSource.runMigrations({ transaction: 'each' });
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
