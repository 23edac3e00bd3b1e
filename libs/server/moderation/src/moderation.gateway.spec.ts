import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { ContentKind, MODERATION_NAMESPACE } from '@haven/shared/contracts';
import {
  ModeratedContentRegistry,
  type ModeratedContentHandler,
  type ModeratedContentInfo,
} from '@haven/server/core';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { ModerationModule } from './moderation.module';
import { moderationEntities } from './moderation.database';

/** Another domain's content, as moderation sees it through the registry (a double of that domain only). */
class MemoryContent implements ModeratedContentHandler {
  readonly items = new Map<string, ModeratedContentInfo>();

  add(authorId: string, excerpt: string): string {
    const id = randomUUID();
    this.items.set(id, { id, authorId, excerpt, status: 'PUBLISHED', createdAt: new Date() });
    return id;
  }

  async describe(ids: readonly string[]) {
    return new Map(ids.filter((id) => this.items.has(id)).map((id) => [id, { ...this.items.get(id)! }]));
  }

  async apply() {
    return undefined;
  }
}

interface CasePayload {
  id: string;
  contentKind: string;
  contentId: string;
  status: string;
  priority: string;
  reportCount: number;
  excerpt: string;
  createdAt: string;
  author: { id: string; handle: string } | null;
  assignee: { id: string } | null;
  reports: { reason: string; reporter: { id: string } | null; createdAt: string }[];
}

function connect(url: string, token: string | null): Socket {
  return io(url + MODERATION_NAMESPACE, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}

function refusal(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected, but should have been refused')));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

/** The first `event` whose payload matches, within a few seconds. */
function next(socket: Socket, event: string, match: (payload: CasePayload) => boolean): Promise<CasePayload> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000);
    const handler = (payload: CasePayload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

describe('the live queue across instances', () => {
  let a: TestApp;
  let b: TestApp;
  let posts: MemoryContent;
  let moderator: TestMember;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await createTestApp({ imports: [ModerationModule], entities: moderationEntities });
    b = await createTestApp({
      imports: [ModerationModule],
      entities: moderationEntities,
      database: a.database,
      redisPrefix: a.config.REDIS_PREFIX,
    });
    posts = new MemoryContent();
    a.app.get(ModeratedContentRegistry).register(ContentKind.POST, posts);
    b.app.get(ModeratedContentRegistry).register(ContentKind.POST, posts);
    moderator = await registerModerator(a.gql);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await b.close();
    await a.close();
  });

  const open = (url: string, token: string | null) => {
    const socket = connect(url, token);
    sockets.push(socket);
    return socket;
  };

  it('pushes case:opened to a moderator on instance B for a report made on instance A', async () => {
    const onB = open(b.url, moderator.accessToken);
    await connected(onB);
    const author = await registerMember(a.gql);
    const reporter = await registerMember(a.gql);
    const postId = posts.add(author.id, 'I cannot go on like this');
    const opened = next(onB, 'case:opened', (c) => c.contentId === postId);
    await reporter.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'POST', contentId: postId, reason: 'CRISIS_RISK', note: 'please check' },
    });
    const payload = await opened;
    expect(payload).toMatchObject({
      contentKind: 'POST',
      contentId: postId,
      status: 'OPEN',
      priority: 'URGENT',
      reportCount: 1,
      excerpt: 'I cannot go on like this',
      author: { id: author.id, handle: author.handle },
      assignee: null,
      reports: [{ reason: 'CRISIS_RISK', reporter: { id: reporter.id } }],
    });
    expect(new Date(payload.createdAt).toISOString()).toBe(payload.createdAt);

    // Claiming on B reaches a moderator connected to A as case:updated.
    const second = await registerModerator(a.gql);
    const onA = open(a.url, second.accessToken);
    await connected(onA);
    const updated = next(onA, 'case:updated', (c) => c.id === payload.id && c.assignee !== null);
    await moderator.gql.ok(`mutation($id: ID!) { claimCase(id: $id) { id } }`, {
      id: payload.id,
    });
    expect((await updated).assignee).toEqual(expect.objectContaining({ id: moderator.id }));

    // Another report joins the case: case:updated, not a second case:opened.
    const another = await registerMember(b.gql);
    const joined = next(onA, 'case:updated', (c) => c.id === payload.id && c.reportCount === 2);
    await another.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'POST', contentId: postId, reason: 'SPAM' },
    });
    expect((await joined).priority).toBe('URGENT');
  });

  it('refuses members with FORBIDDEN and visitors or bad tokens with UNAUTHENTICATED', async () => {
    const member = await registerMember(a.gql);
    expect(await refusal(open(a.url, member.accessToken))).toBe('FORBIDDEN');
    expect(await refusal(open(b.url, null))).toBe('UNAUTHENTICATED');
    expect(await refusal(open(b.url, 'not-a-token'))).toBe('UNAUTHENTICATED');
  });

  it('disconnects a moderator who is banned, on every instance', async () => {
    const rogue = await registerModerator(a.gql);
    const onB = open(b.url, rogue.accessToken);
    await connected(onB);
    const gone = new Promise<string>((resolve) => onB.once('disconnect', resolve));
    const reporter = await registerMember(a.gql);
    await reporter.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'USER', contentId: rogue.id, reason: 'DRUG_SOURCING' },
    });
    const [{ id }] = await a.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_kind = 'USER' AND content_id = $1`,
      [rogue.id],
    );
    const admin = await signInAdmin(a.gql);
    await admin.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: BAN_USER }) { id } }`, {
      id,
    });
    expect(await gone).toBe('io server disconnect');
    expect(await refusal(open(b.url, rogue.accessToken))).toBe('FORBIDDEN');
  });
});
