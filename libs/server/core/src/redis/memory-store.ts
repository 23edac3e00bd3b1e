import { EventEmitter } from 'node:events';
import { SharedStore } from './shared-store';

interface Entry {
  value: string;
  expiresAt: number | null;
}

/** The single-instance store of the embedded default: the same behaviour as Redis, in this process. */
export class MemoryStore extends SharedStore {
  readonly kind = 'memory' as const;
  private readonly values = new Map<string, Entry>();
  private readonly hashes = new Map<string, Map<string, number>>();
  private readonly bus = new EventEmitter().setMaxListeners(0);

  private live(key: string): Entry | null {
    const entry = this.values.get(key);
    if (!entry) return null;
    if (entry.expiresAt !== null && entry.expiresAt <= Date.now()) {
      this.values.delete(key);
      return null;
    }
    return entry;
  }

  private sweep(): void {
    if (this.values.size < 10_000) return;
    for (const key of this.values.keys()) this.live(key);
  }

  async increment(key: string, windowSeconds: number) {
    this.sweep();
    const entry = this.live(key);
    if (!entry) {
      this.values.set(key, { value: '1', expiresAt: Date.now() + windowSeconds * 1000 });
      return { count: 1, ttlSeconds: windowSeconds };
    }
    entry.value = String(Number(entry.value) + 1);
    const ttl = entry.expiresAt === null ? windowSeconds : Math.ceil((entry.expiresAt - Date.now()) / 1000);
    return { count: Number(entry.value), ttlSeconds: Math.max(ttl, 1) };
  }

  async get(key: string) {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlSeconds?: number) {
    this.sweep();
    this.values.set(key, { value, expiresAt: ttlSeconds ? Date.now() + ttlSeconds * 1000 : null });
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number) {
    if (this.live(key)) return false;
    await this.set(key, value, ttlSeconds);
    return true;
  }

  async del(...keys: string[]) {
    for (const key of keys) {
      this.values.delete(key);
      this.hashes.delete(key);
    }
  }

  async hashIncrement(key: string, field: string, by: number) {
    const hash = this.hashes.get(key) ?? new Map<string, number>();
    const next = (hash.get(field) ?? 0) + by;
    if (next <= 0) hash.delete(field);
    else hash.set(field, next);
    if (hash.size === 0) this.hashes.delete(key);
    else this.hashes.set(key, hash);
    return Math.max(next, 0);
  }

  async hashLength(key: string) {
    return this.hashes.get(key)?.size ?? 0;
  }

  async publish(channel: string, message: string) {
    this.bus.emit(channel, message);
  }

  async subscribe(channel: string, handler: (message: string) => void) {
    this.bus.on(channel, handler);
    return async () => {
      this.bus.off(channel, handler);
    };
  }

  async ping() {
    return true;
  }
}
