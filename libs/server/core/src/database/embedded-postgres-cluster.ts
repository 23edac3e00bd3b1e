import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/** Creates database `name` on the embedded server unless it exists (every start but the first). */
export async function ensureDatabase(
  name: string,
  port: number,
  credentials: { user: string; password: string },
): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: credentials.user,
    password: credentials.password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster's process id from the cluster's lock file, when that process still runs PostgreSQL. */
export function leftoverServer(databaseDir: string): number | null {
  const lock = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lock)) return null;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  const command = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  return command.includes('postgres') ? pid : null;
}

/**
 * Stops a server an earlier start left running on this cluster (its process was killed before it could
 * stop the database), so this start can run its own. Fast shutdown: open transactions roll back, and
 * everything committed stays. Returns whether there was one.
 */
export async function stopLeftoverServer(databaseDir: string, timeoutMs = 15_000): Promise<boolean> {
  const pid = leftoverServer(databaseDir);
  if (pid === null) return false;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline)
      throw new Error(`The PostgreSQL server ${pid} on ${databaseDir} did not stop.`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return true;
}
