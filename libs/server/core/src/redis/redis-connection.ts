import { Logger } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection settings for every Redis client of the API: commands fail at once while the connection is
 * down (no offline queue, one retry), reconnects back off up to 2 s, and nothing waits longer than 2 s.
 */
export const REDIS_CLIENT_OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 2_000,
  commandTimeout: 2_000,
  retryStrategy: (attempt: number) => Math.min(100 * attempt, 2_000),
};

/** How long boot waits for Redis before it starts degraded. */
const BOOT_WAIT_MS = 3_000;

/**
 * The API's Redis connection. Logs one warning when Redis becomes unreachable and one line when it is
 * back, instead of an error per command; ioredis reconnects by itself.
 */
export async function connectRedis(url: string, logger = new Logger('Redis')): Promise<Redis> {
  const client = new Redis(url, REDIS_CLIENT_OPTIONS);
  let down = false;
  let lastError = '';
  client.on('error', (error: Error) => {
    lastError = error.message;
    if (!down && client.status !== 'ready') {
      down = true;
      logger.warn(`Redis is unreachable (${lastError}): running degraded on this instance until it returns.`);
    }
  });
  client.on('close', () => {
    if (down) return;
    down = true;
    logger.warn('Redis is unreachable: running degraded on this instance until it returns.');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log('Redis is reachable again: shared limits, caches, presence and fan-out resume.');
  });
  await new Promise<void>((done) => {
    const timer = setTimeout(done, BOOT_WAIT_MS);
    client.once('ready', () => {
      clearTimeout(timer);
      done();
    });
  });
  return client;
}
