import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions } from 'socket.io';
import { ErrorCode } from '@haven/shared/contracts';
import { AppConfig } from '../config/app-config';
import { REDIS_CLIENT } from '../redis/redis.module';
import { isOriginAllowed } from './origin';

export const RECOVERY_WINDOW_MS = 2 * 60 * 1000;
/** Frames past this close the connection; smaller ones are parsed and refused by the event checks. */
export const SOCKET_MAX_PAYLOAD_BYTES = 1024 * 1024;

/**
 * Socket.IO on the API's HTTP server: origin allow-list, a 1 MB frame cap, connection state recovery
 * for two minutes, and the Redis streams adapter when Redis is configured so every instance shares rooms.
 * The default namespace `/` serves nothing and refuses every connection.
 */
export class HavenIoAdapter extends IoAdapter {
  private readonly config: AppConfig;
  private readonly redis: Redis | null;
  private streamClient: Redis | null = null;

  constructor(app: INestApplicationContext) {
    super(app);
    this.config = app.get(AppConfig);
    this.redis = app.get<Redis | null>(REDIS_CLIENT);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const allowList = this.config.CORS_ORIGINS;
    const base: Partial<ServerOptions> = { ...options };
    delete base.adapter;
    const server: Server = super.createIOServer(port, {
      ...(base as ServerOptions),
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: SOCKET_MAX_PAYLOAD_BYTES,
      cors: { origin: allowList.length > 0 ? allowList : false, credentials: false },
      allowRequest: (
        req: IncomingMessage,
        callback: (err: string | null | undefined, success: boolean) => void,
      ) => callback(null, isOriginAllowed(req.headers.origin, req.headers.host, allowList)),
      connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
      ...(this.redis
        ? {
            adapter: createAdapter((this.streamClient ??= this.publisher(this.redis)), {
              streamName: `${this.config.REDIS_PREFIX}socket.io`,
              maxLen: 100_000,
            }),
          }
        : {}),
    });
    server.use((_socket, next) => next(new Error(ErrorCode.NOT_FOUND)));
    return server;
  }

  /**
   * The adapter's client. Publishing fails at once while Redis is away, so a broadcast still reaches this
   * instance's sockets straight away (the adapter delivers locally after a failed publish); the adapter's
   * readers (its duplicates) wait for the connection instead, so their polling loop does not spin.
   */
  private publisher(redis: Redis): Redis {
    const client = redis.duplicate();
    client.on('error', () => undefined);
    const publish = client.publish.bind(client) as (channel: string, message: Buffer) => Promise<number>;
    // Ephemeral messages are published without a catch by the adapter; a lost one only costs that message.
    (client as unknown as { publish: typeof publish }).publish = (channel, message) =>
      publish(channel, message).catch(() => 0);
    client.duplicate = (override) => {
      const reader = redis.duplicate({
        enableOfflineQueue: true,
        maxRetriesPerRequest: null,
        commandTimeout: undefined,
        ...override,
      });
      reader.on('error', () => undefined);
      return reader;
    };
    return client;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    if (this.streamClient?.status === 'ready') await this.streamClient.quit().catch(() => undefined);
    else this.streamClient?.disconnect();
    this.streamClient = null;
  }
}
