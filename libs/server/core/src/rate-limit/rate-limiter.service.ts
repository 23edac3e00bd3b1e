import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppConfig, type RateLimitSpec } from '../config/app-config';
import { RateLimitedError } from '../errors';
import { REDIS_CLIENT } from '../redis/redis.module';

/**
 * Fixed-window rate limits. On Redis every instance counts together; while Redis is unreachable each
 * instance falls back to counting in memory (the same limit per instance) until it returns.
 */
@Injectable()
export class RateLimiter {
  /** One limiter per bucket and limit (limits come from the configuration, so the set is small). */
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
    private readonly config: AppConfig,
  ) {}

  /** Counts one hit for `bucket`/`key`; throws RATE_LIMITED once the window's limit is passed. */
  async consume(bucket: string, key: string, spec: RateLimitSpec): Promise<void> {
    try {
      await this.limiterFor(bucket, spec).consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new RateLimitedError(Math.max(Math.ceil(error.msBeforeNext / 1000), 1));
      }
      throw error;
    }
  }

  private limiterFor(bucket: string, spec: RateLimitSpec): RateLimiterAbstract {
    const id = `${bucket}:${spec.limit}/${spec.windowSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = {
        keyPrefix: `${this.config.REDIS_PREFIX}rl:${bucket}`,
        points: spec.limit,
        duration: spec.windowSeconds,
      };
      const memory = new RateLimiterMemory(options);
      limiter = this.redis
        ? new RateLimiterRedis({
            ...options,
            storeClient: this.redis,
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}
