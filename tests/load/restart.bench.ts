// Restart benchmark: `npm run bench:restart` (BENCH_RESTARTS sets how many warm restarts, default 5).
//
// Runs `npm start` the way a newcomer does (the embedded default, in a scratch data folder), once to
// create everything, then stops and starts it again BENCH_RESTARTS times with nothing changed, timing
// each from the command to the first healthy `/health`. Beside it, the same for a bare `node:http` server
// that connects to PostgreSQL before it answers `/health`: the floor of starting Node and a connection.
// Asserts nothing. The scratch folder (and the cluster moved for root, if any) is removed at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { relocationHome } from '@haven/server/core';
import { freePort } from './bench-support';

const ROOT = resolve(__dirname, '../../../..');
const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 5);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BARE = `
const http = require('node:http');
const { Client } = require('pg');
const client = new Client({ connectionString: process.env.BARE_DATABASE_URL });
client.connect().then(() => http.createServer((req, res) => {
  client.query('SELECT 1').then(() => res.end('{"status":"ok"}'));
}).listen(Number(process.env.PORT), '127.0.0.1'));
process.once('SIGTERM', () => client.end().then(() => process.exit(0)));
`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Starts `command`, returns the milliseconds until `/health` answers 200, and the running process. */
async function timeToHealthy(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ ms: number; child: ChildProcess; output: () => string }> {
  const port = await freePort();
  let log = '';
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const append = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited early:\n${log}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok)
        return { ms: performance.now() - started, child, output: () => log };
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > 180_000) throw new Error(`${command} was not healthy:\n${log}`);
    await sleep(20);
  }
}

/** Stops the whole process group (npm and the server it started) and waits for it to exit. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    process.kill(-(child.pid as number), 'SIGTERM');
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function series(name: string, run: () => ReturnType<typeof timeToHealthy>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RESTARTS; i += 1) {
    const started = await run();
    times.push(started.ms);
    await stop(started.child);
    // The embedded database's files settle before the next start, as between two real restarts.
    await sleep(500);
  }
  process.stdout.write(`${name}: ${times.map(seconds).join(', ')}\n`);
  return times;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(ROOT, '.data-restart-bench-'));
  const env = { DATA_DIR: dataDir };
  try {
    const first = await timeToHealthy('npm', ['start'], env);
    await stop(first.child);
    process.stdout.write(`first start (creates the database): ${seconds(first.ms)}\n`);
    const haven = await series('haven, npm start, nothing changed', () =>
      timeToHealthy('npm', ['start'], env),
    );
    const bare = await series('bare node:http + pg', () =>
      timeToHealthy(process.execPath, ['-e', BARE], { BARE_DATABASE_URL: ADMIN_URL }),
    );
    process.stdout.write(
      `restart to healthy, median of ${RESTARTS}: haven ${seconds(median(haven))}, bare ${seconds(median(bare))}\n`,
    );
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(relocationHome(dataDir), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
