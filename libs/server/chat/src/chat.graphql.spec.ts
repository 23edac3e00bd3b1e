import {
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { closeClients, connectChat, createChatApp, joinRoom } from './testing/chat-test-support';

const ROOM_FIELDS = 'id slug name description locked slowModeSeconds onlineCount';
const CREATE = `mutation($input: ChatRoomInput!) { createChatRoom(input: $input) { ${ROOM_FIELDS} } }`;
const HISTORY = `query($roomId: ID!, $last: Int, $before: String) {
  chatMessages(roomId: $roomId, last: $last, before: $before) {
    nodes { id body createdAt author { handle } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Page {
  nodes: { id: string; body: string; createdAt: string; author: { handle: string } }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

describe('chat over GraphQL: rooms and history', () => {
  let t: TestApp;
  let admin: TestMember;
  let member: TestMember;

  beforeAll(async () => {
    t = await createChatApp();
    admin = await signInAdmin(t.gql);
    member = await registerMember(t.gql);
  });
  afterEach(() => closeClients());
  afterAll(() => t?.close());

  async function roomWithMessages(slug: string, count: number): Promise<string> {
    const { createChatRoom } = await admin.gql.ok<{ createChatRoom: { id: string } }>(CREATE, {
      input: { slug, name: `Room ${slug}`, description: 'For the tests.' },
    });
    await t.dataSource.query(
      `INSERT INTO chat_messages (room_id, author_id, body, client_message_id, created_at)
       SELECT $1, $2, 'Message ' || i, gen_random_uuid()::text, now() - interval '1 hour' + i * interval '1 second'
       FROM generate_series(1, $3) AS i`,
      [createChatRoom.id, member.id, count],
    );
    return createChatRoom.id;
  }

  it('lists the seeded rooms to everyone, with online counts', async () => {
    const { chatRooms } = await t.gql.ok<{
      chatRooms: { slug: string; name: string; onlineCount: number }[];
    }>(`{ chatRooms { ${ROOM_FIELDS} } }`);
    expect(
      chatRooms
        .slice(0, 4)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Caregivers’ corner', 'Evening support', 'First timers', 'Post-infusion check-in'].sort());
    expect(chatRooms.every((r) => r.onlineCount === 0)).toBe(true);
    const { chatRoom } = await t.gql.ok<{ chatRoom: { name: string } | null }>(
      '{ chatRoom(slug: "First-Timers") { name } }',
    );
    expect(chatRoom?.name).toBe('First timers');
    expect(
      (await t.gql.ok<{ chatRoom: null }>('{ chatRoom(slug: "nowhere") { name } }')).chatRoom,
    ).toBeNull();
  });

  it('lets only administrators create rooms, with valid and unique fields', async () => {
    const input = { slug: 'night-owls', name: 'Night owls', description: 'When sleep will not come.' };
    const moderator = await registerModerator(t.gql);
    expect(await member.gql.errorCode(CREATE, { input })).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(CREATE, { input })).toBe('FORBIDDEN');
    expect(await t.gql.errorCode(CREATE, { input })).toBe('UNAUTHENTICATED');
    const { createChatRoom } = await admin.gql.ok<{ createChatRoom: Record<string, unknown> }>(CREATE, {
      input,
    });
    expect(createChatRoom).toMatchObject({ ...input, locked: false, slowModeSeconds: 0, onlineCount: 0 });
    expect(await admin.gql.errorCode(CREATE, { input: { ...input, slug: 'NIGHT-OWLS' } })).toBe('CONFLICT');
    for (const bad of [
      { ...input, slug: 'a' },
      { ...input, slug: 'has spaces' },
      { ...input, slug: 'double--dash' },
      { ...input, slug: 'other', name: 'x' },
      { ...input, slug: 'other', name: 'y'.repeat(81) },
      { ...input, slug: 'other', description: 'z'.repeat(501) },
    ]) {
      expect(await admin.gql.errorCode(CREATE, { input: bad })).toBe('BAD_USER_INPUT');
    }
    const [{ count }] = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM chat_rooms WHERE slug = 'other'`,
    )) as {
      count: number;
    }[];
    expect(count).toBe(0);
  });

  it('pages backwards through history, oldest first within a page', async () => {
    const roomId = await roomWithMessages('history-room', 45);
    const first = (await member.gql.ok<{ chatMessages: Page }>(HISTORY, { roomId, last: 20 })).chatMessages;
    expect(first.nodes.map((n) => n.body)).toEqual(Array.from({ length: 20 }, (_, i) => `Message ${26 + i}`));
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await member.gql.ok<{ chatMessages: Page }>(HISTORY, {
        roomId,
        last: 20,
        before: first.pageInfo.endCursor,
      })
    ).chatMessages;
    expect(second.nodes.map((n) => n.body)).toEqual(Array.from({ length: 20 }, (_, i) => `Message ${6 + i}`));
    const third = (
      await member.gql.ok<{ chatMessages: Page }>(HISTORY, {
        roomId,
        last: 20,
        before: second.pageInfo.endCursor,
      })
    ).chatMessages;
    expect(third.nodes.map((n) => n.body)).toEqual([
      'Message 1',
      'Message 2',
      'Message 3',
      'Message 4',
      'Message 5',
    ]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.nodes[0].author.handle).toBe(member.handle);
    // Default page: the newest 50 (here all 45).
    const all = (
      await member.gql.ok<{ chatMessages: Page }>(
        `query($roomId: ID!) { chatMessages(roomId: $roomId) { nodes { id } } }`,
        { roomId },
      )
    ).chatMessages;
    expect(all.nodes).toHaveLength(45);
  });

  it('joins with the newest 50 and a cursor for the older ones', async () => {
    const roomId = await roomWithMessages('join-room', 60);
    const socket = await connectChat(t.url, member.accessToken);
    const ack = (await joinRoom(socket, roomId)) as {
      recent?: { body: string }[];
      olderCursor?: string | null;
    };
    expect(ack.recent?.map((m) => m.body)).toEqual(Array.from({ length: 50 }, (_, i) => `Message ${11 + i}`));
    const older = (
      await member.gql.ok<{ chatMessages: Page }>(HISTORY, { roomId, last: 20, before: ack.olderCursor })
    ).chatMessages;
    expect(older.nodes.map((n) => n.body)).toEqual(Array.from({ length: 10 }, (_, i) => `Message ${1 + i}`));
    expect(older.pageInfo.hasNextPage).toBe(false);
    const small = await roomWithMessages('small-join-room', 3);
    const smallAck = (await joinRoom(socket, small)) as { recent?: unknown[]; olderCursor?: string | null };
    expect(smallAck.recent).toHaveLength(3);
    expect(smallAck.olderCursor).toBeNull();
  });

  it('validates history arguments and needs a signed-in member', async () => {
    const roomId = await roomWithMessages('argument-room', 3);
    expect(await member.gql.errorCode(HISTORY, { roomId, last: 0 })).toBe('BAD_USER_INPUT');
    expect(await member.gql.errorCode(HISTORY, { roomId, last: 101 })).toBe('BAD_USER_INPUT');
    expect(await member.gql.errorCode(HISTORY, { roomId, before: 'garbage' })).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
    expect(await member.gql.errorCode(HISTORY, { roomId, before: forged })).toBe('BAD_USER_INPUT');
    expect(await member.gql.errorCode(HISTORY, { roomId: 'nope' })).toBe('BAD_USER_INPUT');
    expect(await member.gql.errorCode(HISTORY, { roomId: '00000000-0000-4000-8000-000000000000' })).toBe(
      'NOT_FOUND',
    );
    expect(await t.gql.errorCode(HISTORY, { roomId })).toBe('UNAUTHENTICATED');
  });

  it('costs the same number of SQL queries for a page of 10 or 60 messages from many authors', async () => {
    const roomId = await roomWithMessages('cost-room', 0);
    const authors = await Promise.all(Array.from({ length: 6 }, () => registerMember(t.gql)));
    for (const [i, author] of authors.entries()) {
      await t.dataSource.query(
        `INSERT INTO chat_messages (room_id, author_id, body, client_message_id)
         SELECT $1, $2, 'From author ${i}, number ' || n, 'cost-${i}-' || n FROM generate_series(1, 12) AS n`,
        [roomId, author.id],
      );
    }
    const query = `query($roomId: ID!, $last: Int) { chatMessages(roomId: $roomId, last: $last) { nodes { id author { id } } } }`;
    // A first request, so the member's token is as recently verified (and cached) for both sizes.
    await member.gql.ok(query, { roomId, last: 1 });
    const small = await t.countQueries(() => member.gql.ok(query, { roomId, last: 10 }));
    const large = await t.countQueries(() =>
      member.gql.ok<{ chatMessages: Page }>(query, { roomId, last: 60 }),
    );
    expect(large.result.chatMessages.nodes).toHaveLength(60);
    expect(large.queries).toBe(small.queries);
    const rooms = await t.countQueries(() => t.gql.ok(`{ chatRooms { id onlineCount } }`));
    expect(rooms.queries).toBeLessThanOrEqual(2);
  });
});
