import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { relocationHome, startEmbeddedPostgres } from '@haven/server/core';
import { freePort } from '@haven/server/testing';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

// The embedded default from a clone in a private (0700) folder, as root: PostgreSQL runs as the
// `postgres` user, which cannot enter it, so the cluster moves to a place it can reach.
describe('the embedded database from a private folder', () => {
  let home: string;
  let base: string;
  const lines: string[] = [];
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'haven-home-'));
    base = await mkdtemp(join(tmpdir(), 'haven-var-lib-'));
    await chmod(base, 0o755);
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      lines.push(String(message));
    });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await rm(home, { recursive: true, force: true });
    await rm(base, { recursive: true, force: true });
  });

  it('moves an existing cluster out of a 0700 home, says so once, and keeps its data', async () => {
    const dataDir = join(home, 'haven', '.data');
    await mkdir(dataDir, { recursive: true });

    // A clone that was reachable: the cluster is made in place.
    await chmod(home, 0o755);
    const first = await startEmbeddedPostgres(dataDir, { relocationRoot: base, port: await freePort() });
    try {
      await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    } finally {
      await first.stop();
    }
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(lines.filter((l) => /cannot reach/.test(l))).toEqual([]);

    // The home folder becomes private, like /root.
    await chmod(home, 0o700);
    const second = await startEmbeddedPostgres(dataDir, { relocationRoot: base, port: await freePort() });
    try {
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    } finally {
      await second.stop();
    }
    const moved = relocationHome(dataDir, base);
    if (isRoot) {
      expect(existsSync(join(moved, 'postgres', 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(moved, 'native', 'bin', 'postgres'))).toBe(true);
      expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
      expect(lines.filter((l) => /cannot reach/.test(l))).toEqual([
        expect.stringContaining(`the embedded database and a copy of its binaries live in ${moved}`),
      ]);
    } else {
      // Without root the server runs as the owner, who can always enter the clone: nothing moves.
      expect(existsSync(moved)).toBe(false);
    }

    // Later starts run from where it is now, with the data.
    const third = await startEmbeddedPostgres(dataDir, { relocationRoot: base, port: await freePort() });
    try {
      expect(await query(third.url, 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 1 }]);
    } finally {
      await third.stop();
    }
  }, 120_000);

  it('creates a new cluster out of reach of the private folder on a first start', async () => {
    const dataDir = join(home, 'fresh', '.data');
    await chmod(home, 0o700);
    const db = await startEmbeddedPostgres(dataDir, { relocationRoot: base, port: await freePort() });
    try {
      expect(await query(db.url, 'SELECT current_database() AS db')).toEqual([{ db: 'haven' }]);
    } finally {
      await db.stop();
    }
    if (isRoot) expect(existsSync(join(relocationHome(dataDir, base), 'postgres', 'PG_VERSION'))).toBe(true);
  }, 120_000);
});
