import { randomUUID } from 'node:crypto';
import { AccountStatus, type ChatMessageDto } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import { registerMember, type TestApp } from '@haven/server/testing';
import {
  chatClient,
  closeClients,
  connect,
  connectChat,
  createChatApp,
  createSecondInstance,
  emitAck,
  eventually,
  joinRoom,
  record,
  roomIdOf,
  send,
  sleep,
} from './testing/chat-test-support';

describe('chat over Socket.IO on two instances', () => {
  let a: TestApp;
  let b: TestApp;
  let roomId: string;

  beforeAll(async () => {
    a = await createChatApp();
    b = await createSecondInstance(a);
    roomId = await roomIdOf(a, 'evening-support');
  });
  afterEach(() => closeClients());
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('delivers a message sent on one instance to members on the other, sender included', async () => {
    const alice = await registerMember(a.gql);
    const bob = await registerMember(b.gql);
    const onA = await connectChat(a.url, alice.accessToken);
    const onB = await connectChat(b.url, bob.accessToken);
    await joinRoom(onA, roomId);
    const joined = await joinRoom(onB, roomId);
    expect(joined.room).toMatchObject({
      id: roomId,
      name: 'Evening support',
      locked: false,
      slowModeSeconds: 0,
    });
    const seenByA = record<ChatMessageDto>(onA, 'message:new');
    const seenByB = record<ChatMessageDto>(onB, 'message:new');

    const ack = await send(onA, roomId, '  Anyone else feel floaty the evening after?  ');
    expect(ack.ok).toBe(true);
    expect(ack.message).toMatchObject({
      roomId,
      body: 'Anyone else feel floaty the evening after?',
      status: 'VISIBLE',
      heldForReview: false,
      author: { id: alice.id, handle: alice.handle, role: 'MEMBER' },
    });
    expect(ack.safety).toEqual({
      crisisDetected: false,
      heldForReview: false,
      resources: [],
      riskLevel: 'NONE',
      signals: [],
      thirdParty: false,
      message: null,
    });
    await eventually(() => seenByA.length === 1 && seenByB.length === 1, 5_000, 'delivery on both instances');
    expect(seenByB[0]).toEqual(ack.message);
    expect(new Date(seenByB[0].createdAt).toISOString()).toBe(seenByB[0].createdAt);
  });

  it('answers a retry with the stored message and broadcasts nothing new', async () => {
    const alice = await registerMember(a.gql);
    const bob = await registerMember(b.gql);
    const onA = await connectChat(a.url, alice.accessToken);
    const onB = await connectChat(b.url, bob.accessToken);
    await joinRoom(onA, roomId);
    await joinRoom(onB, roomId);
    const seenByB = record<ChatMessageDto>(onB, 'message:new');

    const clientMessageId = randomUUID();
    const first = await send(onA, roomId, 'Checking in after session four.', clientMessageId);
    // The same message again, even from another connection on the other instance.
    const onB2 = await connectChat(b.url, alice.accessToken);
    await joinRoom(onB2, roomId);
    const [second, third] = await Promise.all([
      send(onA, roomId, 'Checking in after session four.', clientMessageId),
      send(onB2, roomId, 'Checking in after session four.', clientMessageId),
    ]);
    expect(first.ok && second.ok && third.ok).toBe(true);
    expect(second.message).toEqual(first.message);
    expect(third.message).toEqual(first.message);
    await sleep(300);
    expect(seenByB.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(1);
    const [{ count }] = (await a.dataSource.query(
      'SELECT count(*)::int AS count FROM chat_messages WHERE author_id = $1 AND client_message_id = $2',
      [alice.id, clientMessageId],
    )) as { count: number }[];
    expect(count).toBe(1);
  });

  it('stores concurrent first sends of the same clientMessageId once', async () => {
    const alice = await registerMember(a.gql);
    const onA = await connectChat(a.url, alice.accessToken);
    const onB = await connectChat(b.url, alice.accessToken);
    await joinRoom(onA, roomId);
    await joinRoom(onB, roomId);
    const seen = record<ChatMessageDto>(onA, 'message:new');
    const clientMessageId = randomUUID();
    const acks = await Promise.all([
      send(onA, roomId, 'Same message, twice at once.', clientMessageId),
      send(onB, roomId, 'Same message, twice at once.', clientMessageId),
    ]);
    expect(acks.every((ack) => ack.ok)).toBe(true);
    expect(acks[0].message?.id).toBe(acks[1].message?.id);
    await sleep(300);
    expect(seen.filter((m) => m.clientMessageId === clientMessageId)).toHaveLength(1);
  });

  it('acknowledges only after the commit: a failed insert is neither acknowledged as ok nor broadcast', async () => {
    const alice = await registerMember(a.gql);
    const bob = await registerMember(b.gql);
    const onA = await connectChat(a.url, alice.accessToken);
    const onB = await connectChat(b.url, bob.accessToken);
    await joinRoom(onA, roomId);
    await joinRoom(onB, roomId);
    const seenByB = record<ChatMessageDto>(onB, 'message:new');
    await a.dataSource.query(
      `ALTER TABLE chat_messages ADD CONSTRAINT test_refuse_marker CHECK (body NOT LIKE '%refuse-me%')`,
    );
    try {
      const clientMessageId = randomUUID();
      const ack = await send(onA, roomId, 'this one will refuse-me at the database', clientMessageId);
      expect(ack.ok).toBe(false);
      expect(ack.error?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(ack.error?.message).not.toContain('refuse');
      await sleep(300);
      expect(seenByB).toHaveLength(0);
      const rows = (await a.dataSource.query('SELECT id FROM chat_messages WHERE client_message_id = $1', [
        clientMessageId,
      ])) as unknown[];
      expect(rows).toHaveLength(0);
    } finally {
      await a.dataSource.query('ALTER TABLE chat_messages DROP CONSTRAINT test_refuse_marker');
    }
    // The same connection keeps working afterwards.
    expect((await send(onA, roomId, 'And this one goes through.')).ok).toBe(true);
    await eventually(() => seenByB.length === 1, 5_000, 'the next message');
  });

  it('recovers a dropped connection within the window and delivers what was sent meanwhile', async () => {
    const alice = await registerMember(a.gql);
    const bob = await registerMember(b.gql);
    const onA = await connectChat(a.url, alice.accessToken);
    const onB = await connectChat(b.url, bob.accessToken);
    await joinRoom(onA, roomId);
    await joinRoom(onB, roomId);
    // A first broadcast gives bob's connection an offset to recover from.
    const seenByB = record<ChatMessageDto>(onB, 'message:new');
    await send(onA, roomId, 'Before the drop.');
    await eventually(() => seenByB.length === 1, 5_000, 'the first message');

    onB.io.reconnectionDelay(600);
    onB.io.reconnectionDelayMax(600);
    const disconnected = new Promise<void>((done) => onB.once('disconnect', () => done()));
    onB.io.engine.close();
    await disconnected;
    const missed = [
      await send(onA, roomId, 'Sent while you were away (1).'),
      await send(onA, roomId, 'Sent while you were away (2).'),
    ];
    expect(missed.every((ack) => ack.ok)).toBe(true);

    await eventually(() => onB.connected, 5_000, 'the reconnection');
    expect(onB.recovered).toBe(true);
    await eventually(() => seenByB.length === 3, 5_000, 'the missed messages');
    expect(seenByB.map((m) => m.body)).toEqual([
      'Before the drop.',
      'Sent while you were away (1).',
      'Sent while you were away (2).',
    ]);
    // Still in the room after recovery: sending works without joining again.
    expect((await send(onB, roomId, 'Back again.')).ok).toBe(true);
  });

  it('counts each member once across tabs and instances, and counts down on leave and disconnect', async () => {
    const room = await roomIdOf(a, 'first-timers');
    const alice = await registerMember(a.gql);
    const bob = await registerMember(b.gql);
    const watcher = await connectChat(a.url, (await registerMember(a.gql)).accessToken);
    const first = await joinRoom(watcher, room);
    expect(first.room?.onlineCount).toBe(1);
    const counts = record<{ roomId: string; onlineCount: number }>(watcher, 'presence');

    const aliceTab1 = await connectChat(a.url, alice.accessToken);
    const aliceTab2 = await connectChat(b.url, alice.accessToken);
    await joinRoom(aliceTab1, room);
    const second = await joinRoom(aliceTab2, room);
    expect(second.room?.onlineCount).toBe(2);
    const bobSocket = await connectChat(b.url, bob.accessToken);
    expect((await joinRoom(bobSocket, room)).room?.onlineCount).toBe(3);
    await eventually(() => counts.at(-1)?.onlineCount === 3, 5_000, 'presence 3');
    expect(counts.map((c) => c.onlineCount)).toEqual([2, 3]);

    const onlineCount = async () =>
      (
        await a.gql.ok<{ chatRoom: { onlineCount: number } }>(
          '{ chatRoom(slug: "first-timers") { onlineCount } }',
        )
      ).chatRoom.onlineCount;
    expect(await onlineCount()).toBe(3);

    aliceTab1.disconnect();
    await sleep(200);
    expect(await onlineCount()).toBe(3);
    expect((await emitAck(aliceTab2, 'room:leave', { roomId: room })).ok).toBe(true);
    await eventually(async () => (await onlineCount()) === 2, 5_000, 'alice gone');
    bobSocket.disconnect();
    await eventually(() => counts.at(-1)?.onlineCount === 1, 5_000, 'presence back to 1');
    expect(await onlineCount()).toBe(1);
  });

  it('shows typing to the others in the room only, throttled', async () => {
    const alice = await registerMember(a.gql);
    const bob = await registerMember(b.gql);
    const onA = await connectChat(a.url, alice.accessToken);
    const onB = await connectChat(b.url, bob.accessToken);
    await joinRoom(onA, roomId);
    await joinRoom(onB, roomId);
    const seenByA = record(onA, 'typing');
    const seenByB = record<{ roomId: string; user: { id: string } }>(onB, 'typing');
    for (let i = 0; i < 5; i++) expect((await emitAck(onA, 'typing', { roomId })).ok).toBe(true);
    await eventually(() => seenByB.length >= 1, 5_000, 'typing');
    await sleep(200);
    expect(seenByB).toHaveLength(1);
    expect(seenByB[0]).toMatchObject({ roomId, user: { id: alice.id } });
    expect(seenByA).toHaveLength(0);
  });

  it('closes the sockets of a member who is banned while connected', async () => {
    const carol = await registerMember(a.gql);
    const socket = chatClient(b.url, carol.accessToken);
    await connect(socket);
    const gone = new Promise<string>((done) => socket.once('disconnect', (reason) => done(reason)));
    // Banning emits the account status event on instance A; the socket lives on instance B.
    await a.app.get(UsersService).setStatus(carol.id, AccountStatus.BANNED);
    expect(await gone).toBe('io server disconnect');
  });
});
