/**
 * State shared by every API instance: Redis when `REDIS_URL` is set, this process otherwise.
 * Keys are given without the deployment prefix; implementations add it.
 */
export abstract class SharedStore {
  /** Adds 1 to a counter that lives `windowSeconds` from its first increment; returns the count and its TTL. */
  abstract increment(key: string, windowSeconds: number): Promise<{ count: number; ttlSeconds: number }>;
  abstract get(key: string): Promise<string | null>;
  abstract set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  /** Sets the key only when it does not exist; true when it was set (a lock or a once-only marker). */
  abstract setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  abstract del(...keys: string[]): Promise<void>;
  /** Adds `by` to a field of a hash and returns the new value; removes the field when it reaches 0 or less. */
  abstract hashIncrement(key: string, field: string, by: number): Promise<number>;
  abstract hashLength(key: string): Promise<number>;
  abstract publish(channel: string, message: string): Promise<void>;
  /** Calls `handler` for every message on `channel` from any instance; returns an unsubscribe function. */
  abstract subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>>;
  /** True when the store answers. */
  abstract ping(): Promise<boolean>;
  abstract readonly kind: 'redis' | 'memory';
  /** False while the shared store is unreachable and answers from this process only (caches are then bypassed). */
  get available(): boolean {
    return true;
  }
}
