import { io, type Socket } from 'socket.io-client';
import { AccountStatus, Role } from '@haven/shared/contracts';
import { ACCESS_TOKEN_TTL_SECONDS, Clock } from '@haven/server/core';
import { UsersService } from '@haven/server/identity';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signIn,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

const app = (shared?: TestApp) =>
  createTestApp({
    appModule: (config) => AppModule.forRoot(config),
    ...(shared ? { database: shared.database, redisPrefix: shared.config.REDIS_PREFIX } : {}),
  });

interface AnyAck {
  ok: boolean;
  error?: { code: string };
}

const sockets: Socket[] = [];

function open(url: string, namespace: string, token: string | null): Socket {
  const socket = io(url + namespace, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return socket;
}

function connected(socket: Socket): Promise<Socket> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

function refusal(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected, but should have been refused')));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

/** Resolves with the reason once the server closes the socket; fails after a few seconds. */
function closed(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('still connected')), 5000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

function ack(socket: Socket, event: string, payload: unknown): Promise<AnyAck> {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<AnyAck>;
}

const QUEUE = '{ moderationQueue { nodes { id } } }';
const VIEWER = '{ viewer { user { id } } }';

describe('authority is re-checked when it changes, on every instance', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: TestMember;

  beforeAll(async () => {
    a = await app();
    b = await app(a);
    admin = await signInAdmin(a.gql);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await b.close();
    await a.close();
  });

  it('a demoted moderator loses /moderation and the queue on the other instance, but keeps /chat', async () => {
    const mod = await registerModerator(a.gql);
    const modOnB = await connected(open(b.url, '/moderation', mod.accessToken));
    const chatOnB = await connected(open(b.url, '/chat', mod.accessToken));
    const gone = closed(modOnB);
    await admin.gql.ok(`mutation($id: ID!) { setUserRole(userId: $id, role: MEMBER) { id } }`, {
      id: mod.id,
    });
    expect(await gone).toBe('io server disconnect');
    expect(chatOnB.connected).toBe(true);
    expect(await mod.gql.withToken(mod.accessToken).errorCode(QUEUE)).toBe('FORBIDDEN');
    const onB = b.gql.withToken(mod.accessToken);
    expect(await onB.errorCode(QUEUE)).toBe('FORBIDDEN');
    expect(await refusal(open(b.url, '/moderation', mod.accessToken))).toBe('FORBIDDEN');
  });

  it('a suspended moderator loses /moderation, /chat and the queue on the other instance', async () => {
    const mod = await registerModerator(a.gql);
    const onB = b.gql.withToken(mod.accessToken);
    await onB.ok(QUEUE);
    const modOnB = await connected(open(b.url, '/moderation', mod.accessToken));
    const chatOnB = await connected(open(b.url, '/chat', mod.accessToken));
    const goneMod = closed(modOnB);
    const goneChat = closed(chatOnB);
    await a.app
      .get(UsersService)
      .setStatus(mod.id, AccountStatus.SUSPENDED, new Date(Date.now() + 24 * 3600 * 1000));
    expect(await goneMod).toBe('io server disconnect');
    expect(await goneChat).toBe('io server disconnect');
    expect(await onB.errorCode(QUEUE)).toBe('FORBIDDEN');
    expect(await refusal(open(b.url, '/moderation', mod.accessToken))).toBe('FORBIDDEN');
    // Reading as a member still works: suspension only takes powers and writes away.
    await onB.ok(VIEWER);
  });

  it('logout ends that session at once on every instance: requests, new sockets and open sockets', async () => {
    const member = await registerMember(a.gql);
    const other = await signIn(a.gql, member.email, member.password);
    const chatOnB = await connected(open(b.url, '/chat', member.accessToken));
    const otherChat = await connected(open(b.url, '/chat', other.accessToken));
    const gone = closed(chatOnB);
    expect(
      await a.gql.ok(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: member.refreshToken }),
    ).toEqual({
      logout: true,
    });
    expect(await gone).toBe('io server disconnect');
    expect(await b.gql.withToken(member.accessToken).errorCode(VIEWER)).toBe('UNAUTHENTICATED');
    expect(
      await b.gql
        .withToken(member.accessToken)
        .errorCode(`mutation { updateProfile(input: { bio: "x" }) { id } }`),
    ).toBe('UNAUTHENTICATED');
    expect(await refusal(open(b.url, '/chat', member.accessToken))).toBe('UNAUTHENTICATED');
    // The member's other session is untouched.
    expect(otherChat.connected).toBe(true);
    await b.gql.withToken(other.accessToken).ok(VIEWER);
  });

  it('a reused refresh token revokes the access tokens and sockets of its session', async () => {
    const member = await registerMember(a.gql);
    const chatOnB = await connected(open(b.url, '/chat', member.accessToken));
    const gone = closed(chatOnB);
    const refresh = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
    const rotated = await a.gql.ok<{ refreshSession: { accessToken: string } }>(refresh, {
      t: member.refreshToken,
    });
    expect(await a.gql.errorCode(refresh, { t: member.refreshToken })).toBe('UNAUTHENTICATED');
    expect(await gone).toBe('io server disconnect');
    expect(await b.gql.withToken(member.accessToken).errorCode(VIEWER)).toBe('UNAUTHENTICATED');
    expect(await b.gql.withToken(rotated.refreshSession.accessToken).errorCode(VIEWER)).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a deleted account loses its sockets on the other instance', async () => {
    const member = await registerMember(a.gql);
    const chatOnB = await connected(open(b.url, '/chat', member.accessToken));
    const gone = closed(chatOnB);
    await member.gql.ok(`mutation($p: String!) { deleteAccount(password: $p) }`, { p: member.password });
    expect(await gone).toBe('io server disconnect');
  });

  it('an open socket answers UNAUTHENTICATED once its token has expired', async () => {
    const member = await registerMember(a.gql);
    const chat = await connected(open(a.url, '/chat', member.accessToken));
    const clock = a.app.get(Clock);
    const spy = jest.spyOn(clock, 'now');
    try {
      spy.mockReturnValue(new Date(Date.now() + (ACCESS_TOKEN_TTL_SECONDS - 60) * 1000));
      expect((await ack(chat, 'typing', { roomId: 'x' })).error?.code).not.toBe('UNAUTHENTICATED');
      spy.mockReturnValue(new Date(Date.now() + (ACCESS_TOKEN_TTL_SECONDS + 1) * 1000));
      expect((await ack(chat, 'typing', { roomId: 'x' })).error?.code).toBe('UNAUTHENTICATED');
      expect((await ack(chat, 'room:join', { roomId: 'x' })).error?.code).toBe('UNAUTHENTICATED');
    } finally {
      spy.mockRestore();
    }
  });

  it('sockets: the default namespace refuses everyone; /moderation acks unknown events; big frames are answered', async () => {
    const member = await registerMember(a.gql);
    expect(await refusal(open(a.url, '/', member.accessToken))).toBe('NOT_FOUND');
    const mod = await registerModerator(a.gql);
    const queue = await connected(open(a.url, '/moderation', mod.accessToken));
    expect((await ack(queue, 'case:claim', { id: 'x' })).error?.code).toBe('BAD_USER_INPUT');
    const chat = await connected(open(a.url, '/chat', member.accessToken));
    const big = { roomId: 'x', clientMessageId: 'big', body: 'x'.repeat(200 * 1024) };
    expect((await ack(chat, 'message:send', big)).error?.code).toBe('BAD_USER_INPUT');
    expect(
      (await ack(chat, 'message:send', { roomId: 'x', clientMessageId: 'n', body: 'a\u0000b' })).error?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await ack(chat, 'message:send', { roomId: 'x', clientMessageId: 'n', body: 'a\ud800b' })).error?.code,
    ).toBe('BAD_USER_INPUT');
    expect(chat.connected).toBe(true);
    const gone = closed(chat);
    chat.emit('message:send', { body: 'x'.repeat(1100 * 1024) });
    expect(await gone).toBe('transport close');
  });

  it('a moderator role given back lets the account in again', async () => {
    const mod = await registerModerator(a.gql);
    await admin.gql.ok(`mutation($id: ID!, $r: Role!) { setUserRole(userId: $id, role: $r) { id } }`, {
      id: mod.id,
      r: Role.MEMBER,
    });
    await admin.gql.ok(`mutation($id: ID!, $r: Role!) { setUserRole(userId: $id, role: $r) { id } }`, {
      id: mod.id,
      r: Role.MODERATOR,
    });
    await connected(open(b.url, '/moderation', mod.accessToken));
  });
});
