import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
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

// Members are told what moderation did and why: a mute arrives live on every instance and tab (with its
// end, for the member's own clock), stops sending with the reason, and reaches the member's notices,
// the moderation log and the data export; so do removals and holds, each with its reason.

const MUTE = `mutation($roomId: ID!, $userId: ID!, $minutes: Int!) { muteInRoom(roomId: $roomId, userId: $userId, minutes: $minutes) }`;
const REMOVE = `mutation($id: ID!) { removeChatMessage(id: $id) { id status } }`;
const NOTICES = `{ myNotices(first: 50) { nodes { id action message contentKind contentId endsAt appealableUntil read } unreadCount } }`;
const NOTICE_ABOUT = `query($id: ID!) { myNoticeAbout(contentId: $id) { action message contentId } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } safety { heldForReview } } }`;
const EXPORT = `{ exportMyData }`;
const APPEAL = `mutation($n: ID!) { appeal(noticeId: $n, note: "Please look again.") { id } }`;
const LOG = `query($id: ID) { moderationLog(first: 50, targetUserId: $id) { nodes { action note actor { id } } } }`;

interface Notice {
  id: string;
  action: string;
  message: string;
  contentKind: string | null;
  contentId: string | null;
  endsAt: string | null;
  appealableUntil: string | null;
  read: boolean;
}
interface Ack {
  ok: boolean;
  error?: { code: string; message: string; details?: Record<string, unknown> };
  message?: { id: string };
  mutedUntil?: string | null;
}

const chat = (url: string, token: string): Promise<Socket> => connectSocket(url, CHAT_NAMESPACE, token);

function emit(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  return socket.timeout(5_000).emitWithAck(event, payload) as Promise<Ack>;
}

async function noticesOf(member: TestMember): Promise<Notice[]> {
  return (await member.gql.ok<{ myNotices: { nodes: Notice[] } }>(NOTICES)).myNotices.nodes;
}

describe('members are told', () => {
  let a: TestApp;
  let b: TestApp;
  let roomId: string;
  let roomName: string;
  let categoryId: string;
  let moderator: TestMember;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    b = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      database: a.database,
      redisPrefix: a.config.REDIS_PREFIX,
    });
    const rooms = (await a.dataSource.query(`SELECT id, name FROM chat_rooms ORDER BY name LIMIT 1`)) as {
      id: string;
      name: string;
    }[];
    roomId = rooms[0].id;
    roomName = rooms[0].name;
    const { categories } = await a.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
    moderator = await registerModerator(a.gql);
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await b?.close();
    await a?.close();
  });

  async function joined(app: TestApp, member: TestMember): Promise<{ socket: Socket; ack: Ack }> {
    const socket = await chat(app.url, member.accessToken);
    sockets.push(socket);
    const ack = await emit(socket, 'room:join', { roomId });
    expect(ack.ok).toBe(true);
    return { socket, ack };
  }

  it('tells a muted member live in every tab on every instance, and sending says why', async () => {
    const member = await registerMember(a.gql);
    const onA = await joined(a, member);
    const onB = await joined(b, member);
    expect(onA.ack.mutedUntil).toBeNull();
    const heardA: { roomId: string; mutedUntil: string; reason: string }[] = [];
    const heardB: typeof heardA = [];
    onA.socket.on('mute:notice', (n: (typeof heardA)[number]) => heardA.push(n));
    onB.socket.on('mute:notice', (n: (typeof heardA)[number]) => heardB.push(n));

    const before = Date.now();
    expect(await moderator.gql.ok(MUTE, { roomId, userId: member.id, minutes: 30 })).toEqual({
      muteInRoom: true,
    });
    await eventually(
      () => heardA.length === 1 && heardB.length === 1,
      5_000,
      'the mute notice on both instances',
    );
    expect(heardB[0]).toEqual(heardA[0]);
    expect(heardA[0].roomId).toBe(roomId);
    expect(heardA[0].reason).toContain(roomName);
    const until = new Date(heardA[0].mutedUntil).getTime();
    expect(until).toBeGreaterThanOrEqual(before + 30 * 60_000 - 1_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 30 * 60_000 + 1_000);

    // Sending is refused with the reason and the end as data, never as a raw timestamp in the words.
    const refused = await emit(onA.socket, 'message:send', {
      roomId,
      clientMessageId: randomUUID(),
      body: 'Hello?',
    });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('FORBIDDEN');
    expect(refused.error?.details?.mutedUntil).toBe(heardA[0].mutedUntil);
    expect(refused.error?.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    // Coming back to the room says so at once.
    const again = await joined(b, member);
    expect(again.ack.mutedUntil).toBe(heardA[0].mutedUntil);

    const [notice] = (await noticesOf(member)).filter((n) => n.action === 'MEMBER_MUTED');
    expect(notice).toMatchObject({ contentKind: null, contentId: null, read: false });
    expect(notice.message).toContain(roomName);
    expect(new Date(notice.endsAt ?? '').toISOString()).toBe(heardA[0].mutedUntil);

    const log = await moderator.gql.ok<{
      moderationLog: { nodes: { action: string; actor: { id: string } }[] };
    }>(LOG, { id: member.id });
    expect(log.moderationLog.nodes).toEqual([
      expect.objectContaining({ action: 'MEMBER_MUTED', actor: { id: moderator.id } }),
    ]);
    // The notice records the one log entry of the mute, like every notice of a decision.
    const linked = (await a.app
      .get(DataSource)
      .query(
        `SELECT e."action" FROM "moderation_notices" n JOIN "moderation_log" e ON e."id" = n."log_entry_id" WHERE n."id" = $1`,
        [notice.id],
      )) as { action: string }[];
    expect(linked).toEqual([{ action: 'MEMBER_MUTED' }]);

    const exported = JSON.parse(
      (await member.gql.ok<{ exportMyData: string }>(EXPORT)).exportMyData,
    ) as Record<string, unknown>;
    expect(JSON.stringify(exported)).toContain('MEMBER_MUTED');
    expect(JSON.stringify(exported)).toContain(heardA[0].mutedUntil);
  });

  it('tells nobody else of a mute, and a mute refused changes nothing', async () => {
    const member = await registerMember(a.gql);
    const bystander = await registerMember(a.gql);
    const watching = await joined(a, bystander);
    const heard: unknown[] = [];
    watching.socket.on('mute:notice', (n: unknown) => heard.push(n));
    await joined(a, member);
    // A member cannot mute; bad minutes are refused; neither leaves a notice.
    expect(await bystander.gql.errorCode(MUTE, { roomId, userId: member.id, minutes: 10 })).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(MUTE, { roomId, userId: member.id, minutes: 0 })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await a.gql.errorCode(MUTE, { roomId, userId: member.id, minutes: 10 })).toBe('UNAUTHENTICATED');
    expect(await noticesOf(member)).toEqual([]);

    await moderator.gql.ok(MUTE, { roomId, userId: member.id, minutes: 5 });
    await new Promise((done) => setTimeout(done, 300));
    expect(heard).toEqual([]);
  });

  it('tells the author of a removed chat message, in notices and the export', async () => {
    const member = await registerMember(a.gql);
    const { socket } = await joined(a, member);
    const sent = await emit(socket, 'message:send', {
      roomId,
      clientMessageId: randomUUID(),
      body: 'Something a moderator will take down',
    });
    const id = sent.message?.id ?? '';
    expect(await moderator.gql.ok(REMOVE, { id })).toEqual({ removeChatMessage: { id, status: 'REMOVED' } });
    const notices = await noticesOf(member);
    expect(notices).toEqual([
      expect.objectContaining({ action: 'REMOVE', contentKind: 'CHAT_MESSAGE', contentId: id, endsAt: null }),
    ]);
    expect(notices[0].message).toContain('goes against the community guidelines');
    // A removal is a decision the member may appeal.
    expect(notices[0].appealableUntil).not.toBeNull();
    const exported = (await member.gql.ok<{ exportMyData: string }>(EXPORT)).exportMyData;
    expect(exported).toContain(notices[0].message);
  });

  it('tells the author of a held post why it waits, and only them', async () => {
    const seller = await registerMember(a.gql);
    const other = await registerMember(a.gql);
    const held = await seller.gql.ok<{ createPost: { post: { id: string; status: string } } }>(CREATE_POST, {
      input: { categoryId, title: 'Good stuff', body: 'DM me for ketamine, cheap and fast.' },
    });
    const postId = held.createPost.post.id;
    expect(held.createPost.post.status).toBe('PENDING_REVIEW');
    const about = await seller.gql.ok<{ myNoticeAbout: { action: string; message: string } | null }>(
      NOTICE_ABOUT,
      { id: postId },
    );
    expect(about.myNoticeAbout).toMatchObject({ action: 'HELD_FOR_REVIEW' });
    expect(about.myNoticeAbout?.message).toContain('this looked like selling or buying medicine');
    expect(await other.gql.ok(NOTICE_ABOUT, { id: postId })).toEqual({ myNoticeAbout: null });

    const linker = await registerMember(a.gql);
    const links = await linker.gql.ok<{ createPost: { post: { id: string; status: string } } }>(CREATE_POST, {
      input: { categoryId, title: 'My clinic list', body: 'https://example.org' },
    });
    expect(links.createPost.post.status).toBe('PENDING_REVIEW');
    const [notice] = await noticesOf(linker);
    expect(notice).toMatchObject({ action: 'HELD_FOR_REVIEW', contentId: links.createPost.post.id });
    expect(notice.message).toContain('links in your first posts wait for a moderator');
    // A hold is not a decision: there is nothing to appeal, and asking changes nothing.
    expect(notice.appealableUntil).toBeNull();
    expect(await linker.gql.errorCode(APPEAL, { n: notice.id })).toBe('BAD_USER_INPUT');
    expect(await noticesOf(linker)).toEqual([notice]);
    expect((await linker.gql.ok<{ exportMyData: string }>(EXPORT)).exportMyData).toContain(
      'links in your first posts wait for a moderator',
    );

    // A published post tells nothing.
    const calm = await registerMember(a.gql);
    const ok = await calm.gql.ok<{ createPost: { post: { id: string; status: string } } }>(CREATE_POST, {
      input: { categoryId, title: 'Week two', body: 'Feeling steadier this week.' },
    });
    expect(ok.createPost.post.status).toBe('PUBLISHED');
    expect(await calm.gql.ok(NOTICE_ABOUT, { id: ok.createPost.post.id })).toEqual({ myNoticeAbout: null });
  });

  it('answers myNoticeAbout for each kind of viewer, and refuses a bad id', async () => {
    const member = await registerMember(a.gql);
    const suspended = await registerMember(a.gql);
    const admin = await signInAdmin(a.gql);
    await a.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    const id = randomUUID();
    expect(await a.gql.errorCode(NOTICE_ABOUT, { id })).toBe('UNAUTHENTICATED');
    for (const viewer of [member, suspended, moderator, admin]) {
      expect(await viewer.gql.ok(NOTICE_ABOUT, { id })).toEqual({ myNoticeAbout: null });
    }
    expect(await member.gql.errorCode(NOTICE_ABOUT, { id: 'not-an-id' })).toBe('BAD_USER_INPUT');
  });
});
