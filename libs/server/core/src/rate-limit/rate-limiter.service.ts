import { Injectable } from '@nestjs/common';
import type { RateLimitSpec } from '../config/app-config';
import { RateLimitedError } from '../errors';
import { SharedStore } from '../redis/shared-store';

/** Fixed-window rate limits, counted in the shared store so every instance sees the same counts. */
@Injectable()
export class RateLimiter {
  constructor(private readonly store: SharedStore) {}

  /** Counts one hit for `bucket`/`key`; throws RATE_LIMITED once the window's limit is passed. */
  async consume(bucket: string, key: string, spec: RateLimitSpec): Promise<void> {
    const { count, ttlSeconds } = await this.store.increment(`rl:${bucket}:${key}`, spec.windowSeconds);
    if (count > spec.limit) throw new RateLimitedError(ttlSeconds);
  }
}
