import { createHash } from 'node:crypto';
import { QueryFailedError, type DataSource } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

/** What `preparedQuery` needs of pg's pool and its clients. */
interface PgClient {
  query(config: { name?: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
  /** Back to the pool; with an error, the pool closes the connection instead. */
  release(error?: Error): void;
}
interface PgPool {
  connect(): Promise<PgClient>;
}

/**
 * How many statements `preparedQuery` prepares on one connection. PostgreSQL keeps each one's plan in
 * the connection's memory (about 200 KB for the feed page), so texts past these run unprepared: however
 * many shapes requests ask for, a connection holds at most this many.
 */
export const PREPARED_PER_CONNECTION = 6;

/** The statements prepared on each pooled connection (forgotten with the connection). */
const preparedOn = new WeakMap<PgClient, Set<string>>();

/** A statement's name: the same text always gets the same name, different texts different names. */
export function statementName(sql: string): string {
  return `haven_${createHash('sha1').update(sql).digest('hex').slice(0, 32)}`;
}

/**
 * Runs a read through a named prepared statement: each pooled connection parses the text once, and
 * PostgreSQL keeps its plan (after its first few runs, a generic plan when that costs no more), where
 * `DataSource.query` has the text parsed and planned again on every call. For hot reads whose text is
 * one of a few shapes (the feed page): the name is a hash of the text, so a text built for other
 * arguments is another statement, and a connection prepares at most `PREPARED_PER_CONNECTION` of them.
 * Not for a transaction's statements (it takes a connection of its own). A failure is TypeORM's `QueryFailedError`, as `DataSource.query` throws it; a connection that
 * failed because the server went away leaves the pool, so the next read gets a live one. TypeORM's
 * logger is told of the statement and its failure as for `DataSource.query`.
 */
export async function preparedQuery<R>(
  db: DataSource,
  sql: string,
  params: readonly unknown[],
): Promise<R[]> {
  // TypeORM's Postgres driver keeps pg's pool as `master` (typed `any` by TypeORM).
  const pool = (db.driver as unknown as { master: PgPool }).master;
  let client: PgClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw new QueryFailedError(sql, [...params], error as Error);
  }
  let broken: Error | undefined;
  // TypeORM's logger sees the statement as it sees `DataSource.query`'s (logging, query counts).
  db.logger.logQuery(sql, params as unknown[]);
  try {
    const name = statementName(sql);
    const prepared = preparedOn.get(client) ?? new Set<string>();
    preparedOn.set(client, prepared);
    if (!prepared.has(name) && prepared.size >= PREPARED_PER_CONNECTION) {
      return (await client.query({ text: sql, values: params })).rows as R[];
    }
    const { rows } = await client.query({ name, text: sql, values: params });
    prepared.add(name);
    return rows as R[];
  } catch (error) {
    if (isDatabaseUnavailable(error)) broken = error as Error;
    db.logger.logQueryError(error as Error, sql, params as unknown[]);
    throw new QueryFailedError(sql, [...params], error as Error);
  } finally {
    client.release(broken);
  }
}
