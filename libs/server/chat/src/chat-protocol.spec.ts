import { createHmac, randomUUID } from 'node:crypto';
import type { ChatMessageDto } from '@haven/shared/contracts';
import { registerMember, type TestApp } from '@haven/server/testing';
import {
  chatClient,
  closeClients,
  connect,
  connectChat,
  createChatApp,
  emitAck,
  eventually,
  joinRoom,
  record,
  roomIdOf,
  send,
  sleep,
} from './testing/chat-test-support';

const ALLOWED_ORIGIN = 'https://haven.example';

function jwt(claims: Record<string, unknown>, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

async function refusal(url: string, token: string | null, extra = {}): Promise<string> {
  try {
    await connect(chatClient(url, token, extra));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the handshake was accepted');
}

describe('the /chat protocol: handshakes and malformed events', () => {
  let t: TestApp;
  let roomId: string;

  beforeAll(async () => {
    t = await createChatApp({ env: { CORS_ORIGINS: ALLOWED_ORIGIN } });
    roomId = await roomIdOf(t, 'evening-support');
  });
  afterEach(() => closeClients());
  afterAll(() => t?.close());

  describe('handshake', () => {
    it('refuses a missing, forged or expired token with UNAUTHENTICATED', async () => {
      const member = await registerMember(t.gql);
      const now = Math.floor(Date.now() / 1000);
      const claims = { sub: member.id, role: 'MEMBER', sid: randomUUID(), iat: now, exp: now + 600 };
      expect(await refusal(t.url, null)).toBe('UNAUTHENTICATED');
      expect(await refusal(t.url, '')).toBe('UNAUTHENTICATED');
      expect(await refusal(t.url, jwt(claims, 'another-secret-that-is-long-enough-to-sign'))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await refusal(t.url, 'not.a.jwt')).toBe('UNAUTHENTICATED');
      const expired = jwt({ ...claims, iat: now - 3600, exp: now - 60 }, t.config.JWT_SECRET ?? '');
      expect(await refusal(t.url, expired)).toBe('UNAUTHENTICATED');
      // The same claims, signed properly and current, are accepted.
      await connect(chatClient(t.url, jwt(claims, t.config.JWT_SECRET ?? '')));
    });

    it('refuses suspended and banned accounts with FORBIDDEN', async () => {
      const suspended = await registerMember(t.gql);
      const banned = await registerMember(t.gql);
      await t.dataSource.query(
        `UPDATE users SET status = 'SUSPENDED', suspended_until = now() + interval '1 day' WHERE id = $1`,
        [suspended.id],
      );
      await t.dataSource.query(`UPDATE users SET status = 'BANNED' WHERE id = $1`, [banned.id]);
      expect(await refusal(t.url, suspended.accessToken)).toBe('FORBIDDEN');
      expect(await refusal(t.url, banned.accessToken)).toBe('FORBIDDEN');
      // A suspension that has ended no longer counts.
      await t.dataSource.query(
        `UPDATE users SET suspended_until = now() - interval '1 minute' WHERE id = $1`,
        [suspended.id],
      );
      await connect(chatClient(t.url, suspended.accessToken));
    });

    it('refuses origins outside CORS_ORIGINS and accepts listed ones', async () => {
      const member = await registerMember(t.gql);
      const message = await refusal(t.url, member.accessToken, {
        extraHeaders: { origin: 'https://evil.example' },
      });
      expect(message).not.toBe('');
      await connect(chatClient(t.url, member.accessToken, { extraHeaders: { origin: ALLOWED_ORIGIN } }));
    });
  });

  describe('malformed events', () => {
    it('answers every malformed payload with BAD_USER_INPUT and stores nothing', async () => {
      const member = await registerMember(t.gql);
      const socket = await connectChat(t.url, member.accessToken);
      await joinRoom(socket, roomId);
      const id = () => randomUUID();
      const sends: unknown[] = [
        undefined,
        null,
        'hello',
        42,
        true,
        [],
        [roomId, id(), 'hi'],
        {},
        { roomId: 'not-a-uuid', clientMessageId: id(), body: 'hi' },
        { roomId: 123, clientMessageId: id(), body: 'hi' },
        { roomId: { $ne: null }, clientMessageId: id(), body: 'hi' },
        { roomId, body: 'hi' },
        { roomId, clientMessageId: '', body: 'hi' },
        { roomId, clientMessageId: 7, body: 'hi' },
        { roomId, clientMessageId: 'x'.repeat(65), body: 'hi' },
        { roomId, clientMessageId: 'has spaces in it', body: 'hi' },
        { roomId, clientMessageId: id() },
        { roomId, clientMessageId: id(), body: '' },
        { roomId, clientMessageId: id(), body: ' \n\t ' },
        { roomId, clientMessageId: id(), body: 42 },
        { roomId, clientMessageId: id(), body: ['hi'] },
        { roomId, clientMessageId: id(), body: { text: 'hi' } },
        { roomId, clientMessageId: id(), body: 'x'.repeat(2_001) },
      ];
      for (const payload of sends) {
        const ack = await emitAck(socket, 'message:send', payload);
        expect({ payload, ok: ack.ok, code: ack.error?.code }).toEqual({
          payload,
          ok: false,
          code: 'BAD_USER_INPUT',
        });
      }
      for (const event of ['room:join', 'room:leave', 'typing']) {
        for (const payload of [undefined, null, 'x', [], {}, { roomId: 'nope' }, { roomId: 5 }]) {
          const ack = await emitAck(socket, event, payload);
          expect({ event, payload, code: ack.error?.code }).toEqual({
            event,
            payload,
            code: 'BAD_USER_INPUT',
          });
        }
      }
      const unknown = await emitAck(socket, 'room:destroy', { roomId });
      expect(unknown.error?.code).toBe('BAD_USER_INPUT');
      const [{ count }] = (await t.dataSource.query(
        'SELECT count(*)::int AS count FROM chat_messages WHERE author_id = $1',
        [member.id],
      )) as { count: number }[];
      expect(count).toBe(0);
      // Exactly 2 000 characters is fine.
      expect((await send(socket, roomId, 'y'.repeat(2_000))).ok).toBe(true);
    });

    it('survives events without an acknowledgement callback', async () => {
      const member = await registerMember(t.gql);
      const socket = await connectChat(t.url, member.accessToken);
      await joinRoom(socket, roomId);
      const seen = record<ChatMessageDto>(socket, 'message:new');
      const raw = socket as unknown as { emit(event: string, ...args: unknown[]): void };
      raw.emit('message:send', { roomId, body: 42 });
      raw.emit('message:send', null);
      raw.emit('message:send');
      raw.emit('typing', { roomId });
      raw.emit('room:join', 'nope');
      raw.emit('room:destroy');
      raw.emit('message:send', {
        roomId,
        clientMessageId: randomUUID(),
        body: 'Sent without waiting for an answer.',
      });
      await eventually(() => seen.length === 1, 5_000, 'the message sent without an ack');
      expect(seen[0].body).toBe('Sent without waiting for an answer.');
      expect(socket.connected).toBe(true);
      expect((await send(socket, roomId, 'Still here.')).ok).toBe(true);
    });

    it('answers a frame over the message limit with BAD_USER_INPUT; drops only a client past 1 MB', async () => {
      const sender = await connectChat(t.url, (await registerMember(t.gql)).accessToken);
      const bystander = await connectChat(t.url, (await registerMember(t.gql)).accessToken);
      await joinRoom(sender, roomId);
      await joinRoom(bystander, roomId);
      const bystanderDrops = record(bystander, 'disconnect');
      const seen = record<ChatMessageDto>(bystander, 'message:new');
      const tooLong = await send(sender, roomId, 'z'.repeat(60_000));
      expect(tooLong.error?.code).toBe('BAD_USER_INPUT');
      const overMessageLimit = await send(sender, roomId, 'z'.repeat(500_000));
      expect(overMessageLimit.error?.code).toBe('BAD_USER_INPUT');
      expect(sender.connected).toBe(true);
      sender.io.reconnection(false);
      const dropped = new Promise<string>((done) => sender.once('disconnect', (reason) => done(reason)));
      const raw = sender as unknown as { emit(event: string, ...args: unknown[]): void };
      raw.emit(
        'message:send',
        { roomId, clientMessageId: randomUUID(), body: 'z'.repeat(1_100_000) },
        () => undefined,
      );
      expect(await dropped).toBe('transport close');
      await sleep(200);
      expect(bystander.connected).toBe(true);
      expect(bystanderDrops).toHaveLength(0);
      const again = await connectChat(t.url, (await registerMember(t.gql)).accessToken);
      await joinRoom(again, roomId);
      expect((await send(again, roomId, 'The server is fine.')).ok).toBe(true);
      await eventually(() => seen.length === 1, 5_000, 'the next message');
    });
  });
});
