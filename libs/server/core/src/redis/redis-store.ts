import { ReplyError, type Redis } from 'ioredis';
import { MemoryStore } from './memory-store';
import { SharedStore } from './shared-store';

const HASH_INCREMENT = `
local v = redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2])
if v <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return v`;

const DOWN = new Set(['close', 'reconnecting', 'end']);

/**
 * The shared store on Redis: counters, caches, locks and pub/sub seen by every instance.
 *
 * While Redis is unreachable every operation answers from an in-process store instead (counters, locks
 * and messages then hold for this instance only) and `available` is false, so callers can bypass caches
 * and report degraded state. Commands never wait for a reconnect: the client runs without an offline queue.
 */
export class RedisStore extends SharedStore {
  readonly kind = 'redis' as const;
  private subscriber: Redis | null = null;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();
  private readonly local = new MemoryStore();

  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
  ) {
    super();
  }

  /** Connected; or, for a client that queues commands while it connects, not yet known to be down. */
  override get available(): boolean {
    const status = this.client.status;
    if (status === 'ready') return true;
    return this.client.options.enableOfflineQueue !== false && !DOWN.has(status);
  }

  /** Runs `work` on Redis; on a connection failure (not a command error) answers with `fallback`. */
  private async attempt<T>(work: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
    if (!this.available) return fallback();
    try {
      return await work();
    } catch (error) {
      if (error instanceof ReplyError) throw error;
      return fallback();
    }
  }

  async increment(key: string, windowSeconds: number) {
    const k = this.prefix + key;
    return this.attempt(
      async () => {
        const [[, count], [, ttl]] = (await this.client
          .multi()
          .incr(k)
          .expire(k, windowSeconds, 'NX')
          .ttl(k)
          .exec()) as [[null, number], [null, number], [null, number]];
        return { count, ttlSeconds: Math.max(Number(ttl), 1) };
      },
      () => this.local.increment(key, windowSeconds),
    );
  }

  async get(key: string) {
    return this.attempt(
      () => this.client.get(this.prefix + key),
      () => this.local.get(key),
    );
  }

  async set(key: string, value: string, ttlSeconds?: number) {
    await this.attempt(
      async () => {
        if (ttlSeconds) await this.client.set(this.prefix + key, value, 'EX', ttlSeconds);
        else await this.client.set(this.prefix + key, value);
      },
      () => this.local.set(key, value, ttlSeconds),
    );
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number) {
    return this.attempt(
      async () => (await this.client.set(this.prefix + key, value, 'EX', ttlSeconds, 'NX')) === 'OK',
      () => this.local.setIfAbsent(key, value, ttlSeconds),
    );
  }

  async del(...keys: string[]) {
    await this.local.del(...keys);
    if (keys.length === 0) return;
    await this.attempt(
      async () => {
        await this.client.del(...keys.map((k) => this.prefix + k));
      },
      async () => undefined,
    );
  }

  async hashIncrement(key: string, field: string, by: number) {
    return this.attempt(
      async () => {
        const value = Number(await this.client.eval(HASH_INCREMENT, 1, this.prefix + key, field, String(by)));
        return Math.max(value, 0);
      },
      () => this.local.hashIncrement(key, field, by),
    );
  }

  async hashLength(key: string) {
    return this.attempt(
      () => this.client.hlen(this.prefix + key),
      () => this.local.hashLength(key),
    );
  }

  /** Reaches every instance; while Redis is away, this instance's subscribers only. */
  async publish(channel: string, message: string) {
    await this.attempt(
      async () => {
        await this.client.publish(this.prefix + channel, message);
      },
      () => this.local.publish(channel, message),
    );
  }

  async subscribe(channel: string, handler: (message: string) => void) {
    const full = this.prefix + channel;
    const offLocal = await this.local.subscribe(channel, handler);
    if (!this.subscriber) {
      // Subscriptions wait for the connection and are renewed by ioredis after every reconnect.
      this.subscriber = this.client.duplicate({
        enableOfflineQueue: true,
        maxRetriesPerRequest: null,
        commandTimeout: undefined,
      });
      this.subscriber.on('error', () => undefined);
      this.subscriber.on('message', (ch: string, message: string) => {
        for (const h of this.handlers.get(ch) ?? []) h(message);
      });
    }
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      const subscribed = this.subscriber.subscribe(full).catch(() => undefined);
      if (this.available) await subscribed;
    }
    set.add(handler);
    return async () => {
      await offLocal();
      set.delete(handler);
      if (set.size === 0) {
        this.handlers.delete(full);
        await this.subscriber?.unsubscribe(full).catch(() => undefined);
      }
    };
  }

  async ping() {
    if (!this.available) return false;
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close() {
    if (this.subscriber?.status === 'ready') await this.subscriber.quit().catch(() => undefined);
    else this.subscriber?.disconnect();
  }
}
