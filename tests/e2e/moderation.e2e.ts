import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { CHAT_NAMESPACE, MODERATION_NAMESPACE } from '@haven/shared/contracts';
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

// Moderation across the real content domains: forum posts and comments, testimonials, chat messages.

const app = (shared?: TestApp) =>
  createTestApp({
    appModule: (config) => AppModule.forRoot(config),
    ...(shared ? { database: shared.database, redisPrefix: shared.config.REDIS_PREFIX } : {}),
  });

const CREATE_POST = `mutation($input: CreatePostInput!) {
  createPost(input: $input) { post { id status } safety { crisisDetected heldForReview resources { name } } } }`;
const CREATE_COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id status } } }`;
const CASES = `query($f: ModerationQueueFilter) { moderationQueue(filter: $f, first: 100) {
  nodes { id contentKind contentId priority sources autoFlags status content { status } } } }`;
const RESOLVE = `mutation($id: ID!, $i: ResolveCaseInput!) { resolveCase(id: $id, input: $i) { id status } }`;

interface CaseNode {
  id: string;
  contentKind: string;
  contentId: string;
  priority: string;
  sources: string[];
  autoFlags: string[];
  status: string;
  content: { status: string } | null;
}

describe('moderation across the content domains', () => {
  let a: TestApp;
  let b: TestApp;
  let moderator: TestMember;
  let categoryId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await app();
    b = await app(a);
    moderator = await registerModerator(a.gql);
    const { categories } = await a.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await b.close();
    await a.close();
  });

  const caseOf = async (contentId: string, status = 'OPEN') => {
    const data = await moderator.gql.ok<{ moderationQueue: { nodes: CaseNode[] } }>(CASES, { f: { status } });
    return data.moderationQueue.nodes.find((c) => c.contentId === contentId);
  };
  const post = async (gql: GraphqlClient, title: string, body: string) =>
    (
      await gql.ok<{
        createPost: {
          post: { id: string; status: string };
          safety: { crisisDetected: boolean; heldForReview: boolean; resources: unknown[] };
        };
      }>(CREATE_POST, { input: { categoryId, title, body } })
    ).createPost;
  const postStatus = async (id: string) =>
    (
      await moderator.gql.ok<{ post: { status: string } | null }>(
        `query($id: ID!) { post(id: $id) { status } }`,
        { id },
      )
    ).post?.status;

  it('puts a crisis post in front of a moderator on another instance at once, URGENT', async () => {
    const watcher = await connectSocket(b.url, MODERATION_NAMESPACE, moderator.accessToken);
    sockets.push(watcher);
    const member = await registerMember(a.gql);
    const opened = new Promise<{ id: string; contentId: string; priority: string; autoFlags: string[] }>(
      (resolve) => watcher.on('case:opened', resolve),
    );
    const { post: created, safety } = await post(
      member.gql,
      'Really struggling tonight',
      'I want to kill myself and I do not know what to do.',
    );
    expect(safety.crisisDetected).toBe(true);
    expect(safety.resources.length).toBeGreaterThan(0);
    expect(created.status).toBe('PUBLISHED');
    const live = await opened;
    expect(live).toMatchObject({ contentId: created.id, priority: 'URGENT' });
    expect(live.autoFlags).toContain('crisis-language');

    const found = await caseOf(created.id);
    expect(found).toMatchObject({
      contentKind: 'POST',
      priority: 'URGENT',
      content: { status: 'PUBLISHED' },
    });
    expect(found!.sources).toContain('AUTO_FILTER');
  });

  it('holds drug sourcing for a HIGH case; APPROVE publishes and REMOVE takes it down', async () => {
    const seller = await registerMember(a.gql);
    const { post: held, safety } = await post(
      seller.gql,
      'Good stuff',
      'DM me for ketamine, cheap and fast.',
    );
    expect(safety.heldForReview).toBe(true);
    expect(held.status).toBe('PENDING_REVIEW');
    const found = await caseOf(held.id);
    expect(found).toMatchObject({ priority: 'HIGH', content: { status: 'PENDING_REVIEW' } });
    expect(found!.autoFlags).toContain('drug-sourcing');
    await moderator.gql.ok(RESOLVE, { id: found!.id, i: { action: 'REMOVE', note: 'Sourcing' } });
    expect(await postStatus(held.id)).toBe('REMOVED');

    const author = await registerMember(a.gql);
    const { post: innocent } = await post(
      author.gql,
      'Clinic question',
      'Ask about https://example.org before your first infusion',
    );
    expect(innocent.status).toBe('PENDING_REVIEW');
    const review = await caseOf(innocent.id);
    expect(review!.sources).toContain('NEW_MEMBER_REVIEW');
    await moderator.gql.ok(RESOLVE, { id: review!.id, i: { action: 'APPROVE' } });
    expect(await postStatus(innocent.id)).toBe('PUBLISHED');
  });

  it('hides and restores a reported comment in the forum', async () => {
    const author = await registerMember(a.gql);
    const { post: thread } = await post(author.gql, 'Week two', 'Some quieter mornings.');
    const rude = await registerMember(a.gql);
    const { createComment } = await rude.gql.ok<{ createComment: { comment: { id: string } } }>(
      CREATE_COMMENT,
      {
        input: { postId: thread.id, body: 'Nobody cares about your mornings.' },
      },
    );
    await author.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'COMMENT', contentId: createComment.comment.id, reason: 'HARASSMENT' },
    });
    const first = await caseOf(createComment.comment.id);
    expect(first).toMatchObject({ priority: 'HIGH', content: { status: 'PUBLISHED' } });
    await moderator.gql.ok(RESOLVE, { id: first!.id, i: { action: 'HIDE' } });
    expect((await caseOf(createComment.comment.id, 'RESOLVED'))!.content!.status).toBe('HIDDEN');

    await moderator.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: {
        contentKind: 'COMMENT',
        contentId: createComment.comment.id,
        reason: 'OTHER',
        note: 'Second look',
      },
    });
    const again = await caseOf(createComment.comment.id);
    expect(again!.id).not.toBe(first!.id);
    await moderator.gql.ok(RESOLVE, { id: again!.id, i: { action: 'RESTORE' } });
    const restored = await moderator.gql.ok<{ moderationCase: CaseNode }>(
      `query($id: ID!) { moderationCase(id: $id) { status content { status } } }`,
      { id: again!.id },
    );
    expect(restored.moderationCase).toEqual({ status: 'RESOLVED', content: { status: 'PUBLISHED' } });
    const notices = await rude.gql.ok<{ myNotices: { nodes: { action: string }[] } }>(
      `{ myNotices { nodes { action } } }`,
    );
    expect(notices.myNotices.nodes.map((n) => n.action)).toEqual(['RESTORE', 'HIDE']);
  });

  it('reviews a testimonial: the case is TESTIMONIAL_REVIEW and APPROVE publishes it', async () => {
    const author = await registerMember(a.gql);
    const { submitTestimonial } = await author.gql.ok<{
      submitTestimonial: { testimonial: { id: string; status: string } };
    }>(
      `mutation($input: SubmitTestimonialInput!) { submitTestimonial(input: $input) { testimonial { id status } } }`,
      {
        input: {
          title: 'Six infusions, slowly lighter',
          story:
            'After years of trying medication after medication, the first infusion felt strange but calm. ' +
            'By the fourth session the mornings were easier, and I could call my sister again.',
          modality: 'IV_INFUSION',
          overallRating: 4,
          reliefOnset: 'WITHIN_DAYS',
          reliefDuration: 'WEEKS',
        },
      },
    );
    expect(submitTestimonial.testimonial.status).toBe('PENDING_REVIEW');
    const found = await caseOf(submitTestimonial.testimonial.id);
    expect(found).toMatchObject({
      contentKind: 'TESTIMONIAL',
      priority: 'NORMAL',
      sources: ['TESTIMONIAL_REVIEW'],
    });
    await moderator.gql.ok(RESOLVE, { id: found!.id, i: { action: 'APPROVE' } });
    const { testimonial } = await a.gql.ok<{ testimonial: { status: string } | null }>(
      `query($id: ID!) { testimonial(id: $id) { status } }`,
      { id: submitTestimonial.testimonial.id },
    );
    expect(testimonial?.status).toBe('PUBLISHED');
  });

  it('removes a reported chat message through its case, and suspends the sender', async () => {
    const sender = await registerMember(a.gql);
    const { chatRooms } = await a.gql.ok<{ chatRooms: { id: string }[] }>(`{ chatRooms { id } }`);
    const chat = await connectSocket(a.url, CHAT_NAMESPACE, sender.accessToken);
    sockets.push(chat);
    const roomId = chatRooms[0].id;
    await chat.emitWithAck('room:join', { roomId });
    const sent = await chat.emitWithAck('message:send', {
      roomId,
      clientMessageId: randomUUID(),
      body: 'You are all pathetic',
    });
    expect(sent.ok).toBe(true);
    const messageId: string = sent.message.id;
    const reporter = await registerMember(a.gql);
    await reporter.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'CHAT_MESSAGE', contentId: messageId, reason: 'HARASSMENT' },
    });
    const found = await caseOf(messageId);
    expect(found).toMatchObject({ priority: 'HIGH', content: { status: 'VISIBLE' } });
    await moderator.gql.ok(RESOLVE, {
      id: found!.id,
      i: { action: 'SUSPEND_USER', suspendDays: 2, note: 'Cool off' },
    });

    const write = await sender.gql.request(CREATE_POST, {
      input: { categoryId, title: 'Hello', body: 'Back again' },
    });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(write.errors?.[0].extensions?.suspendedUntil).toEqual(expect.any(String));

    expect((await caseOf(messageId, 'RESOLVED'))!.content!.status).toBe('VISIBLE');

    // Reported again after the case was resolved: a new case opens, and this time the message goes.
    const second = await registerMember(a.gql);
    await second.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'CHAT_MESSAGE', contentId: messageId, reason: 'HARASSMENT' },
    });
    const reopened = await caseOf(messageId);
    await moderator.gql.ok(RESOLVE, { id: reopened!.id, i: { action: 'REMOVE' } });
    expect((await caseOf(messageId, 'RESOLVED'))!.content!.status).toBe('REMOVED');
  });

  it('logs a chat message a moderator removes straight from the room', async () => {
    const sender = await registerMember(a.gql);
    const { chatRooms } = await a.gql.ok<{ chatRooms: { id: string }[] }>(`{ chatRooms { id } }`);
    const chat = await connectSocket(a.url, CHAT_NAMESPACE, sender.accessToken);
    sockets.push(chat);
    const roomId = chatRooms[1].id;
    await chat.emitWithAck('room:join', { roomId });
    const sent = await chat.emitWithAck('message:send', {
      roomId,
      clientMessageId: randomUUID(),
      body: 'Off-topic advert',
    });
    await moderator.gql.ok(`mutation($id: ID!) { removeChatMessage(id: $id) { status } }`, {
      id: sent.message.id,
    });
    const { moderationLog } = await moderator.gql.ok<{
      moderationLog: {
        nodes: { action: string; contentKind: string; contentId: string; targetUser: { id: string } }[];
      };
    }>(`{ moderationLog(first: 10) { nodes { action contentKind contentId targetUser { id } } } }`);
    expect(moderationLog.nodes).toContainEqual({
      action: 'REMOVE',
      contentKind: 'CHAT_MESSAGE',
      contentId: sent.message.id,
      targetUser: { id: sender.id },
    });
  });

  it('applies an administrator’s FLAG rule on every instance, at the rule’s priority', async () => {
    const admin = await signInAdmin(a.gql);
    await admin.gql.ok(`mutation($i: ModerationRuleInput!) { createModerationRule(input: $i) { id } }`, {
      i: { name: 'miracle-cure', pattern: 'guaranteed cure', action: 'FLAG', priority: 'HIGH' },
    });
    const member = await registerMember(b.gql);
    // Rule changes reach every instance within seconds: post on instance B until the rule applies there.
    let flagged: CaseNode | undefined;
    for (let attempt = 0; attempt < 20 && !flagged; attempt += 1) {
      const { post: created } = await post(member.gql, 'Try this', `A guaranteed cure, attempt ${attempt}`);
      expect(created.status).toBe('PUBLISHED');
      const found = await caseOf(created.id);
      if (found?.autoFlags.includes('miracle-cure')) flagged = found;
      else await new Promise((r) => setTimeout(r, 500));
    }
    expect(flagged).toMatchObject({ priority: 'HIGH', sources: expect.arrayContaining(['AUTO_FILTER']) });
  });
});
