import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { MemoryStore, RedisStore, type SharedStore } from '@haven/server/core';
import { ChatBroadcaster } from './chat-broadcaster.service';
import { PresenceService } from './presence.service';

/** Records the presence announcements instead of sending them to sockets. */
class RecordingBroadcaster extends ChatBroadcaster {
  readonly announced: { roomId: string; onlineCount: number }[] = [];
  constructor() {
    super(new MemoryStore());
  }
  override presence(roomId: string, onlineCount: number): void {
    this.announced.push({ roomId, onlineCount });
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('presence across instances (real Redis)', () => {
  let redis: Redis;
  let store: SharedStore;
  const started: PresenceService[] = [];

  beforeAll(() => {
    redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
    store = new RedisStore(redis, `tpresence${randomBytes(4).toString('hex')}:`);
  });
  afterAll(async () => {
    for (const presence of started) await presence.onModuleDestroy();
    await redis.quit();
  });

  async function instance(): Promise<{ presence: PresenceService; broadcaster: RecordingBroadcaster }> {
    const broadcaster = new RecordingBroadcaster();
    const presence = new PresenceService(store, broadcaster);
    started.push(presence);
    await presence.heartbeat();
    return { presence, broadcaster };
  }

  it('counts a member once whatever their tabs and instances, and says when the count changes', async () => {
    const room = randomUUID();
    const [a, b] = [await instance(), await instance()];
    expect(await a.presence.join(room, 'alice')).toEqual({ count: 1, changed: true });
    expect(await a.presence.join(room, 'alice')).toEqual({ count: 1, changed: false });
    expect(await b.presence.join(room, 'alice')).toEqual({ count: 1, changed: false });
    expect(await b.presence.join(room, 'bob')).toEqual({ count: 2, changed: true });
    expect(await a.presence.leave(room, 'alice')).toEqual({ count: 2, changed: false });
    expect(await a.presence.leave(room, 'alice')).toEqual({ count: 2, changed: false });
    expect(await b.presence.leave(room, 'alice')).toEqual({ count: 1, changed: true });
    // Leaving twice is harmless.
    expect(await b.presence.leave(room, 'alice')).toEqual({ count: 1, changed: false });
    expect(await a.presence.counts([room, randomUUID()])).toEqual([1, 0]);
  });

  it('removes what a crashed instance left behind on the next heartbeat of another', async () => {
    const room = randomUUID();
    const crashed = await instance();
    const survivor = await instance();
    await crashed.presence.join(room, 'carol');
    await crashed.presence.join(room, 'dave');
    await survivor.presence.join(room, 'dave');
    await sleep(400); // the snapshot of what `crashed` added is written shortly after each change
    expect(await survivor.presence.count(room)).toBe(2);

    // The crashed instance stops heartbeating: its heartbeat key expires.
    await store.del(`chat:presence:alive:${crashed.presence.instanceId}`);
    await survivor.presence.heartbeat();
    expect(await survivor.presence.count(room)).toBe(1);
    expect(survivor.broadcaster.announced).toContainEqual({ roomId: room, onlineCount: 1 });

    // It was only stalled: on its own next heartbeat it puts its members back.
    await crashed.presence.heartbeat();
    expect(await survivor.presence.count(room)).toBe(2);
    expect(crashed.broadcaster.announced).toContainEqual({ roomId: room, onlineCount: 2 });
  });

  it('takes its members out on a graceful shutdown', async () => {
    const room = randomUUID();
    const leaving = await instance();
    const staying = await instance();
    await leaving.presence.join(room, 'erin');
    await staying.presence.join(room, 'frank');
    await leaving.presence.onModuleDestroy();
    expect(await staying.presence.count(room)).toBe(1);
    expect(leaving.broadcaster.announced).toContainEqual({ roomId: room, onlineCount: 1 });
    // Late disconnects after shutdown change nothing.
    expect(await leaving.presence.leave(room, 'erin')).toEqual({ count: 1, changed: false });
  });

  it('works the same on the in-process store of a single instance', async () => {
    const memory = new PresenceService(new MemoryStore(), new RecordingBroadcaster());
    await memory.heartbeat();
    const room = randomUUID();
    await memory.join(room, 'gina');
    await memory.join(room, 'gina');
    expect(await memory.join(room, 'hal')).toEqual({ count: 2, changed: true });
    await memory.leave(room, 'gina');
    expect(await memory.count(room)).toBe(2);
    await memory.onModuleDestroy();
  });
});
