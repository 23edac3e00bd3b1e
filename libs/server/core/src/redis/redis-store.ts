import type { Redis } from 'ioredis';
import { SharedStore } from './shared-store';

const HASH_INCREMENT = `
local v = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
if v <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return v`;

/** The shared store on Redis: counters, caches, locks and pub/sub seen by every instance. */
export class RedisStore extends SharedStore {
  readonly kind = 'redis' as const;
  private subscriber: Redis | null = null;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();

  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
  ) {
    super();
  }

  async increment(key: string, windowSeconds: number) {
    const k = this.prefix + key;
    const [[, count], [, ttl]] = (await this.client
      .multi()
      .incr(k)
      .expire(k, windowSeconds, 'NX')
      .ttl(k)
      .exec()) as [[null, number], [null, number], [null, number]];
    return { count, ttlSeconds: Math.max(Number(ttl), 1) };
  }

  async get(key: string) {
    return this.client.get(this.prefix + key);
  }

  async set(key: string, value: string, ttlSeconds?: number) {
    if (ttlSeconds) await this.client.set(this.prefix + key, value, 'EX', ttlSeconds);
    else await this.client.set(this.prefix + key, value);
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number) {
    return (await this.client.set(this.prefix + key, value, 'EX', ttlSeconds, 'NX')) === 'OK';
  }

  async del(...keys: string[]) {
    if (keys.length > 0) await this.client.del(...keys.map((k) => this.prefix + k));
  }

  async hashIncrement(key: string, field: string, by: number) {
    const value = Number(await this.client.eval(HASH_INCREMENT, 1, this.prefix + key, field, String(by)));
    return Math.max(value, 0);
  }

  async hashLength(key: string) {
    return this.client.hlen(this.prefix + key);
  }

  async publish(channel: string, message: string) {
    await this.client.publish(this.prefix + channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void) {
    const full = this.prefix + channel;
    if (!this.subscriber) {
      this.subscriber = this.client.duplicate();
      this.subscriber.on('message', (ch: string, message: string) => {
        for (const h of this.handlers.get(ch) ?? []) h(message);
      });
    }
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      await this.subscriber.subscribe(full);
    }
    set.add(handler);
    return async () => {
      set.delete(handler);
      if (set.size === 0) {
        this.handlers.delete(full);
        await this.subscriber?.unsubscribe(full);
      }
    };
  }

  async ping() {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close() {
    await this.subscriber?.quit().catch(() => undefined);
  }
}
