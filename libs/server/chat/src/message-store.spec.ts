import { randomUUID } from 'node:crypto';
import { registerMember, type TestApp } from '@haven/server/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ChatMessageEntity, StoredMessageStatus } from './chat-message.entity';
import { MessageStore, type NewChatMessage } from './message-store.service';
import { createChatApp, roomIdOf } from './testing/chat-test-support';

describe('the message store: group commits', () => {
  let t: TestApp;
  let store: MessageStore;
  let roomId: string;
  let authorId: string;

  beforeAll(async () => {
    t = await createChatApp();
    store = t.app.get(MessageStore);
    roomId = await roomIdOf(t, 'first-timers');
    authorId = (await registerMember(t.gql)).id;
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t?.close());

  const message = (body: string, extra: Partial<NewChatMessage> = {}): NewChatMessage => ({
    roomId,
    authorId,
    body,
    clientMessageId: randomUUID(),
    status: StoredMessageStatus.VISIBLE,
    crisisDetected: false,
    ...extra,
  });

  const committed = async (ids: string[]) =>
    (
      (await t.dataSource.query('SELECT id FROM chat_messages WHERE id = ANY($1::uuid[])', [ids])) as {
        id: string;
      }[]
    ).map((r) => r.id);

  it('writes the messages of one moment in one statement, each settled only once committed', async () => {
    const query = jest.spyOn(
      t.app.get<Repository<ChatMessageEntity>>(getRepositoryToken(ChatMessageEntity)),
      'query',
    );
    const sent = Array.from({ length: 12 }, (_, i) => message(`Line ${i}`));
    const seenAtAck: string[][] = [];
    const stored = await Promise.all(
      sent.map((m) =>
        store.insert(m).then(async (row) => {
          // Another connection already sees the row when its sender hears back.
          seenAtAck.push(await committed([row?.id ?? '']));
          return row;
        }),
      ),
    );
    expect(query.mock.calls.filter(([sql]) => /INSERT INTO chat_messages/.test(sql))).toHaveLength(1);
    expect(stored.map((s) => s?.body)).toEqual(sent.map((m) => m.body));
    expect(seenAtAck.every((ids) => ids.length === 1)).toBe(true);
  });

  it('keeps the order messages arrived in, within one group and across groups', async () => {
    const first = Array.from({ length: 8 }, (_, i) => store.insert(message(`A${i}`)));
    await Promise.all(first);
    const second = Array.from({ length: 8 }, (_, i) => store.insert(message(`B${i}`)));
    const ids = [...(await Promise.all(first)), ...(await Promise.all(second))].map((s) => s?.id);
    const rows = (await t.dataSource.query(
      'SELECT id FROM chat_messages WHERE id = ANY($1::uuid[]) ORDER BY created_at, id',
      [ids],
    )) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(ids);
  });

  it('fails only the message whose insert fails; the rest of its group is stored', async () => {
    const good = [message('Fine one'), message('Fine two')];
    const bad = message('To a room that does not exist', { roomId: randomUUID() });
    const results = await Promise.allSettled([
      store.insert(good[0]),
      store.insert(bad),
      store.insert(good[1]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const ids = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value.id] : []));
    expect(await committed(ids)).toHaveLength(2);
    // The next group is not affected.
    expect(await store.insert(message('After the failure'))).not.toBeNull();
  });

  it('stores a clientMessageId once, whether repeated in one group or sent again later', async () => {
    const twice = message('Sent twice');
    const [first, repeat] = await Promise.all([store.insert(twice), store.insert({ ...twice })]);
    expect(first?.clientMessageId).toBe(twice.clientMessageId);
    expect(repeat).toBeNull();
    expect(await store.insert({ ...twice })).toBeNull();
    const found = await store.findByClientId(authorId, twice.clientMessageId);
    expect(found?.id).toBe(first?.id);
    const rows = (await t.dataSource.query(
      'SELECT count(*)::int AS n FROM chat_messages WHERE author_id = $1 AND client_message_id = $2',
      [authorId, twice.clientMessageId],
    )) as { n: number }[];
    expect(rows[0].n).toBe(1);
  });
});
