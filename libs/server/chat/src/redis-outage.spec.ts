import { Logger } from '@nestjs/common';
import type { ChatMessageDto } from '@haven/shared/contracts';
import {
  registerMember,
  startThrowawayRedis,
  type TestApp,
  type ThrowawayRedis,
} from '@haven/server/testing';
import {
  closeClients,
  connectChat,
  createChatApp,
  createSecondInstance,
  eventually,
  joinRoom,
  record,
  roomIdOf,
  send,
} from './testing/chat-test-support';

// Two instances on a Redis server of this test's own, which is killed and started again under them.
describe('a Redis outage under two running instances', () => {
  let redis: ThrowawayRedis;
  let a: TestApp;
  let b: TestApp;
  let roomId: string;
  const warnings: string[] = [];
  const logs: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      logs.push(String(message));
    });
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      consoleErrors.push(args.map(String).join(' '));
    });
    redis = await startThrowawayRedis();
    const env = { REDIS_URL: redis.url, RATE_LIMIT_LOGIN: '3/600' };
    a = await createChatApp({ env });
    b = await createSecondInstance(a, env);
    roomId = await roomIdOf(a, 'evening-support');
  });
  afterAll(async () => {
    closeClients();
    await b?.close();
    await a?.close();
    await redis?.stop();
    jest.restoreAllMocks();
  });

  const health = async (t: TestApp) => {
    const res = await fetch(`${t.url}/health`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const failedLogin = async (t: TestApp, email: string) => {
    const res = await t.gql.request('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email, password: 'not the password at all' },
    });
    return res.errors?.[0]?.extensions?.code as string;
  };

  it('keeps answering, limits per instance, delivers locally, and resumes sharing when Redis returns', async () => {
    const alice = await registerMember(a.gql);
    const carol = await registerMember(a.gql);
    const bob = await registerMember(b.gql);
    const aliceOnA = await connectChat(a.url, alice.accessToken);
    const carolOnA = await connectChat(a.url, carol.accessToken);
    const bobOnB = await connectChat(b.url, bob.accessToken);
    for (const socket of [aliceOnA, carolOnA, bobOnB]) await joinRoom(socket, roomId);
    const seenByCarol = record<ChatMessageDto>(carolOnA, 'message:new');
    const seenByBob = record<ChatMessageDto>(bobOnB, 'message:new');
    const presenceOnA = record<{ onlineCount: number; degraded?: boolean }>(aliceOnA, 'presence');
    expect((await health(a)).body).toMatchObject({ redis: 'up', degraded: false });

    await redis.stop();
    await eventually(async () => (await health(a)).body.redis === 'down', 10_000, 'A to see Redis down');
    await eventually(async () => (await health(b)).body.redis === 'down', 10_000, 'B to see Redis down');
    expect(await health(a)).toEqual({
      status: 200,
      body: { status: 'degraded', degraded: true, database: 'up', redis: 'down' },
    });

    // Reads and writes that need only PostgreSQL keep answering, on both instances.
    for (let i = 0; i < 10; i++) {
      const t = i % 2 === 0 ? a : b;
      const res = await t.gql.request('{ chatRooms { id slug onlineCount } }');
      expect(res.errors).toBeUndefined();
      expect((res.data as { chatRooms: unknown[] }).chatRooms.length).toBeGreaterThan(0);
    }
    const newcomer = await registerMember(b.gql);
    expect(newcomer.id).toBeTruthy();

    // Limits still apply, counted by each instance on its own.
    const email = 'nobody-here@example.org';
    for (let i = 0; i < 3; i++) expect(await failedLogin(a, email)).not.toBe('RATE_LIMITED');
    expect(await failedLogin(a, email)).toBe('RATE_LIMITED');
    expect(await failedLogin(b, email)).not.toBe('RATE_LIMITED');

    // Chat still commits and reaches members on the same instance.
    const during = await send(aliceOnA, roomId, 'Still here while the cache is away.');
    expect(during.ok).toBe(true);
    await eventually(() => seenByCarol.some((m) => m.id === during.message?.id), 5_000, 'local delivery');
    const stored = (await a.dataSource.query('SELECT body FROM chat_messages WHERE id = $1', [
      during.message?.id,
    ])) as { body: string }[];
    expect(stored).toEqual([{ body: 'Still here while the cache is away.' }]);

    // Presence is counted locally and says so.
    carolOnA.disconnect();
    await eventually(() => presenceOnA.some((p) => p.degraded === true), 5_000, 'degraded presence');
    expect(presenceOnA.find((p) => p.degraded)?.onlineCount).toBe(1);

    await redis.start();
    await eventually(async () => (await health(a)).body.redis === 'up', 15_000, 'A to see Redis back');
    await eventually(async () => (await health(b)).body.redis === 'up', 15_000, 'B to see Redis back');
    expect((await health(b)).body).toEqual({ status: 'ok', degraded: false, database: 'up', redis: 'up' });

    // Cross-instance delivery comes back by itself: keep sending until one reaches B.
    await eventually(
      async () => {
        const ack = await send(aliceOnA, roomId, 'Are you receiving this on the other server?');
        if (!ack.ok) return false;
        const deadline = Date.now() + 1_000;
        while (Date.now() < deadline) {
          if (seenByBob.some((m) => m.id === ack.message?.id)) return true;
          await new Promise((done) => setTimeout(done, 20));
        }
        return false;
      },
      20_000,
      'cross-instance delivery',
    );

    // One warning when the outage began and one line when it ended, per instance; no ioredis noise.
    expect(warnings.filter((w) => /Redis is unreachable/.test(w))).toHaveLength(2);
    expect(logs.filter((l) => /Redis is reachable again/.test(l))).toHaveLength(2);
    expect(consoleErrors.filter((e) => /Unhandled error event/.test(e))).toEqual([]);
  }, 90_000);
});
