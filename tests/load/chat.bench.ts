// Chat benchmark: `npm run bench:chat` (BENCH_CLIENTS, BENCH_SECONDS, BENCH_ROOMS shrink it).
//
// Starts two instances of the built Haven API (child processes, `node dist/api/apps/api/src/main.js`) on
// a scratch database of TEST_DATABASE_URL's server and on Redis, registers BENCH_CLIENTS members through
// GraphQL, connects one socket.io-client per member (alternating instances, websocket transport, loopback
// only), joins them to BENCH_ROOMS rooms and lets every member send one message every 10 s for
// BENCH_SECONDS. Then the same load runs against two bare Socket.IO servers that only broadcast (same
// adapter and recovery window; no auth, no storage). Prints messages delivered per second, end-to-end
// latency (send → message:new at each member of the room) p50/p99, the ratio, and the peak memory of
// each server process while chatting (and over its whole life, sign-ups included). Asserts nothing. BENCH_NODE_ARGS passes node flags to the servers (e.g. `--cpu-prof`).
// The scratch database and the Redis keys are dropped at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, withClient } from './bench-support';
import { io, type Socket } from 'socket.io-client';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const ROOMS = Number(process.env.BENCH_ROOMS ?? Math.max(1, Math.min(200, Math.round(CLIENTS / 10))));
const INTERVAL_MS = 10_000;
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const HAVEN_MAIN = resolve(__dirname, '../../apps/api/src/main.js');
const BARE_SERVER = resolve(__dirname, 'bare-chat-server.js');

interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  output(): string;
}

interface Member {
  token: string | null;
  roomId: string;
}

interface Figures {
  name: string;
  sent: number;
  acked: number;
  failed: number;
  delivered: number;
  expected: number;
  perSecond: number;
  p50: number;
  p99: number;
  ackP50: number;
  ackP99: number;
  peakMb: number[];
  lifetimePeakMb: number[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function start(name: string, script: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  let log = '';
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const append = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited early:\n${log}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { name, url, child, output: () => log };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${name} did not become healthy:\n${log}`);
}

function stop(child: ChildProcess): Promise<void> {
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

/** A process's resident memory now (VmRSS) or at its peak (VmHWM), in MB. */
function memoryMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  if (!pid) return NaN;
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

const peakMemoryMb = (pid: number | undefined) => memoryMb(pid, 'VmHWM');

/** Starts a new peak (VmHWM = VmRSS now), so the chat phase's peak is its own (Linux `clear_refs`). */
function resetPeak(pid: number | undefined): void {
  if (pid) writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

const mb = (values: number[]) => values.map((m) => `${m.toFixed(0)} MB`).join(', ');

/** Runs `work` over `items`, `concurrency` at a time. */
async function inBatches<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

async function registerMembers(servers: Server[], roomIds: string[]): Promise<Member[]> {
  const started = Date.now();
  const suffix = randomBytes(3).toString('hex');
  const members = await inBatches(
    Array.from({ length: CLIENTS }, (_, i) => i),
    16,
    async (i): Promise<Member> => {
      const response = await fetch(`${servers[i % servers.length].url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
          variables: {
            i: {
              email: `b${suffix}${i}@example.org`,
              handle: `b${suffix}_${i}`,
              password: `a bench password ${i}`,
            },
          },
        }),
      });
      const body = (await response.json()) as {
        data?: { register: { accessToken: string } };
        errors?: unknown;
      };
      if (!body.data) throw new Error(`registering member ${i} failed: ${JSON.stringify(body.errors)}`);
      return { token: body.data.register.accessToken, roomId: roomIds[i % roomIds.length] };
    },
  );
  console.log(
    `Registered ${CLIENTS} members through GraphQL in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return members;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Connects every member, joins the rooms, sends for SECONDS and measures deliveries. */
async function runLoad(name: string, servers: Server[], members: Member[]): Promise<Figures> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const ackLatencies: number[] = [];
  let delivered = 0;
  let acked = 0;
  let failed = 0;
  let sent = 0;
  let measuring = false;
  const lifetimePeakMb = servers.map((s) => peakMemoryMb(s.child.pid));
  console.log(
    `${name}: resident memory before the sockets connect: ${mb(servers.map((s) => memoryMb(s.child.pid, 'VmRSS')))}`,
  );
  for (const s of servers) resetPeak(s.child.pid);

  const sockets: Socket[] = await inBatches(members, 50, async (member, i) => {
    const socket = io(`${servers[i % servers.length].url}/chat`, {
      auth: member.token ? { token: member.token } : {},
      transports: ['websocket'],
      forceNew: true,
      reconnection: true,
    });
    socket.on('message:new', (message: { clientMessageId: string | null }) => {
      if (!measuring) return;
      delivered++;
      const at = message.clientMessageId ? sentAt.get(message.clientMessageId) : undefined;
      if (at !== undefined) latencies.push(performance.now() - at);
    });
    await new Promise<void>((done, fail) => {
      socket.once('connect', () => done());
      socket.once('connect_error', (error) => fail(new Error(`${name}: connect failed: ${error.message}`)));
    });
    const ack = (await socket.timeout(30_000).emitWithAck('room:join', { roomId: member.roomId })) as {
      ok: boolean;
    };
    if (!ack.ok) throw new Error(`${name}: join failed: ${JSON.stringify(ack)}`);
    return socket;
  });
  console.log(
    `${name}: ${sockets.length} sockets connected and joined ${ROOMS} rooms; sending for ${SECONDS} s…`,
  );

  // Warm-up: one message per room (code paths, connection pools), not measured.
  const warmers = sockets.filter((_, i) => i < ROOMS);
  await Promise.all(
    warmers.map((socket, i) =>
      socket.timeout(30_000).emitWithAck('message:send', {
        roomId: members[i].roomId,
        clientMessageId: randomUUID(),
        body: 'Warming up.',
      }),
    ),
  );
  await sleep(1_000);

  measuring = true;
  const timers: NodeJS.Timeout[] = [];
  const startedAt = performance.now();
  const sendFrom = (socket: Socket, member: Member) => {
    const clientMessageId = randomUUID();
    const at = performance.now();
    sentAt.set(clientMessageId, at);
    sent++;
    socket
      .timeout(30_000)
      .emitWithAck('message:send', {
        roomId: member.roomId,
        clientMessageId,
        body: `Checking in, ${clientMessageId.slice(0, 8)}`,
      })
      .then(
        (res: { ok: boolean }) => {
          if (res.ok) {
            acked++;
            ackLatencies.push(performance.now() - at);
          } else failed++;
        },
        () => failed++,
      );
  };
  sockets.forEach((socket, i) => {
    const first = setTimeout(() => {
      sendFrom(socket, members[i]);
      const every = setInterval(() => sendFrom(socket, members[i]), INTERVAL_MS);
      timers.push(every);
    }, Math.random() * INTERVAL_MS);
    timers.push(first);
  });
  await sleep(SECONDS * 1000);
  for (const timer of timers) clearTimeout(timer);
  const sendingSeconds = (performance.now() - startedAt) / 1000;
  await sleep(5_000); // let the last messages arrive
  measuring = false;

  const peakMb = servers.map((s) => peakMemoryMb(s.child.pid));
  for (const socket of sockets) socket.disconnect();
  const roomSize = CLIENTS / ROOMS;
  latencies.sort((a, b) => a - b);
  ackLatencies.sort((a, b) => a - b);
  return {
    name,
    sent,
    acked,
    failed,
    delivered,
    expected: Math.round(sent * roomSize),
    perSecond: delivered / sendingSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    ackP50: percentile(ackLatencies, 50),
    ackP99: percentile(ackLatencies, 99),
    peakMb,
    lifetimePeakMb: peakMb.map((m, i) => Math.max(m, lifetimePeakMb[i] ?? 0)),
  };
}

function print(figures: Figures[]): void {
  const num = (n: number, digits = 0, width = 10) => n.toFixed(digits).padStart(width);
  console.log(
    `\n${CLIENTS} clients, ${ROOMS} rooms (${(CLIENTS / ROOMS).toFixed(0)} per room), one message per member every ${INTERVAL_MS / 1000} s for ${SECONDS} s, 2 server instances on Redis\n`,
  );
  console.log(
    `${'server'.padEnd(34)}${'sent'.padStart(8)}${'acked'.padStart(8)}${'failed'.padStart(8)}${'delivered'.padStart(11)}${'expected'.padStart(10)}${'deliv/s'.padStart(10)}${'e2e p50'.padStart(10)}${'e2e p99'.padStart(10)}${'ack p50'.padStart(10)}${'ack p99'.padStart(10)}  peak RSS per instance`,
  );
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(34)}${num(f.sent, 0, 8)}${num(f.acked, 0, 8)}${num(f.failed, 0, 8)}${num(f.delivered, 0, 11)}${num(f.expected, 0, 10)}${num(f.perSecond, 0)}${num(f.p50, 1)}${num(f.p99, 1)}${num(f.ackP50, 1)}${num(f.ackP99, 1)}  ${mb(f.peakMb)} (${mb(f.lifetimePeakMb)})`,
    );
  }
  const [haven, bare] = figures;
  if (haven && bare) {
    console.log(
      `\nHaven / bare: ${(haven.perSecond / bare.perSecond).toFixed(2)}× the deliveries per second, ` +
        `${(haven.p50 / bare.p50).toFixed(1)}× the p50 and ${(haven.p99 / bare.p99).toFixed(1)}× the p99 latency ` +
        `(latencies in ms; a member sends every ${INTERVAL_MS / 1000} s, so deliveries per second are capped by the offered load).`,
    );
  }
  console.log(`Benchmark process peak RSS: ${peakMemoryMb(process.pid).toFixed(0)} MB`);
}

async function main(): Promise<void> {
  const dbName = `haven_bench_chat_${process.pid}`;
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const redisPrefix = `benchchat${randomBytes(4).toString('hex')}:`;
  const bareprefix = `barechat${randomBytes(4).toString('hex')}:`;
  const children: ChildProcess[] = [];
  await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE "${dbName}"`));
  try {
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl.toString(),
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_GENERAL: '999999/60',
      RATE_LIMIT_REGISTER: '999999/60',
      RATE_LIMIT_LOGIN: '999999/60',
      RATE_LIMIT_CHAT: '100000/10',
      WEB_DIST_DIR: resolve(__dirname, 'no-web'),
    };
    // The first instance migrates the scratch database; the second starts on it.
    const first = await start('Haven A', HAVEN_MAIN, env);
    children.push(first.child);
    const second = await start('Haven B', HAVEN_MAIN, env);
    children.push(second.child);
    const havens = [first, second];
    await sleep(5_000); // the warm-ups (the safety model, the evidence pages) load after boot
    console.log(
      `Haven: resident memory idle after boot: ${mb(havens.map((h) => memoryMb(h.child.pid, 'VmRSS')))}`,
    );

    const roomIds = await withClient(dbUrl.toString(), async (c) => {
      await c.query(
        `INSERT INTO chat_rooms (slug, name, description)
         SELECT 'bench-room-' || i, 'Bench room ' || i, 'A room for the benchmark.' FROM generate_series(1, $1) AS i`,
        [ROOMS],
      );
      const { rows } = await c.query<{ id: string }>(
        `SELECT id FROM chat_rooms WHERE slug LIKE 'bench-room-%' ORDER BY slug`,
      );
      return rows.map((r) => r.id);
    });
    const members = await registerMembers(havens, roomIds);

    const figures: Figures[] = [];
    figures.push(await runLoad('Haven /chat (auth, checks, Postgres)', havens, members));
    for (const h of havens) await stop(h.child);

    const bareEnv = { REDIS_URL, REDIS_PREFIX: bareprefix };
    const bares = [await start('bare A', BARE_SERVER, bareEnv), await start('bare B', BARE_SERVER, bareEnv)];
    children.push(...bares.map((b) => b.child));
    figures.push(
      await runLoad(
        'bare Socket.IO (broadcast only)',
        bares,
        members.map((m) => ({ ...m, token: null })),
      ),
    );
    print(figures);
  } finally {
    for (const child of children) await stop(child);
    await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    const redis = new Redis(REDIS_URL);
    for (const prefix of [redisPrefix, bareprefix]) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    }
    await redis.quit();
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
