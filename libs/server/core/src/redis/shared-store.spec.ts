import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import type { SharedStore } from './shared-store';

// The same behaviour on Redis (real server) and in-process.
const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const stores: [string, () => SharedStore][] = [
  ['redis', () => new RedisStore(redis, `t${randomBytes(4).toString('hex')}:`)],
  ['memory', () => new MemoryStore()],
];

afterAll(() => redis.quit());

describe.each(stores)('%s store', (_name, make) => {
  let store: SharedStore;
  beforeEach(() => {
    store = make();
  });

  it('counts in a window that expires', async () => {
    expect((await store.increment('c', 1)).count).toBe(1);
    expect((await store.increment('c', 1)).count).toBe(2);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await store.increment('c', 1)).count).toBe(1);
  });

  it('gets, sets with expiry, sets once and deletes', async () => {
    await store.set('k', 'v', 1);
    expect(await store.get('k')).toBe('v');
    expect(await store.setIfAbsent('k', 'w', 10)).toBe(false);
    await store.del('k');
    expect(await store.get('k')).toBeNull();
    expect(await store.setIfAbsent('k', 'w', 10)).toBe(true);
    expect(await store.get('k')).toBe('w');
  });

  it('keeps hash counters and drops fields at zero', async () => {
    expect(await store.hashIncrement('h', 'a', 1)).toBe(1);
    expect(await store.hashIncrement('h', 'a', 1)).toBe(2);
    expect(await store.hashIncrement('h', 'b', 1)).toBe(1);
    expect(await store.hashLength('h')).toBe(2);
    expect(await store.hashIncrement('h', 'a', -2)).toBe(0);
    expect(await store.hashLength('h')).toBe(1);
  });

  it('delivers published messages to subscribers until they unsubscribe', async () => {
    const received: string[] = [];
    const off = await store.subscribe('chan', (m) => received.push(m));
    await store.publish('chan', 'one');
    await new Promise((r) => setTimeout(r, 100));
    await off();
    await store.publish('chan', 'two');
    await new Promise((r) => setTimeout(r, 100));
    expect(received).toEqual(['one']);
    expect(await store.ping()).toBe(true);
    if (store instanceof RedisStore) await store.close();
  });
});
