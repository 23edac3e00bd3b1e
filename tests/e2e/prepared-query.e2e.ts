import { DataSource, QueryFailedError } from 'typeorm';
import {
  PREPARED_PER_CONNECTION,
  isDatabaseUnavailable,
  preparedQuery,
  statementName,
} from '@haven/server/core';
import { createTestDatabase, eventually, type TestDatabase } from '@haven/server/testing';

// A hot read runs through a named prepared statement (`preparedQuery`): the same rows as
// `DataSource.query`, parsed once per connection, failures as TypeORM's, the connection released.
describe('prepared queries', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One pooled connection: what a statement leaves on it is visible to the next query.
    db = new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } });
    await db.initialize();
    await db.query(`CREATE TABLE notes (id int PRIMARY KEY, body text, tags text[], at timestamptz)`);
    await db.query(
      `INSERT INTO notes VALUES (1, 'one', '{a,b}', '2026-01-02T03:04:05Z'), (2, 'two', '{}', NULL)`,
    );
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  const SQL = 'SELECT id, body, tags, at FROM notes WHERE id >= $1 ORDER BY id';

  it('names a statement by its text', () => {
    expect(statementName(SQL)).toBe(statementName(SQL));
    expect(statementName(SQL)).not.toBe(statementName(`${SQL} DESC`));
    expect(statementName(SQL)).toMatch(/^haven_[0-9a-f]{32}$/);
  });

  it('answers as DataSource.query does, for each set of arguments', async () => {
    for (const from of [1, 2, 3]) {
      expect(await preparedQuery(db, SQL, [from])).toEqual(await db.query(SQL, [from]));
    }
    const [first] = await preparedQuery<{ tags: string[]; at: Date }>(db, SQL, [1]);
    expect(first.tags).toEqual(['a', 'b']);
    expect(first.at).toEqual(new Date('2026-01-02T03:04:05Z'));
  });

  it('prepares the text once on a connection and keeps it there', async () => {
    await preparedQuery(db, SQL, [1]);
    await preparedQuery(db, SQL, [2]);
    const prepared = await db.query<{ name: string; statement: string }[]>(
      `SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'haven\\_%'`,
    );
    expect(prepared).toEqual([{ name: statementName(SQL), statement: SQL }]);
  });

  it("fails as TypeORM's QueryFailedError and gives the connection back", async () => {
    const failure = await preparedQuery(db, 'SELECT * FROM no_such_table WHERE id = $1', [1]).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('42P01');
    expect(isDatabaseUnavailable(failure)).toBe(false);
    // With one pooled connection, a connection kept by the failure would leave this query waiting.
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('reports a connection lost mid-query as the database being unavailable, then prepares again', async () => {
    const admin = new DataSource({ type: 'postgres', url: database.url });
    await admin.initialize();
    try {
      const slow = preparedQuery(db, 'SELECT pg_sleep($1::float8)', [60]).catch((error: unknown) => error);
      const sleeping = () =>
        admin.query<{ pid: number }[]>(
          `SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'SELECT pg_sleep%'`,
        );
      await eventually(async () => (await sleeping()).length === 1, 5_000, 'the slow query');
      await admin.query('SELECT pg_terminate_backend($1)', [(await sleeping())[0].pid]);
      const lost = await slow;
      expect(lost).toBeInstanceOf(QueryFailedError);
      expect(isDatabaseUnavailable(lost)).toBe(true);
    } finally {
      await admin.destroy();
    }
    // The pool replaces the connection; the statement is prepared on the new one.
    expect(await preparedQuery(db, SQL, [2])).toEqual([{ id: 2, body: 'two', tags: [], at: null }]);
    const prepared = await db.query<{ name: string }[]>(
      `SELECT name FROM pg_prepared_statements WHERE name LIKE 'haven\\_%'`,
    );
    expect(prepared).toEqual([{ name: statementName(SQL) }]);
  });

  it('prepares at most PREPARED_PER_CONNECTION texts on a connection and runs the others unprepared', async () => {
    const texts = Array.from(
      { length: PREPARED_PER_CONNECTION + 3 },
      (_, i) => `SELECT id, ${i} AS shape FROM notes WHERE id >= $1 ORDER BY id`,
    );
    for (const text of texts) {
      const shape = texts.indexOf(text);
      expect(await preparedQuery(db, text, [2])).toEqual([{ id: 2, shape }]);
    }
    const prepared = await db.query<{ name: string }[]>(
      `SELECT name FROM pg_prepared_statements WHERE name LIKE 'haven\\_%'`,
    );
    expect(prepared).toHaveLength(PREPARED_PER_CONNECTION);
    // The one prepared before stays prepared and is still used.
    expect(prepared.map((p) => p.name)).toContain(statementName(SQL));
    expect(await preparedQuery(db, SQL, [2])).toEqual([{ id: 2, body: 'two', tags: [], at: null }]);
  });
});
