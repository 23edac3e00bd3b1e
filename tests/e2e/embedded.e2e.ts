import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leftoverServer, loadConfig, relocationHome } from '@haven/server/core';
import { GraphqlClient, registerMember, signIn } from '@haven/server/testing';
import { createApp } from '../../apps/api/src/bootstrap';
import { prepareRuntime } from '../../apps/api/src/runtime';

// The embedded default: no DATABASE_URL, no REDIS_URL, no JWT_SECRET. Data survives a restart.
describe('the embedded default', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'haven-embedded-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const start = async () => {
    const runtime = await prepareRuntime(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        DATA_DIR: dataDir,
        ADMIN_EMAIL: 'a@haven.test',
        ADMIN_PASSWORD: 'embedded-admin-pw',
      }),
    );
    const app = await createApp(runtime.config);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    return {
      gql: new GraphqlClient(`http://127.0.0.1:${port}`),
      url: `http://127.0.0.1:${port}`,
      stop: async () => {
        await app.close();
        await runtime.stop();
      },
      /** As a killed process leaves it: the app gone, its database server still running. */
      abandon: () => app.close(),
    };
  };

  it('runs on an embedded PostgreSQL and in-process Redis, and keeps members across a restart', async () => {
    const first = await start();
    const health = await (await fetch(`${first.url}/health`)).json();
    expect(health).toEqual({ status: 'ok', degraded: false, database: 'up', redis: 'in-process' });
    const member = await registerMember(first.gql, 'still_here');
    await first.stop();
    expect((await stat(join(dataDir, 'jwt-secret'))).size).toBeGreaterThan(32);

    const second = await start();
    try {
      const again = await signIn(second.gql, member.email, member.password);
      expect(again.id).toBe(member.id);
      // The persisted secret keeps earlier access tokens valid across the restart.
      const { viewer } = await second.gql
        .withToken(member.accessToken)
        .ok<{ viewer: { user: { handle: string } } }>('{ viewer { user { handle } } }');
      expect(viewer.user.handle).toBe('still_here');
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('starts again when a killed start left its database server running, with nothing lost', async () => {
    const first = await start();
    const member = await registerMember(first.gql, 'left_running');
    await first.abandon();
    // The cluster is in the data folder, or moved where the postgres user can reach it (a 0700 folder).
    const clusters = [join(dataDir, 'postgres'), join(relocationHome(dataDir), 'postgres')];
    const leftover = clusters.map(leftoverServer).find((pid) => pid !== null);
    expect(leftover).toEqual(expect.any(Number));

    const second = await start();
    try {
      expect(() => process.kill(leftover as number, 0)).toThrow();
      const again = await signIn(second.gql, member.email, member.password);
      expect(again.id).toBe(member.id);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
