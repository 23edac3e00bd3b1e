import { NOTIFICATIONS_NAMESPACE } from '@haven/shared/contracts';
import {
  connectSocket,
  createTestApp,
  eventually,
  registerMember,
  signInAdmin,
  startThrowawayRedis,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { CREATE_CATEGORY } from './catalog.documents';

// A change to the catalog (categories, rooms) reaches the members connected to the same instance even
// while Redis, which carries it to the other instances, is away.

describe('catalog:changed while Redis is away', () => {
  it('still reaches members on the same instance', async () => {
    const redis = await startThrowawayRedis();
    const t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { REDIS_URL: redis.url },
    });
    try {
      const admin = await signInAdmin(t.gql);
      const watcher = await registerMember(t.gql);
      const socket = await connectSocket(t.url, NOTIFICATIONS_NAMESPACE, watcher.accessToken);
      try {
        await redis.stop();
        const redisState = async () =>
          ((await (await fetch(`${t.url}/health`)).json()) as { redis?: string }).redis;
        await eventually(async () => (await redisState()) === 'down', 10_000, 'the server to see Redis go');
        const arrived = new Promise<{ catalog: string }>((resolve) =>
          socket.once('catalog:changed', resolve),
        );
        await admin.gql.ok(CREATE_CATEGORY, {
          input: {
            slug: `outage-${Date.now().toString(36)}`,
            name: 'Made during an outage',
            description: '',
          },
        });
        expect(await arrived).toEqual({ catalog: 'categories' });
      } finally {
        socket.disconnect();
        await redis.start(); // the server closes its Redis connections cleanly only with Redis there
      }
    } finally {
      await t.close();
      await redis.stop();
    }
  }, 60_000);
});
