import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import {
  CHAT_NAMESPACE,
  type ChatClientToServerEvents,
  type ChatMessageDto,
  type ChatServerToClientEvents,
  type SafetyCheckDto,
} from '@haven/shared/contracts';
import { SafetyModule, safetyEntities } from '@haven/server/safety';
import { createTestApp, type TestApp, type TestAppOptions } from '@haven/server/testing';

export { eventually } from '@haven/server/testing';
import { ChatModule } from '../chat.module';
import { chatEntities } from '../chat.database';

export type ChatClient = Socket<ChatServerToClientEvents, ChatClientToServerEvents>;

/** Any acknowledgement, loosely typed for assertions. */
export interface AnyAck {
  ok: boolean;
  error?: { code: string; message: string; details?: Record<string, unknown> };
  message?: ChatMessageDto;
  safety?: SafetyCheckDto;
  room?: { id: string; onlineCount: number; locked: boolean; slowModeSeconds: number; name: string };
  recent?: ChatMessageDto[];
}

/** A Haven test server with chat (and the safety checks it needs). */
export function createChatApp(options: TestAppOptions = {}): Promise<TestApp> {
  return createTestApp({
    ...options,
    imports: [SafetyModule, ChatModule, ...(options.imports ?? [])],
    entities: [
      ...safetyEntities,
      ...chatEntities,
      ...((options.entities as unknown[]) ?? []),
    ] as TestAppOptions['entities'],
  });
}

/** A second instance of the same deployment: same database, same Redis prefix. */
export function createSecondInstance(first: TestApp, env?: Record<string, string>): Promise<TestApp> {
  return createChatApp({ database: first.database, redisPrefix: first.config.REDIS_PREFIX, env });
}

const open: ChatClient[] = [];

/** A socket.io-client on /chat, not yet connected. */
export function chatClient(
  url: string,
  token: string | null,
  extra: Parameters<typeof io>[1] = {},
): ChatClient {
  const socket: ChatClient = io(url + CHAT_NAMESPACE, {
    auth: token === null ? {} : { token },
    transports: ['websocket'],
    reconnection: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 200,
    forceNew: true,
    autoConnect: false,
    ...extra,
  });
  open.push(socket);
  return socket;
}

/** Connects and resolves once connected; rejects with the connect_error message. */
export function connect(socket: ChatClient, timeoutMs = 5_000): Promise<ChatClient> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('connect timed out')), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.disconnect();
      reject(error);
    });
    socket.connect();
  });
}

export async function connectChat(url: string, token: string): Promise<ChatClient> {
  return connect(chatClient(url, token));
}

/** Emits an event with an acknowledgement and waits for it. */
export function emitAck(socket: ChatClient, event: string, ...args: unknown[]): Promise<AnyAck> {
  // The typed client only allows the contract's events; these tests also send unknown and malformed ones.
  const untyped = socket as unknown as {
    timeout(ms: number): { emitWithAck(event: string, ...a: unknown[]): Promise<AnyAck> };
  };
  return untyped.timeout(5_000).emitWithAck(event, ...args);
}

export async function joinRoom(socket: ChatClient, roomId: string): Promise<AnyAck> {
  const ack = await emitAck(socket, 'room:join', { roomId });
  if (!ack.ok) throw new Error(`join failed: ${JSON.stringify(ack.error)}`);
  return ack;
}

export function send(
  socket: ChatClient,
  roomId: string,
  body: string,
  clientMessageId: string = randomUUID(),
): Promise<AnyAck> {
  return emitAck(socket, 'message:send', { roomId, clientMessageId, body });
}

/** Records every payload of `event` the socket receives from now on. */
export function record<T = unknown>(socket: ChatClient, event: string): T[] {
  const seen: T[] = [];
  (socket as unknown as { on(e: string, l: (payload: T) => void): void }).on(event, (payload: T) =>
    seen.push(payload),
  );
  return seen;
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Closes every client made by `chatClient`. */
export function closeClients(): void {
  for (const socket of open.splice(0)) socket.disconnect();
}

/** The id of a seeded room. */
export async function roomIdOf(t: TestApp, slug: string): Promise<string> {
  const rows = (await t.dataSource.query('SELECT id FROM chat_rooms WHERE slug = $1', [slug])) as {
    id: string;
  }[];
  if (!rows[0]) throw new Error(`no room ${slug}`);
  return rows[0].id;
}
