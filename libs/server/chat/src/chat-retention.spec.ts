import { registerMember, type TestApp } from '@haven/server/testing';
import { ChatRetentionService } from './chat-retention.service';
import { createChatApp, roomIdOf } from './testing/chat-test-support';

describe('chat retention', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createChatApp({ env: { CHAT_RETENTION_DAYS: '30' } });
  });
  afterAll(() => t?.close());

  it('deletes messages older than CHAT_RETENTION_DAYS and keeps the rest', async () => {
    const member = await registerMember(t.gql);
    const roomId = await roomIdOf(t, 'first-timers');
    const insert = (body: string, age: string) =>
      t.dataSource.query(
        `INSERT INTO chat_messages (room_id, author_id, body, client_message_id, created_at)
         VALUES ($1, $2, $3, gen_random_uuid()::text, now() - $4::interval)`,
        [roomId, member.id, body, age],
      );
    await insert('From two months ago', '60 days');
    await insert('Just past the limit', '30 days 1 hour');
    await insert('Just inside the limit', '29 days 23 hours');
    await insert('From today', '1 minute');

    const retention = t.app.get(ChatRetentionService);
    expect(await retention.deleteExpired()).toBe(2);
    const rows = (await t.dataSource.query(
      'SELECT body FROM chat_messages WHERE author_id = $1 ORDER BY created_at',
      [member.id],
    )) as { body: string }[];
    expect(rows.map((r) => r.body)).toEqual(['Just inside the limit', 'From today']);
    // Run again a day later: the next one ages out.
    expect(await retention.deleteExpired(new Date(Date.now() + 2 * 3600 * 1000))).toBe(1);
  });

  it('runs the daily job on one instance only', async () => {
    const member = await registerMember(t.gql);
    const roomId = await roomIdOf(t, 'first-timers');
    await t.dataSource.query(
      `INSERT INTO chat_messages (room_id, author_id, body, client_message_id, created_at)
       VALUES ($1, $2, 'Old', gen_random_uuid()::text, now() - interval '90 days')`,
      [roomId, member.id],
    );
    const second = await createChatApp({
      database: t.database,
      redisPrefix: t.config.REDIS_PREFIX,
      env: { CHAT_RETENTION_DAYS: '30' },
    });
    try {
      const spyA = jest.spyOn(t.app.get(ChatRetentionService), 'deleteExpired');
      const spyB = jest.spyOn(second.app.get(ChatRetentionService), 'deleteExpired');
      await Promise.all([
        t.app.get(ChatRetentionService).runDaily(),
        second.app.get(ChatRetentionService).runDaily(),
      ]);
      expect(spyA.mock.calls.length + spyB.mock.calls.length).toBe(1);
      const rows = (await t.dataSource.query('SELECT id FROM chat_messages WHERE author_id = $1', [
        member.id,
      ])) as unknown[];
      expect(rows).toHaveLength(0);
    } finally {
      await second.close();
    }
  });
});
