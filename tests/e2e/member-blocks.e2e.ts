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
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Members blocking members across the real domains: the rules and who may block, replies refused,
// notifications silenced either way, content collapsed for the blocker only.

const BLOCK = `mutation($id: ID!) { blockUser(userId: $id) }`;
const UNBLOCK = `mutation($id: ID!) { unblockUser(userId: $id) }`;
const BLOCKED = `{ blockedUsers { id handle } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToComment(commentId: $id, body: $body) { comment { id } } }`;
const REACT = `mutation($id: ID!) { toggleReaction(kind: POST, id: $id, reaction: HUG) { kind count } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind actor { id } } unreadCount } }`;
const POST_VIEW = `query($id: ID!) { post(id: $id) { authorBlocked author { id blockedByViewer }
  comments { nodes { id authorBlocked author { id } } } } }`;
const FEED = `query($first: Int) { posts(first: $first, sort: NEWEST) { nodes { id authorBlocked } } }`;

interface NotificationsData {
  notifications: { nodes: { kind: string; actor: { id: string } | null }[]; unreadCount: number };
}

const chatSocket = (url: string, token: string): Promise<Socket> => connectSocket(url, CHAT_NAMESPACE, token);

describe('blocking a member', () => {
  let t: TestApp;
  let categoryId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp({ appModule: (config) => AppModule.forRoot(config) });
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  }, 90_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t.close();
  });

  const post = async (gql: GraphqlClient, body = 'How the first weeks went for me.') =>
    (
      await gql.ok<{ createPost: { post: { id: string; status: string } } }>(CREATE_POST, {
        input: { categoryId, title: 'My first weeks of treatment', body },
      })
    ).createPost.post;
  const comment = async (gql: GraphqlClient, postId: string, body = 'Thank you for writing this.') =>
    (
      await gql.ok<{ createComment: { comment: { id: string } } }>(CREATE_COMMENT, {
        input: { postId, body },
      })
    ).createComment.comment;
  const notifications = async (member: TestMember) =>
    (await member.gql.ok<NotificationsData>(NOTIFICATIONS)).notifications;
  const blockedList = async (member: TestMember) =>
    (await member.gql.ok<{ blockedUsers: { id: string; handle: string }[] }>(BLOCKED)).blockedUsers;

  it('needs a signed-in member, refuses oneself and unknown members, and is idempotent', async () => {
    const member = await registerMember(t.gql);
    const other = await registerMember(t.gql);
    expect(await t.gql.errorCode(BLOCK, { id: other.id })).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(UNBLOCK, { id: other.id })).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(BLOCKED)).toBe('UNAUTHENTICATED');

    const self = await member.gql.request(BLOCK, { id: member.id });
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(self.errors?.[0].message).toBe('You cannot block yourself.');
    expect(await member.gql.errorCode(BLOCK, { id: randomUUID() })).toBe('NOT_FOUND');
    expect(await member.gql.errorCode(BLOCK, { id: 'not-an-id' })).toBe('NOT_FOUND');
    expect(await member.gql.errorCode(UNBLOCK, { id: randomUUID() })).toBe('NOT_FOUND');
    expect(await blockedList(member)).toEqual([]);

    expect(await member.gql.ok(BLOCK, { id: other.id })).toEqual({ blockUser: true });
    expect(await member.gql.ok(BLOCK, { id: other.id })).toEqual({ blockUser: true });
    expect(await blockedList(member)).toEqual([{ id: other.id, handle: other.handle }]);
    expect(await member.gql.ok(UNBLOCK, { id: other.id })).toEqual({ unblockUser: true });
    expect(await member.gql.ok(UNBLOCK, { id: other.id })).toEqual({ unblockUser: true });
    expect(await blockedList(member)).toEqual([]);
  });

  it('lets a suspended member, a moderator and an admin block; moderators and admins can be blocked', async () => {
    const suspended = await registerMember(t.gql);
    const member = await registerMember(t.gql);
    const moderator = await registerModerator(t.gql);
    const admin = await signInAdmin(t.gql);
    await t.app
      .get(UsersService)
      .setStatus(suspended.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    // Suspended: still protects themselves, while writing stays refused.
    expect(await suspended.gql.ok(BLOCK, { id: member.id })).toEqual({ blockUser: true });
    expect(
      await suspended.gql.errorCode(CREATE_POST, { input: { categoryId, title: 'Hi', body: 'x' } }),
    ).toBe('FORBIDDEN');
    expect(await suspended.gql.ok(UNBLOCK, { id: member.id })).toEqual({ unblockUser: true });

    expect(await moderator.gql.ok(BLOCK, { id: member.id })).toEqual({ blockUser: true });
    expect(await admin.gql.ok(BLOCK, { id: member.id })).toEqual({ blockUser: true });
    expect(await member.gql.ok(BLOCK, { id: moderator.id })).toEqual({ blockUser: true });
    expect(await member.gql.ok(BLOCK, { id: admin.id })).toEqual({ blockUser: true });
    expect((await blockedList(member)).map((u) => u.id).sort()).toEqual([moderator.id, admin.id].sort());
    expect((await blockedList(moderator)).map((u) => u.id)).toEqual([member.id]);

    // The blocker's data export lists whom they block; the blocked member's says nothing of it.
    const exported = async (m: TestMember) =>
      JSON.parse((await m.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData) as {
        blockedMembers: { id: string; handle: string }[];
      };
    expect((await exported(moderator)).blockedMembers).toEqual([{ id: member.id, handle: member.handle }]);
    expect((await exported(suspended)).blockedMembers).toEqual([]);
  });

  it('refuses the blocked member replies to the blocker’s posts and comments, and nobody else', async () => {
    const blocker = await registerMember(t.gql);
    const blocked = await registerMember(t.gql);
    const third = await registerMember(t.gql);
    const own = await post(blocker.gql);
    const elsewhere = await post(third.gql);
    const blockerComment = await comment(blocker.gql, elsewhere.id);
    const blockedComment = await comment(blocked.gql, own.id, 'Before the block.');
    await blocker.gql.ok(BLOCK, { id: blocked.id });

    const onPost = await blocked.gql.request(CREATE_COMMENT, { input: { postId: own.id, body: 'Hello' } });
    expect(onPost.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(onPost.errors?.[0].message).toBe('You cannot reply to this member.');
    expect(await blocked.gql.errorCode(REPLY, { id: blockerComment.id, body: 'Hello' })).toBe('FORBIDDEN');
    // Answering their own comment in the blocker's thread is still commenting on the blocker's post.
    expect(await blocked.gql.errorCode(REPLY, { id: blockedComment.id, body: 'Hello' })).toBe('FORBIDDEN');
    // Elsewhere they write as before, and the blocker may still answer them.
    await comment(blocked.gql, elsewhere.id, 'In another thread');
    await blocker.gql.ok(REPLY, { id: blockedComment.id, body: 'My own thread' });
    await comment(third.gql, own.id, 'A third member answers');

    // A moderator the author blocked still steps into the thread.
    const moderator = await registerModerator(t.gql);
    await blocker.gql.ok(BLOCK, { id: moderator.id });
    await comment(moderator.gql, own.id, 'A moderator checking in');

    await blocker.gql.ok(UNBLOCK, { id: blocked.id });
    await comment(blocked.gql, own.id, 'After the block was lifted');
  });

  it('lets no mention, reply, reaction or watched thread notify either way', async () => {
    const blocker = await registerMember(t.gql);
    const blocked = await registerMember(t.gql);
    const third = await registerMember(t.gql);
    await blocker.gql.ok(BLOCK, { id: blocked.id });
    const own = await post(blocker.gql);
    const theirs = await post(blocked.gql);
    const elsewhere = await post(third.gql);
    await comment(blocker.gql, elsewhere.id, 'Following this thread');
    const blockerComment = await comment(blocker.gql, elsewhere.id, 'A second thought');

    await post(blocked.gql, `Has anyone heard from @${blocker.handle}?`);
    await comment(blocked.gql, elsewhere.id, `@${blocker.handle} you said the same`);
    await blocked.gql.ok(
      `mutation($id: ID!) { toggleReaction(kind: COMMENT, id: $id, reaction: HUG) { count } }`,
      {
        id: blockerComment.id,
      },
    );
    await blocked.gql.ok(REACT, { id: own.id });
    // The other way too: the blocker mentioning or answering the blocked member tells them nothing.
    await comment(blocker.gql, theirs.id, `@${blocked.handle} thank you`);
    await blocker.gql.ok(REACT, { id: theirs.id });

    const blockerSees = await notifications(blocker);
    expect(blockerSees.nodes.filter((n) => n.actor?.id === blocked.id)).toEqual([]);
    expect((await notifications(blocked)).nodes.filter((n) => n.actor?.id === blocker.id)).toEqual([]);

    // Anyone else still reaches the blocker, through the same paths.
    await post(third.gql, `Thinking of @${blocker.handle} today`);
    await third.gql.ok(REACT, { id: own.id });
    await comment(third.gql, own.id, 'Thank you for this');
    const kinds = (await notifications(blocker)).nodes
      .filter((n) => n.actor?.id === third.id)
      .map((n) => n.kind);
    expect(kinds.sort()).toEqual(['MENTION', 'REACTION', 'REPLY_TO_POST'].sort());
  });

  it('marks the blocked member’s posts, comments and chat messages for the blocker only', async () => {
    const blocker = await registerMember(t.gql);
    const blocked = await registerMember(t.gql);
    const third = await registerMember(t.gql);
    const theirs = await post(blocked.gql);
    const own = await post(blocker.gql);
    const elsewhere = await post(third.gql);
    const theirComment = await comment(blocked.gql, elsewhere.id, 'Hidden from the blocker');
    const ownComment = await comment(blocker.gql, elsewhere.id, 'The blocker writes');
    await blocker.gql.ok(BLOCK, { id: blocked.id });

    type PostView = {
      post: {
        authorBlocked: boolean;
        author: { id: string; blockedByViewer: boolean };
        comments: { nodes: { id: string; authorBlocked: boolean; author: { id: string } }[] };
      };
    };
    const view = (gql: GraphqlClient, id: string) => gql.ok<PostView>(POST_VIEW, { id });
    const flags = (v: PostView) =>
      Object.fromEntries(v.post.comments.nodes.map((c) => [c.id, c.authorBlocked]));

    expect((await view(blocker.gql, theirs.id)).post).toMatchObject({
      authorBlocked: true,
      author: { id: blocked.id, blockedByViewer: true },
    });
    expect(flags(await view(blocker.gql, elsewhere.id))).toEqual({
      [theirComment.id]: true,
      [ownComment.id]: false,
    });
    const feed = await blocker.gql.ok<{ posts: { nodes: { id: string; authorBlocked: boolean }[] } }>(FEED, {
      first: 50,
    });
    const inFeed = new Map(feed.posts.nodes.map((p) => [p.id, p.authorBlocked]));
    expect([inFeed.get(theirs.id), inFeed.get(own.id), inFeed.get(elsewhere.id)]).toEqual([
      true,
      false,
      false,
    ]);

    // The blocked member, anyone else and visitors see nothing different.
    for (const gql of [blocked.gql, third.gql, t.gql]) {
      expect((await view(gql, theirs.id)).post.authorBlocked).toBe(false);
      expect((await view(gql, own.id)).post).toMatchObject({
        authorBlocked: false,
        author: { blockedByViewer: false },
      });
      expect(Object.values(flags(await view(gql, elsewhere.id)))).toEqual([false, false]);
    }
    expect(await blockedList(blocked)).toEqual([]);
    const theirExport = (await blocked.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData;
    expect(JSON.parse(theirExport).blockedMembers).toEqual([]);
    expect(theirExport).not.toContain(blocker.id);

    const { chatRooms } = await t.gql.ok<{ chatRooms: { id: string }[] }>(`{ chatRooms { id } }`);
    const roomId = chatRooms[0].id;
    const chat = await chatSocket(t.url, blocked.accessToken);
    sockets.push(chat);
    await chat.emitWithAck('room:join', { roomId });
    const sent = await chat.emitWithAck('message:send', {
      roomId,
      clientMessageId: randomUUID(),
      body: 'Hello room',
    });
    expect(sent.ok).toBe(true);
    const history = `query($room: ID!) { chatMessages(roomId: $room, last: 50) { nodes { id authorBlocked } } }`;
    const flagOf = async (gql: GraphqlClient) =>
      (
        await gql.ok<{ chatMessages: { nodes: { id: string; authorBlocked: boolean }[] } }>(history, {
          room: roomId,
        })
      ).chatMessages.nodes.find((m) => m.id === sent.message.id)?.authorBlocked;
    expect(await flagOf(blocker.gql)).toBe(true);
    expect(await flagOf(blocked.gql)).toBe(false);
    expect(await flagOf(third.gql)).toBe(false);

    await blocker.gql.ok(UNBLOCK, { id: blocked.id });
    expect((await view(blocker.gql, theirs.id)).post.authorBlocked).toBe(false);
    expect(await flagOf(blocker.gql)).toBe(false);
  });

  it('keeps the cost of a page constant: one query for the flags however many authors', async () => {
    const blocker = await registerMember(t.gql);
    const authors = await Promise.all([1, 2, 3].map(() => registerMember(t.gql)));
    for (const author of authors) await post(author.gql);
    await blocker.gql.ok(BLOCK, { id: authors[0].id });
    const { queries, sql } = await t.countQueries(() =>
      blocker.gql.ok(`{ posts(first: 20, sort: NEWEST) { nodes { id authorBlocked } } }`),
    );
    expect(sql.filter((q) => q.includes('member_blocks'))).toHaveLength(1);
    expect(queries).toBeLessThan(20);
  });
});

describe('blocking is rate-limited', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { RATE_LIMIT_WRITE: '3/600' },
    });
  }, 90_000);
  afterAll(() => t.close());

  it('answers RATE_LIMITED once a member blocks and unblocks too often', async () => {
    const member = await registerMember(t.gql);
    const other = await registerMember(t.gql);
    await member.gql.ok(BLOCK, { id: other.id });
    await member.gql.ok(UNBLOCK, { id: other.id });
    await member.gql.ok(BLOCK, { id: other.id });
    expect(await member.gql.errorCode(UNBLOCK, { id: other.id })).toBe('RATE_LIMITED');
    // Another member has their own allowance.
    expect(await other.gql.ok(BLOCK, { id: member.id })).toEqual({ blockUser: true });
  });
});
