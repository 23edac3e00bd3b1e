import { ModerationModule, moderationEntities } from '@haven/server/moderation';
import type { ChatRoomDto } from '@haven/shared/contracts';
import {
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import {
  closeClients,
  connectChat,
  createChatApp,
  emitAck,
  eventually,
  joinRoom,
  record,
  roomIdOf,
  send,
} from './testing/chat-test-support';

const UPDATE_ROOM = `mutation($id: ID!, $input: UpdateChatRoomInput!) {
  updateChatRoom(id: $id, input: $input) { id name description locked slowModeSeconds onlineCount }
}`;
const MUTE = `mutation($roomId: ID!, $userId: ID!, $minutes: Int!) { muteInRoom(roomId: $roomId, userId: $userId, minutes: $minutes) }`;

describe('who may send: membership, mutes, locks, slow mode and the rate limit', () => {
  let t: TestApp;
  let moderator: TestMember;

  beforeAll(async () => {
    // Mutes are logged and noticed by moderation.
    t = await createChatApp({
      env: { RATE_LIMIT_CHAT: '4/60' },
      imports: [ModerationModule],
      entities: moderationEntities,
    });
    moderator = await registerModerator(t.gql);
  });
  afterEach(() => closeClients());
  afterAll(() => t?.close());

  async function memberIn(roomId: string) {
    const member = await registerMember(t.gql);
    const socket = await connectChat(t.url, member.accessToken);
    await joinRoom(socket, roomId);
    return { member, socket };
  }

  async function storedCount(authorId: string): Promise<number> {
    const [{ count }] = (await t.dataSource.query(
      'SELECT count(*)::int AS count FROM chat_messages WHERE author_id = $1',
      [authorId],
    )) as { count: number }[];
    return count;
  }

  it('refuses to send or type in a room the socket has not joined, and a room that does not exist', async () => {
    const roomId = await roomIdOf(t, 'first-timers');
    const member = await registerMember(t.gql);
    const socket = await connectChat(t.url, member.accessToken);
    expect((await send(socket, roomId, 'Hello?')).error?.code).toBe('FORBIDDEN');
    expect((await emitAck(socket, 'typing', { roomId })).error?.code).toBe('FORBIDDEN');
    const missing = await emitAck(socket, 'room:join', { roomId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.error?.code).toBe('NOT_FOUND');
    expect(await storedCount(member.id)).toBe(0);
  });

  it('keeps a muted member from sending in that room until the mute ends', async () => {
    const roomId = await roomIdOf(t, 'caregivers-corner');
    const otherRoom = await roomIdOf(t, 'first-timers');
    const { member, socket } = await memberIn(roomId);
    await joinRoom(socket, otherRoom);

    expect(await member.gql.errorCode(MUTE, { roomId, userId: member.id, minutes: 10 })).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(MUTE, { roomId, userId: member.id, minutes: 0 })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(MUTE, { roomId, userId: member.id, minutes: 43_201 })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(MUTE, { roomId, userId: moderator.id, minutes: 10 })).toBe(
      'FORBIDDEN',
    );
    expect(
      (await moderator.gql.ok<{ muteInRoom: boolean }>(MUTE, { roomId, userId: member.id, minutes: 10 }))
        .muteInRoom,
    ).toBe(true);

    const refused = await send(socket, roomId, 'Can anyone hear me?');
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('FORBIDDEN');
    expect(refused.error?.details?.mutedUntil).toEqual(expect.any(String));
    expect((await send(socket, otherRoom, 'Other rooms are fine.')).ok).toBe(true);
    expect(await storedCount(member.id)).toBe(1);

    // The mute runs out.
    await t.dataSource.query(
      `UPDATE chat_mutes SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [member.id],
    );
    expect((await send(socket, roomId, 'Back again.')).ok).toBe(true);
  });

  it('locks a room for members (not moderators) and tells everyone in it', async () => {
    const roomId = await roomIdOf(t, 'post-infusion-check-in');
    const { member, socket } = await memberIn(roomId);
    const modSocket = await connectChat(t.url, moderator.accessToken);
    await joinRoom(modSocket, roomId);
    const updates = record<ChatRoomDto>(socket, 'room:updated');

    const { updateChatRoom } = await moderator.gql.ok<{ updateChatRoom: ChatRoomDto }>(UPDATE_ROOM, {
      id: roomId,
      input: { locked: true },
    });
    expect(updateChatRoom).toMatchObject({ locked: true, onlineCount: 2 });
    await eventually(() => updates.length === 1, 5_000, 'room:updated');
    expect(updates[0]).toMatchObject({ id: roomId, locked: true, onlineCount: 2 });

    expect((await send(socket, roomId, 'Is the room closed?')).error?.code).toBe('FORBIDDEN');
    expect((await send(modSocket, roomId, 'The room is paused for a few minutes.')).ok).toBe(true);
    expect(await storedCount(member.id)).toBe(0);

    // Moderators change only lock and slow mode; members nothing; administrators everything.
    expect(await moderator.gql.errorCode(UPDATE_ROOM, { id: roomId, input: { name: 'Renamed' } })).toBe(
      'FORBIDDEN',
    );
    expect(await member.gql.errorCode(UPDATE_ROOM, { id: roomId, input: { locked: false } })).toBe(
      'FORBIDDEN',
    );
    const admin = await signInAdmin(t.gql);
    const renamed = await admin.gql.ok<{ updateChatRoom: ChatRoomDto }>(UPDATE_ROOM, {
      id: roomId,
      input: { name: 'After-infusion check-in', locked: false },
    });
    expect(renamed.updateChatRoom).toMatchObject({ name: 'After-infusion check-in', locked: false });
    await eventually(() => updates.length === 2, 5_000, 'second room:updated');
    expect((await send(socket, roomId, 'Open again.')).ok).toBe(true);
    await admin.gql.ok(UPDATE_ROOM, { id: roomId, input: { name: 'Post-infusion check-in' } });
  });

  it('applies slow mode per member, not to moderators', async () => {
    const roomId = await roomIdOf(t, 'evening-support');
    const { member, socket } = await memberIn(roomId);
    const other = await memberIn(roomId);
    const modSocket = await connectChat(t.url, moderator.accessToken);
    await joinRoom(modSocket, roomId);

    expect(await moderator.gql.errorCode(UPDATE_ROOM, { id: roomId, input: { slowModeSeconds: -1 } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(UPDATE_ROOM, { id: roomId, input: { slowModeSeconds: 3601 } })).toBe(
      'BAD_USER_INPUT',
    );
    await moderator.gql.ok(UPDATE_ROOM, { id: roomId, input: { slowModeSeconds: 30 } });
    try {
      expect((await send(socket, roomId, 'First.')).ok).toBe(true);
      const second = await send(socket, roomId, 'Second, too soon.');
      expect(second.error?.code).toBe('RATE_LIMITED');
      expect(second.error?.details?.retryAfterSeconds).toBeGreaterThan(0);
      expect(second.error?.details?.retryAfterSeconds).toBeLessThanOrEqual(30);
      expect((await send(other.socket, roomId, 'Someone else may still talk.')).ok).toBe(true);
      expect((await send(modSocket, roomId, 'Moderator one.')).ok).toBe(true);
      expect((await send(modSocket, roomId, 'Moderator two.')).ok).toBe(true);
      expect(await storedCount(member.id)).toBe(1);
    } finally {
      await moderator.gql.ok(UPDATE_ROOM, { id: roomId, input: { slowModeSeconds: 0 } });
    }
    expect((await send(socket, roomId, 'Slow mode is off again.')).ok).toBe(true);
  });

  it('frees the slow-mode slot when a message is refused, so the member may try again at once', async () => {
    const roomId = await roomIdOf(t, 'evening-support');
    const { socket } = await memberIn(roomId);
    await moderator.gql.ok(UPDATE_ROOM, { id: roomId, input: { slowModeSeconds: 30 } });
    try {
      expect((await send(socket, roomId, 'x'.repeat(2_001))).error?.code).toBe('BAD_USER_INPUT');
      expect((await send(socket, roomId, 'A shorter message.')).ok).toBe(true);
    } finally {
      await moderator.gql.ok(UPDATE_ROOM, { id: roomId, input: { slowModeSeconds: 0 } });
    }
  });

  it('rate-limits each member (RATE_LIMIT_CHAT) and stores nothing past the limit', async () => {
    const roomId = await roomIdOf(t, 'first-timers');
    const { member, socket } = await memberIn(roomId);
    const other = await memberIn(roomId);
    const acks = [];
    for (let i = 0; i < 6; i++) acks.push(await send(socket, roomId, `Message ${i}`));
    expect(acks.map((a) => a.ok)).toEqual([true, true, true, true, false, false]);
    expect(acks[4].error?.code).toBe('RATE_LIMITED');
    expect(acks[4].error?.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await storedCount(member.id)).toBe(4);
    // A retry of a stored message is not a new message: it is answered, not limited.
    const retry = await send(socket, roomId, 'Message 0', acks[0].message?.clientMessageId ?? undefined);
    expect(retry).toMatchObject({ ok: true, message: { id: acks[0].message?.id } });
    expect((await send(other.socket, roomId, 'Others are not limited by it.')).ok).toBe(true);
  });
});
