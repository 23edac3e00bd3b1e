import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { chown, cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, parse, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ensureDatabase } from './embedded-postgres-cluster';

const run = promisify(execFile);

/** Where root keeps embedded clusters the `postgres` user could not reach inside the clone. */
export const RELOCATION_ROOT = '/var/lib/haven';

/** True when a user who is neither the owner nor in the group can enter every folder down to `path`. */
export function reachableByOthers(path: string): boolean {
  let current = resolve(path);
  const { root } = parse(current);
  for (;;) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if (statSync(current).isDirectory() && (mode & 0o001) === 0) return false;
    }
    if (current === root) return true;
    current = dirname(current);
  }
}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** The place for a data folder's cluster: one per data folder, named by a hash of its path. */
export function relocationHome(dataDir: string, base = RELOCATION_ROOT): string {
  const hash = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return join(base, hash);
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', ['--system', '-g', 'postgres', 'postgres']);
    return ids();
  }
}

async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  try {
    await chown(path, uid, gid);
  } catch (error) {
    // Gone since the folder was listed (a stopping server's postmaster.pid): nothing to hand over.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!statSync(path).isDirectory()) return;
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.isSymbolicLink()) continue;
    await chownTree(join(path, entry.name), uid, gid);
  }
}

function waitFor(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((done, fail) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) done();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`${what} exited (${code}): ${output.slice(-2000)}`)));
  });
}

export interface RelocatedCluster {
  databaseDir: string;
  /** Runs the server; `onSpawned` is called once its process runs, before it accepts connections. */
  start(port: number, onSpawned?: () => void): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string, port: number): Promise<void>;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which cannot enter a clone under a private home
 * (mode 0700). The cluster then lives under `/var/lib/haven/<hash of the data folder>`: the binaries are
 * copied there once, an existing cluster of the data folder is moved there, and it is run from there.
 */
export async function relocatedCluster(
  dataDir: string,
  source: PostgresBinaries,
  credentials: { user: string; password: string },
  base = RELOCATION_ROOT,
): Promise<RelocatedCluster> {
  const home = relocationHome(dataDir, base);
  const native = join(home, 'native');
  const databaseDir = join(home, 'postgres');
  const { uid, gid } = await postgresIds();
  await mkdir(home, { recursive: true, mode: 0o755 });
  if (!existsSync(join(native, 'bin', 'postgres'))) {
    await rm(native, { recursive: true, force: true });
    await cp(dirname(dirname(source.postgres)), native, { recursive: true, verbatimSymlinks: true });
  }
  const original = resolve(join(dataDir, 'postgres'));
  if (!existsSync(join(databaseDir, 'PG_VERSION')) && existsSync(join(original, 'PG_VERSION'))) {
    await rename(original, databaseDir).catch(async () => {
      await cp(original, databaseDir, { recursive: true });
      await rm(original, { recursive: true, force: true });
    });
  }
  await writeFile(join(home, 'SOURCE'), `${resolve(dataDir)}\n`);
  await chownTree(home, uid, gid);
  const bin = (name: string) => join(native, 'bin', name);
  accessSync(bin('postgres'), constants.X_OK);

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    const pwfile = join(home, '.pwfile');
    await writeFile(pwfile, `${credentials.password}\n`, { mode: 0o600 });
    await chown(pwfile, uid, gid);
    try {
      await run(
        bin('initdb'),
        [
          `--pgdata=${databaseDir}`,
          '--auth=password',
          `--username=${credentials.user}`,
          `--pwfile=${pwfile}`,
        ],
        { uid, gid },
      );
    } finally {
      await rm(pwfile, { force: true });
    }
  }

  let server: ChildProcess | null = null;
  return {
    databaseDir,
    async start(port: number, onSpawned?: () => void) {
      server = spawn(bin('postgres'), ['-D', databaseDir, '-p', String(port), '-k', databaseDir], {
        uid,
        gid,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      server.once('spawn', () => onSpawned?.());
      await waitFor(server, /ready to accept connections/, 'postgres');
      server.removeAllListeners('exit');
    },
    async stop() {
      const proc = server;
      server = null;
      if (!proc || proc.exitCode !== null) return;
      await new Promise<void>((done) => {
        proc.once('exit', () => done());
        proc.kill('SIGINT');
      });
    },
    createDatabase: (name: string, port: number) => ensureDatabase(name, port, credentials),
  };
}
