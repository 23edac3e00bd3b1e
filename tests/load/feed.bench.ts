// Feed benchmark: `npm run bench:feed` (BENCH_SECONDS per server, default 20, in BENCH_ROUNDS turns, default 5).
//
// Seeds a scratch database on TEST_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/postgres)
// with 1 000 members, 10 000 posts and 100 000 comments (bulk SQL with generate_series), starts the built
// Haven API and a bare node:http + pg server on it as child processes, and runs autocannon against the
// `posts(first: 20)` query (author, category, counts, reactions) on each, the servers taking turns in
// rounds. Prints req/s, p50 and p99 over all rounds and the ratios, overall and per round; asserts nothing. The scratch database and the Redis keys are dropped at the end.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, withClient } from './bench-support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES = { members: 1_000, posts: 10_000, comments: 100_000, reactions: 50_000 };
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const HAVEN_MAIN = resolve(__dirname, '../../apps/api/src/main.js');
const BARE_SERVER = resolve(__dirname, 'bare-feed-server.js');

const FEED_QUERY = `query Feed {
  posts(first: 20) {
    nodes {
      id title bodyHtml tags contentWarnings status commentCount createdAt lastActivityAt
      author { id handle journeyStage }
      category { id slug name }
      reactions { kind count }
      viewerReactions
    }
    pageInfo { endCursor hasNextPage }
  }
}`;

const SEED_SQL = [
  `INSERT INTO users (email, handle, handle_key)
   SELECT 'bench' || i || '@example.org', 'bench_' || i, 'bench_' || i FROM generate_series(1, ${SIZES.members}) AS i`,
  `WITH u AS (SELECT array_agg(id ORDER BY created_at, id) AS ids FROM users WHERE handle_key LIKE 'bench\\_%'),
        c AS (SELECT array_agg(id ORDER BY position) AS ids FROM forum_categories)
   INSERT INTO forum_posts (category_id, author_id, title, body, body_html, tags, content_warnings,
                            created_at, updated_at, last_activity_at)
   SELECT c.ids[1 + i % array_length(c.ids, 1)], u.ids[1 + (i * 7) % ${SIZES.members}],
          'Thread ' || i || ' about ' || (ARRAY['infusions', 'nasal spray', 'sleep', 'nausea', 'therapy'])[1 + i % 5],
          repeat('Some words about treatment and how it went for me. ', 1 + i % 12),
          '<p>' || repeat('Some words about treatment and how it went for me. ', 1 + i % 12) || '</p>',
          ARRAY[(ARRAY['infusion', 'esketamine', 'sleep', 'side-effects', 'caregivers'])[1 + i % 5]]::varchar[],
          CASE WHEN i % 10 = 0 THEN ARRAY['MEDICAL_DETAILS']::varchar[] ELSE '{}'::varchar[] END,
          now() - (${SIZES.posts} - i) * interval '5 minutes', now() - (${SIZES.posts} - i) * interval '5 minutes',
          now() - (${SIZES.posts} - i) * interval '5 minutes'
   FROM generate_series(1, ${SIZES.posts}) AS i, u, c`,
  `WITH u AS (SELECT array_agg(id ORDER BY created_at, id) AS ids FROM users WHERE handle_key LIKE 'bench\\_%'),
        p AS (SELECT array_agg(id ORDER BY created_at) AS ids FROM forum_posts)
   INSERT INTO forum_comments (post_id, author_id, body, body_html, created_at, updated_at)
   SELECT p.ids[1 + i % ${SIZES.posts}], u.ids[1 + (i * 13) % ${SIZES.members}],
          'Comment ' || i || ': thank you for sharing, this helps.', '<p>Comment ' || i || ': thank you for sharing, this helps.</p>',
          now() - (${SIZES.posts} - 1 - i % ${SIZES.posts}) * interval '5 minutes' + (1 + i / ${SIZES.posts}) * interval '10 seconds',
          now() - (${SIZES.posts} - 1 - i % ${SIZES.posts}) * interval '5 minutes' + (1 + i / ${SIZES.posts}) * interval '10 seconds'
   FROM generate_series(1, ${SIZES.comments}) AS i, u, p`,
  `WITH u AS (SELECT array_agg(id ORDER BY created_at, id) AS ids FROM users WHERE handle_key LIKE 'bench\\_%'),
        p AS (SELECT array_agg(id ORDER BY created_at) AS ids FROM forum_posts)
   INSERT INTO forum_reactions (target_kind, target_id, user_id, kind)
   SELECT 'POST', p.ids[1 + (i * 31) % ${SIZES.posts}], u.ids[1 + (i * 17) % ${SIZES.members}],
          (ARRAY['SUPPORT', 'HUG', 'RELATE', 'HELPFUL'])[1 + i % 4]
   FROM generate_series(1, ${SIZES.reactions}) AS i, u, p
   ON CONFLICT DO NOTHING`,
  `UPDATE forum_posts p SET comment_count = c.n, last_activity_at = greatest(p.last_activity_at, c.latest)
   FROM (SELECT post_id, count(*)::int AS n, max(created_at) AS latest FROM forum_comments GROUP BY post_id) c
   WHERE c.post_id = p.id`,
  `UPDATE forum_posts p SET reaction_count = r.n
   FROM (SELECT target_id, count(*)::int AS n FROM forum_reactions WHERE target_kind = 'POST' GROUP BY target_id) r
   WHERE r.target_id = p.id`,
  'ANALYZE',
];

/** A server under load and what its rounds measured. */
interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  latencies: number[];
  /** Requests answered and seconds, per round. */
  rounds: { requests: number; seconds: number }[];
  errors: number;
  non2xx: number;
}

function start(script: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  // BENCH_CPU_PROF=<folder> writes a V8 CPU profile of the Haven server there (`node --cpu-prof`).
  const profile =
    process.env.BENCH_CPU_PROF && script === HAVEN_MAIN
      ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`]
      : [];
  // Haven runs with the V8 flags `npm start` and the Docker image give it; BENCH_NODE_ARGS adds more
  // (e.g. `--trace-gc`).
  const extra = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const flags = script === HAVEN_MAIN ? ['--max-semi-space-size=32', ...profile, ...extra] : [];
  const child = spawn(process.execPath, [...flags, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited early:\n${output()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not become healthy:\n${output()}`);
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

function request(target: Target) {
  return {
    url: `${target.url}/graphql`,
    method: 'POST' as const,
    body: JSON.stringify({ query: FEED_QUERY }),
    headers: { 'content-type': 'application/json', ...target.headers },
  };
}

/** Checks that the server answers the feed, then warms it up for 2 s (not counted). */
async function prepare(target: Target): Promise<void> {
  const { url, body, headers } = request(target);
  const check = await fetch(url, { method: 'POST', body, headers });
  const sample = (await check.json()) as { data?: { posts?: { nodes?: unknown[] } }; errors?: unknown };
  if (!check.ok || sample.errors || sample.data?.posts?.nodes?.length !== 20) {
    throw new Error(`${target.name} did not answer the feed: ${JSON.stringify(sample).slice(0, 500)}`);
  }
  await autocannon({ ...request(target), connections: CONNECTIONS, duration: 2 });
}

/** One round of load on `target`, every response's latency kept. */
function round(target: Target, seconds: number): Promise<void> {
  return new Promise((done, fail) => {
    const instance = autocannon(
      { ...request(target), connections: CONNECTIONS, duration: seconds },
      (error: unknown, result: autocannon.Result) => {
        if (error) return fail(error instanceof Error ? error : new Error(String(error)));
        target.rounds.push({ requests: result.requests.total, seconds: result.duration });
        target.errors += result.errors;
        target.non2xx += result.non2xx;
        done();
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => target.latencies.push(ms));
  });
}

const perSecond = (rounds: Target['rounds']) =>
  rounds.reduce((n, r) => n + r.requests, 0) / rounds.reduce((n, r) => n + r.seconds, 0);

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function print(targets: Target[]): void {
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (n: number, digits = 0) => n.toFixed(digits).padStart(10);
  console.log(
    `\n${pad('server', 40)}${'req/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}  errors`,
  );
  for (const t of targets) {
    const sorted = [...t.latencies].sort((x, y) => x - y);
    console.log(
      `${pad(t.name, 40)}${num(perSecond(t.rounds))}${num(percentile(sorted, 0.5), 1)}${num(percentile(sorted, 0.99), 1)}  ${t.errors + t.non2xx}`,
    );
  }
  const bare = targets[targets.length - 1];
  for (const t of targets.slice(0, -1)) {
    const each = t.rounds.map((r, i) =>
      (r.requests / r.seconds / (bare.rounds[i].requests / bare.rounds[i].seconds)).toFixed(2),
    );
    console.log(
      `${t.name}: ${(perSecond(t.rounds) / perSecond(bare.rounds)).toFixed(2)}× the bare server's req/s (rounds: ${each.join(', ')})`,
    );
  }
}

async function main(): Promise<void> {
  const dbName = `haven_bench_${process.pid}`;
  const dbUrl = new URL(ADMIN_URL);
  dbUrl.pathname = `/${dbName}`;
  const redisPrefix = `bench${randomBytes(4).toString('hex')}:`;
  const children: ChildProcess[] = [];
  await withClient(ADMIN_URL, (c) => c.query(`CREATE DATABASE "${dbName}"`));
  try {
    const havenPort = await freePort();
    const haven = start(HAVEN_MAIN, {
      NODE_ENV: 'production',
      PORT: String(havenPort),
      DATABASE_URL: dbUrl.toString(),
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_GENERAL: '999999/60',
      WEB_DIST_DIR: resolve(__dirname, 'no-web'),
    });
    children.push(haven.child);
    const havenUrl = `http://127.0.0.1:${havenPort}`;
    await waitForHealth(havenUrl, haven.child, haven.output);

    console.log(
      `Seeding ${SIZES.members} members, ${SIZES.posts} posts, ${SIZES.comments} comments, ${SIZES.reactions} reactions…`,
    );
    const seeded = Date.now();
    await withClient(dbUrl.toString(), async (c) => {
      for (const sql of SEED_SQL) await c.query(sql);
    });
    console.log(`Seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s.`);

    const register = await fetch(`${havenUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }',
        variables: {
          i: { email: 'bench-reader@example.org', handle: 'bench_reader', password: 'a long bench password' },
        },
      }),
    });
    const token = ((await register.json()) as { data: { register: { accessToken: string } } }).data.register
      .accessToken;

    const barePort = await freePort();
    const bare = start(BARE_SERVER, { DATABASE_URL: dbUrl.toString(), PORT: String(barePort) });
    children.push(bare.child);
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await waitForHealth(bareUrl, bare.child, bare.output);

    const target = (name: string, url: string, headers: Record<string, string> = {}): Target => ({
      name,
      url,
      headers,
      latencies: [],
      rounds: [],
      errors: 0,
      non2xx: 0,
    });
    const targets = [
      target('Haven GraphQL, signed-in member', havenUrl, { authorization: `Bearer ${token}` }),
      target('Haven GraphQL, visitor (feed cache)', havenUrl),
      target('bare node:http + pg', bareUrl),
    ];
    const seconds = SECONDS / ROUNDS;
    console.log(
      `autocannon: ${CONNECTIONS} connections, ${SECONDS} s per server in ${ROUNDS} interleaved rounds, posts(first: 20)`,
    );
    for (const t of targets) await prepare(t);
    // The servers take turns, so a machine that slows down or speeds up during the run weighs on each alike.
    for (let r = 0; r < ROUNDS; r++) for (const t of targets) await round(t, seconds);
    print(targets);
  } finally {
    for (const child of children) await stop(child);
    await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${redisPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
