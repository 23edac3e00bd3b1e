import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, MAIN, ROOT, stopChild, waitForHealth } from './support/haven-server';

// The built server as `npm start` runs it, on the embedded default (no DATABASE_URL, REDIS_URL or
// JWT_SECRET), as whoever runs the tests: root on CI, where the embedded PostgreSQL runs as `postgres`.
describe('the built server on the embedded default', () => {
  it('starts, answers /health and serves the web app', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'haven-start-'));
    // A folder the postgres user can reach: the cluster stays where it is (relocation has its own test).
    await chmod(dataDir, 0o755);
    const port = await freePort();
    const env = { ...process.env };
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'NODE_ENV']) delete env[name];
    let log = '';
    const child = spawn(process.execPath, ['--max-semi-space-size=32', MAIN], {
      cwd: ROOT,
      env: { ...env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const append = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    try {
      const url = `http://127.0.0.1:${port}`;
      await waitForHealth(url, child, () => log, 90_000);
      const health = (await (await fetch(`${url}/health`)).json()) as { status: string; database: string };
      expect(health).toMatchObject({ status: 'ok', database: 'up' });
      const home = await fetch(url);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<div id="root">');
    } finally {
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
