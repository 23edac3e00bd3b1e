import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';

export const ROOT = resolve(__dirname, '../../..');
export const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const WEB = join(ROOT, 'dist/web');

export interface HavenServer {
  /** The server's own origin, e.g. http://127.0.0.1:41234 (API and web app on one port). */
  url: string;
  /** The administrator the server creates at boot. */
  admin: { email: string; password: string };
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** Confirms a member's address, as the link of their verification mail does (a role needs it). */
  markEmailVerified(userId: string): Promise<void>;
  stop(): Promise<void>;
}

function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function databaseUrl(name: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Removes every Redis key the server wrote under its own prefix (rate limits, presence, streams). */
async function clearRedisPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The Haven server exited with code ${child.exitCode} before it was healthy:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The Haven server was not healthy after ${timeoutMs} ms:\n${output()}`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the built Haven server (API + web app) on a free port, against a fresh database that is
 * dropped again by `stop()`.
 */
export async function startHavenServer(options: { env?: Record<string, string> } = {}): Promise<HavenServer> {
  for (const [file, hint] of [
    [MAIN, 'npm run build:api'],
    [join(WEB, 'index.html'), 'npm run build:web'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`${hint}\` (or \`npm run test:browser\`).`);
  }

  const id = randomBytes(6).toString('hex');
  const database = `haven_browser_${id}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${database}"`));

  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `haven-browser-${id}:`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { email: `admin-${id}@haven.test`, password: `admin-${randomBytes(12).toString('hex')}` };
  let log = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: databaseUrl(database),
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      JWT_SECRET: randomBytes(48).toString('base64url'),
      CORS_ORIGINS: url,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      WEB_DIST_DIR: WEB,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      PUBLIC_URL: url,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const stop = async () => {
    await stopChild(child);
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    await clearRedisPrefix(redisUrl, redisPrefix);
  };

  try {
    await waitForHealth(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  const markEmailVerified = async (userId: string) => {
    const client = new Client({ connectionString: databaseUrl(database) });
    await client.connect();
    try {
      await client.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [userId]);
    } finally {
      await client.end();
    }
  };
  return { url, admin, output: () => log, stop, markEmailVerified };
}
