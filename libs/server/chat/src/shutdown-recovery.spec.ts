import type { ChatMessageDto } from '@haven/shared/contracts';
import { registerMember, type TestApp } from '@haven/server/testing';
import {
  chatClient,
  closeClients,
  connect,
  connectChat,
  createChatApp,
  createSecondInstance,
  eventually,
  joinRoom,
  record,
  roomIdOf,
  send,
} from './testing/chat-test-support';

// An instance shuts down gracefully under connected members: its sockets are closed so clients reconnect
// (here to the other instance, as a load balancer would send them) and recover their rooms.
describe('graceful shutdown with recovery on the other instance', () => {
  let a: TestApp;
  let b: TestApp;
  let roomId: string;

  beforeAll(async () => {
    a = await createChatApp();
    b = await createSecondInstance(a);
    roomId = await roomIdOf(a, 'evening-support');
  });
  afterAll(async () => {
    closeClients();
    await b?.close();
    await a?.close().catch(() => undefined);
  });

  it('drains its sockets; the client reconnects to the other instance and keeps its rooms', async () => {
    const alice = await registerMember(a.gql);
    const bob = await registerMember(b.gql);
    const aliceSocket = await connect(chatClient(a.url, alice.accessToken));
    await joinRoom(aliceSocket, roomId);
    const bobOnB = await connectChat(b.url, bob.accessToken);
    await joinRoom(bobOnB, roomId);
    const seenByAlice = record<ChatMessageDto>(aliceSocket, 'message:new');
    const firstId = aliceSocket.id;

    // From now on the client's reconnections go to B.
    aliceSocket.io.on('reconnect_attempt', () => {
      (aliceSocket.io as unknown as { uri: string }).uri = b.url;
    });
    const disconnected = new Promise<string>((done) => aliceSocket.once('disconnect', done));
    await a.app.close();
    expect(await disconnected).toBe('transport close');

    await eventually(() => aliceSocket.connected, 10_000, 'reconnection to B');
    expect(aliceSocket.recovered).toBe(true);
    expect(aliceSocket.id).toBe(firstId);

    // Still in the room without joining again.
    const ack = await send(bobOnB, roomId, 'Welcome back.');
    expect(ack.ok).toBe(true);
    await eventually(
      () => seenByAlice.some((m) => m.id === ack.message?.id),
      5_000,
      'delivery after recovery',
    );
  });
});
