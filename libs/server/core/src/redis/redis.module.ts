import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config';
import { connectRedis } from './redis-connection';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import { SharedStore } from './shared-store';

/** The raw ioredis connection, or null on the embedded default. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [AppConfig],
      useFactory: (config: AppConfig): Promise<Redis | null> | null =>
        config.REDIS_URL ? connectRedis(config.REDIS_URL) : null,
    },
    {
      provide: SharedStore,
      inject: [AppConfig, REDIS_CLIENT],
      useFactory: (config: AppConfig, client: Redis | null): SharedStore =>
        client ? new RedisStore(client, config.REDIS_PREFIX) : new MemoryStore(),
    },
  ],
  exports: [REDIS_CLIENT, SharedStore],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS_CLIENT) private readonly client: Redis | null,
    private readonly store: SharedStore,
  ) {}

  async onApplicationShutdown() {
    if (this.store instanceof RedisStore) await this.store.close();
    if (this.client?.status === 'ready') await this.client.quit().catch(() => undefined);
    else this.client?.disconnect();
  }
}
