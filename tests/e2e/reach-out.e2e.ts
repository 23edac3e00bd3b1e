import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { AccountStatus, CHAT_NAMESPACE } from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import {
  connectSocket,
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
  eventually,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Moderators can reach out: crisis messages are marked for moderators only, a chat case shows the ten
// messages around it (Markdown rendered by the server) and how long it has been public, and "Reach out"
// opens a private support room only the two can enter, notifying the member and logging it.

const REACH_OUT = `mutation($id: ID!) { reachOut(userId: $id) { id slug name private } }`;
const ROOMS = `{ chatRooms { id slug private } }`;
const ROOM = `query($slug: String!) { chatRoom(slug: $slug) { id private } }`;
const HISTORY = `query($roomId: ID!) { chatMessages(roomId: $roomId, last: 50) { nodes { id body crisisDetected } } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { nodes { kind summary path } } }`;
const LOG = `query($id: ID) { moderationLog(first: 20, targetUserId: $id) { nodes { action actor { id } } } }`;
const QUEUE = `{ moderationQueue(first: 100) { nodes { id contentId priority content { visibleSince } } } }`;
const CASE = `query($id: ID!) { moderationCase(id: $id) { content { text html visibleSince
  conversation { id body bodyHtml focus crisisDetected removed author { id } } } } }`;

const CRISIS = 'I don’t want to be alive anymore';

interface Ack {
  ok: boolean;
  error?: { code: string };
  message?: { id: string; crisis?: boolean };
  recent?: { id: string; crisis?: boolean }[];
}

const chat = (url: string, token: string): Promise<Socket> => connectSocket(url, CHAT_NAMESPACE, token);

const emit = (socket: Socket, event: string, payload: unknown) =>
  socket.timeout(5_000).emitWithAck(event, payload) as Promise<Ack>;

describe('moderators reach out', () => {
  let t: TestApp;
  let moderator: TestMember;
  let roomId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    moderator = await registerModerator(t.gql);
    const rows = (await t.dataSource.query(`SELECT id FROM chat_rooms WHERE slug = 'evening-support'`)) as {
      id: string;
    }[];
    roomId = rows[0].id;
  }, 90_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t.close();
  });

  async function inRoom(member: TestMember, id = roomId): Promise<{ socket: Socket; ack: Ack }> {
    const socket = await chat(t.url, member.accessToken);
    sockets.push(socket);
    return { socket, ack: await emit(socket, 'room:join', { roomId: id }) };
  }

  const say = (socket: Socket, body: string) =>
    emit(socket, 'message:send', { roomId, clientMessageId: randomUUID(), body });

  it('marks crisis messages for moderators only, live and in history', async () => {
    const member = await registerMember(t.gql);
    const reader = await registerMember(t.gql);
    const mod = await inRoom(moderator);
    const other = await inRoom(reader);
    const modHeard: { id: string }[] = [];
    const readerHeard: unknown[] = [];
    mod.socket.on('message:crisis', (p: { id: string }) => modHeard.push(p));
    other.socket.on('message:crisis', (p: unknown) => readerHeard.push(p));
    const { socket } = await inRoom(member);
    const sent = await say(socket, CRISIS);
    expect(sent.ok).toBe(true);
    const id = sent.message?.id ?? '';
    expect(sent.message?.crisis).toBeUndefined();
    await eventually(() => modHeard.length === 1, 5_000, 'the crisis mark for the moderator');
    expect(modHeard[0]).toEqual({ id, roomId });
    await new Promise((done) => setTimeout(done, 200));
    expect(readerHeard).toEqual([]);

    const modJoin = await inRoom(moderator);
    expect(modJoin.ack.recent?.find((m) => m.id === id)?.crisis).toBe(true);
    const readerJoin = await inRoom(reader);
    expect(readerJoin.ack.recent?.find((m) => m.id === id)).not.toHaveProperty('crisis');

    type History = { chatMessages: { nodes: { id: string; crisisDetected: boolean | null }[] } };
    const forModerator = await moderator.gql.ok<History>(HISTORY, { roomId });
    expect(forModerator.chatMessages.nodes.find((m) => m.id === id)?.crisisDetected).toBe(true);
    const forReader = await reader.gql.ok<History>(HISTORY, { roomId });
    expect(forReader.chatMessages.nodes.find((m) => m.id === id)?.crisisDetected).toBeNull();
  });

  it('shows a chat case with the ten messages before and after it, rendered, and how long it is public', async () => {
    const member = await registerMember(t.gql);
    const { socket } = await inRoom(member);
    for (let i = 1; i <= 12; i += 1) await say(socket, `Before **${i}**`);
    const crisis = await say(socket, CRISIS);
    for (let i = 1; i <= 12; i += 1) await say(socket, `After _${i}_`);
    const id = crisis.message?.id ?? '';

    type Queue = {
      moderationQueue: {
        nodes: {
          id: string;
          contentId: string;
          priority: string;
          content: { visibleSince: string | null };
        }[];
      };
    };
    const queue = await moderator.gql.ok<Queue>(QUEUE);
    const found = queue.moderationQueue.nodes.find((c) => c.contentId === id);
    expect(found).toBeDefined();
    expect(found?.content.visibleSince).not.toBeNull();

    type Lines = { id: string; body: string; bodyHtml: string; focus: boolean; crisisDetected: boolean }[];
    const view = await moderator.gql.ok<{
      moderationCase: { content: { conversation: Lines; html: string } };
    }>(CASE, { id: found?.id });
    const lines = view.moderationCase.content.conversation;
    expect(lines).toHaveLength(21);
    expect(lines.map((l) => l.body)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `Before **${i + 3}**`),
      CRISIS,
      ...Array.from({ length: 10 }, (_, i) => `After _${i + 1}_`),
    ]);
    expect(lines.filter((l) => l.focus).map((l) => l.id)).toEqual([id]);
    expect(lines[10].crisisDetected).toBe(true);
    expect(lines[0].bodyHtml).toContain('<strong>3</strong>');
    expect(lines[20].bodyHtml).toContain('<em>10</em>');

    // Nothing like it for members.
    expect(await member.gql.errorCode(CASE, { id: found?.id })).toBe('FORBIDDEN');
  });

  it('opens a private support room only the two can enter, notifies the member and logs it', async () => {
    const member = await registerMember(t.gql);
    const stranger = await registerMember(t.gql);
    type Room = { reachOut: { id: string; slug: string; name: string; private: boolean } };
    const { reachOut: room } = await moderator.gql.ok<Room>(REACH_OUT, { id: member.id });
    expect(room.private).toBe(true);
    expect(room.name).toContain(member.handle);

    // Listed to nobody; found by its address by the two only.
    const listed = await member.gql.ok<{ chatRooms: { id: string }[] }>(ROOMS);
    expect(listed.chatRooms.map((r) => r.id)).not.toContain(room.id);
    expect(await member.gql.ok(ROOM, { slug: room.slug })).toEqual({
      chatRoom: { id: room.id, private: true },
    });
    expect(await moderator.gql.ok(ROOM, { slug: room.slug })).toEqual({
      chatRoom: { id: room.id, private: true },
    });
    expect(await stranger.gql.ok(ROOM, { slug: room.slug })).toEqual({ chatRoom: null });
    expect(await t.gql.ok(ROOM, { slug: room.slug })).toEqual({ chatRoom: null });
    const admin = await signInAdmin(t.gql);
    expect(await admin.gql.ok(ROOM, { slug: room.slug })).toEqual({ chatRoom: null });

    expect((await inRoom(member, room.id)).ack.ok).toBe(true);
    expect((await inRoom(moderator, room.id)).ack.ok).toBe(true);
    const refused = await inRoom(stranger, room.id);
    expect(refused.ack).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await stranger.gql.errorCode(HISTORY, { roomId: room.id })).toBe('NOT_FOUND');

    const notices = await member.gql.ok<{ notifications: { nodes: { kind: string; path: string }[] } }>(
      NOTIFICATIONS,
    );
    expect(notices.notifications.nodes).toContainEqual(
      expect.objectContaining({ kind: 'MODERATION_OUTCOME', path: `/rooms/${room.slug}` }),
    );
    const log = await moderator.gql.ok<{
      moderationLog: { nodes: { action: string; actor: { id: string } }[] };
    }>(LOG, { id: member.id });
    expect(log.moderationLog.nodes).toEqual([{ action: 'REACHED_OUT', actor: { id: moderator.id } }]);

    // Reaching out again opens the same room.
    const again = await moderator.gql.ok<Room>(REACH_OUT, { id: member.id });
    expect(again.reachOut.id).toBe(room.id);
  });

  it('lets moderators and admins reach out, nobody else, and refuses bad ids', async () => {
    const member = await registerMember(t.gql);
    const suspended = await registerMember(t.gql);
    await t.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    const admin = await signInAdmin(t.gql);
    const count = async () =>
      Number(
        (
          (await t.dataSource.query(`SELECT count(*) FROM chat_rooms WHERE support_member_id = $1`, [
            member.id,
          ])) as {
            count: string;
          }[]
        )[0].count,
      );

    expect(await t.gql.errorCode(REACH_OUT, { id: member.id })).toBe('UNAUTHENTICATED');
    expect(await suspended.gql.errorCode(REACH_OUT, { id: member.id })).toBe('FORBIDDEN');
    const other = await registerMember(t.gql);
    expect(await other.gql.errorCode(REACH_OUT, { id: member.id })).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(REACH_OUT, { id: 'nope' })).toBe('BAD_USER_INPUT');
    expect(await moderator.gql.errorCode(REACH_OUT, { id: randomUUID() })).toBe('NOT_FOUND');
    expect(await moderator.gql.errorCode(REACH_OUT, { id: moderator.id })).toBe('FORBIDDEN');
    expect(await count()).toBe(0);

    await moderator.gql.ok(REACH_OUT, { id: member.id });
    await admin.gql.ok(REACH_OUT, { id: member.id });
    expect(await count()).toBe(2);
    // A suspended member can still be reached.
    await moderator.gql.ok(REACH_OUT, { id: suspended.id });
  });

  it('tells readers when a post’s author was shown crisis lines, and only then', async () => {
    const author = await registerMember(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const create = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
    const read = `query($id: ID!) { post(id: $id) { authorShownCrisisResources } }`;
    const post = async (body: string) =>
      (
        await author.gql.ok<{ createPost: { post: { id: string } } }>(create, {
          input: { categoryId: categories[0].id, title: 'Tonight', body },
        })
      ).createPost.post.id;
    const crisis = await post(CRISIS);
    const calm = await post('A calmer week, slept well.');
    expect(await t.gql.ok(read, { id: crisis })).toEqual({ post: { authorShownCrisisResources: true } });
    expect(await t.gql.ok(read, { id: calm })).toEqual({ post: { authorShownCrisisResources: false } });
  });
});
