import {
  controlClock,
  createTestApp,
  registerMember,
  registerModerator,
  type ControlledClock,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Trust that grows, across forum and moderation: a member with TRUST_MIN_DAYS days, TRUST_MIN_PUBLISHED
// published posts or comments and no moderation action against them is no longer a new member (no
// review of their posts, links allowed). The thresholds here come from the configuration (2 and 2).

const DAY = 86_400_000;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id status } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id status } } }`;
const QUEUE = `{ moderationQueue(first: 100, filter: { contentKind: POST }) { nodes { contentId sources } } }`;

describe('trust that grows', () => {
  let t: TestApp;
  let clock: ControlledClock;
  let moderator: TestMember;
  let categoryId: string;

  beforeAll(async () => {
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { TRUST_MIN_DAYS: '2', TRUST_MIN_PUBLISHED: '2' },
    });
    clock = controlClock(t.app);
    moderator = await registerModerator(t.gql);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  }, 90_000);
  afterAll(async () => {
    clock.restore();
    await t.close();
  });

  const post = async (gql: GraphqlClient, body = 'How the second month went for me.') =>
    (
      await gql.ok<{ createPost: { post: { id: string; status: string } } }>(CREATE_POST, {
        input: { categoryId, title: 'Notes from my treatment', body },
      })
    ).createPost.post;
  const comment = async (gql: GraphqlClient, postId: string) =>
    (
      await gql.ok<{ createComment: { comment: { id: string; status: string } } }>(CREATE_COMMENT, {
        input: { postId, body: 'Thank you, this helps.' },
      })
    ).createComment.comment;
  const reviewed = async (postId: string) => {
    const { moderationQueue } = await moderator.gql.ok<{
      moderationQueue: { nodes: { contentId: string; sources: string[] }[] };
    }>(QUEUE);
    return (
      moderationQueue.nodes.find((n) => n.contentId === postId)?.sources.includes('NEW_MEMBER_REVIEW') ??
      false
    );
  };

  it('holds a member until the days and the published content are both there, then lets links through', async () => {
    const member = await registerMember(t.gql);
    const first = await post(member.gql);
    expect(first.status).toBe('PUBLISHED');
    expect(await reviewed(first.id)).toBe(true);
    await comment(member.gql, first.id);
    // Enough published content, not enough days.
    const early = await post(member.gql, 'A clinic list: https://example.org/clinics');
    expect(early.status).toBe('PENDING_REVIEW');

    // Enough days, and a member with too little published content stays new.
    const quiet = await registerMember(t.gql);
    await post(quiet.gql);
    clock.advance(2 * DAY + 60_000);
    const quietLink = await post(quiet.gql, 'See https://example.org/quiet');
    expect(quietLink.status).toBe('PENDING_REVIEW');
    expect(await reviewed(quietLink.id)).toBe(true);

    const later = await post(member.gql, 'A clinic list: https://example.org/clinics-again');
    expect(later.status).toBe('PUBLISHED');
    expect(await reviewed(later.id)).toBe(false);
    const plain = await post(member.gql);
    expect(await reviewed(plain.id)).toBe(false);
    clock.restore();
  });

  it('keeps a member new while a moderation action against them stands in the log', async () => {
    const member = await registerMember(t.gql);
    const kept = [await post(member.gql), await post(member.gql)];
    const hidden = await post(member.gql, 'Something a moderator will hide.');
    await moderator.gql.ok(`mutation($id: ID!) { moderatePost(id: $id, input: { action: HIDE }) { id } }`, {
      id: hidden.id,
    });
    expect(kept.every((p) => p.status === 'PUBLISHED')).toBe(true);
    clock.advance(30 * DAY);
    const link = await post(member.gql, 'See https://example.org/held');
    expect(link.status).toBe('PENDING_REVIEW');
    expect(await reviewed(link.id)).toBe(true);
    clock.restore();
  });

  it('counts a chat mute against a member, and a reactivation alone does not', async () => {
    const { chatRooms } = await t.gql.ok<{ chatRooms: { id: string }[] }>(`{ chatRooms { id } }`);
    const muted = await registerMember(t.gql);
    const reactivated = await registerMember(t.gql);
    await moderator.gql.ok(
      `mutation($room: ID!, $user: ID!) { muteInRoom(roomId: $room, userId: $user, minutes: 10) }`,
      { room: chatRooms[0].id, user: muted.id },
    );
    await moderator.gql.ok(`mutation($id: ID!) { setUserStatus(userId: $id, status: ACTIVE) { id } }`, {
      id: reactivated.id,
    });
    for (const member of [muted, reactivated]) {
      await post(member.gql);
      await post(member.gql);
    }
    clock.advance(30 * DAY);
    const [mutedLink, reactivatedLink] = [
      await post(muted.gql, 'See https://example.org/after-a-mute'),
      await post(reactivated.gql, 'See https://example.org/after-nothing'),
    ];
    expect(mutedLink.status).toBe('PENDING_REVIEW');
    expect(reactivatedLink.status).toBe('PUBLISHED');
    clock.restore();
  });

  it('stops counting a decision once it is reversed on appeal', async () => {
    const second = await registerModerator(t.gql);
    const member = await registerMember(t.gql);
    await post(member.gql);
    await post(member.gql);
    const removed = await post(member.gql, 'A post a moderator removes by mistake.');
    await moderator.gql.ok(`mutation($id: ID!) { moderatePost(id: $id, input: { action: REMOVE }) { id } }`, {
      id: removed.id,
    });
    clock.advance(3 * DAY); // past TRUST_MIN_DAYS, within the 30 days an appeal may come
    expect((await post(member.gql, 'See https://example.org/before-appeal')).status).toBe('PENDING_REVIEW');

    // The held link post has its own notice (not a decision): the removal's is the one appealed.
    const { myNotices } = await member.gql.ok<{ myNotices: { nodes: { id: string; action: string }[] } }>(
      `{ myNotices { nodes { id action } } }`,
    );
    const removal = myNotices.nodes.find((n) => n.action === 'REMOVE');
    const { appeal } = await member.gql.ok<{ appeal: { id: string } }>(
      `mutation($n: ID!) { appeal(noticeId: $n, note: "It was about my own recovery.") { id } }`,
      { n: removal!.id },
    );
    const { moderationQueue } = await second.gql.ok<{
      moderationQueue: { nodes: { id: string; appeal: { id: string } | null }[] };
    }>(`{ moderationQueue(first: 100) { nodes { id appeal { id } } } }`);
    const appealCase = moderationQueue.nodes.find((c) => c.appeal?.id === appeal.id);
    await second.gql.ok(
      `mutation($id: ID!) { resolveCase(id: $id, input: { action: APPEAL_REVERSED }) { id } }`,
      { id: appealCase!.id },
    );
    expect((await post(member.gql, 'See https://example.org/after-appeal')).status).toBe('PUBLISHED');
    clock.restore();
  });

  it('never holds moderators', async () => {
    const link = await post(moderator.gql, 'The guidelines: https://example.org/guide');
    expect(link.status).toBe('PUBLISHED');
    expect(await reviewed(link.id)).toBe(false);
  });
});
