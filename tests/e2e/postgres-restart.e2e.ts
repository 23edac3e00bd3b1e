import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@haven/server/core';
import { createTestApp, freePort, registerMember, type TestApp } from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// A PostgreSQL server of this test's own (an embedded cluster on a free port) is stopped and started
// again under a running API: requests fail fast with SERVICE_UNAVAILABLE, and the API recovers by itself.
describe('a PostgreSQL restart under a running API', () => {
  let dataDir: string;
  let pg: EmbeddedDatabase;
  let t: TestApp;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'haven-pg-restart-'));
    pg = await startEmbeddedPostgres(dataDir, { port: await freePort() });
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      database: { name: 'haven', url: pg.url, drop: async () => undefined },
    });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await pg?.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  const rooms = async (token: string) => {
    const started = Date.now();
    const res = await t.gql.withToken(token).request('{ chatRooms { id } }');
    return { ms: Date.now() - started, code: res.errors?.[0]?.extensions?.code, ok: !res.errors };
  };

  it('answers SERVICE_UNAVAILABLE at once while it is down and recovers when it is back', async () => {
    const member = await registerMember(t.gql);
    expect((await rooms(member.accessToken)).ok).toBe(true);

    await pg.stop();
    for (let i = 0; i < 5; i++) {
      const answer = await rooms(member.accessToken);
      expect(answer).toMatchObject({ ok: false, code: 'SERVICE_UNAVAILABLE' });
      expect(answer.ms).toBeLessThan(3_000);
    }
    const visitor = await t.gql.request('{ posts(first: 5) { nodes { id } } }');
    expect(visitor.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    // A member's feed page is a prepared statement (`preparedQuery`): it fails the same way.
    const feed = await t.gql.withToken(member.accessToken).request('{ posts(first: 5) { nodes { id } } }');
    expect(feed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'down', degraded: true });

    pg = await startEmbeddedPostgres(dataDir, { port: pg.port });
    const deadline = Date.now() + 20_000;
    let answer = await rooms(member.accessToken);
    while (!answer.ok && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 100));
      answer = await rooms(member.accessToken);
    }
    expect(answer.ok).toBe(true);
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    const after = await t.gql.withToken(member.accessToken).request('{ posts(first: 5) { nodes { id } } }');
    expect(after.errors).toBeUndefined();
  }, 120_000);
});
