import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { CHAT_NAMESPACE, MODERATION_NAMESPACE } from '@haven/shared/contracts';
import { parseRecord } from '@haven/shared/safety';
import {
  connectSocket,
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Graded detection end to end: two instances on one database and Redis.

const app = (shared?: TestApp) =>
  createTestApp({
    appModule: (config) => AppModule.forRoot(config),
    ...(shared ? { database: shared.database, redisPrefix: shared.config.REDIS_PREFIX } : {}),
  });

const CREATE_POST = `mutation($input: CreatePostInput!) {
  createPost(input: $input) { post { id status } safety { crisisDetected riskLevel signals { category span } resources { name } } } }`;
const CASES = `{ moderationQueue(first: 100) { nodes { id contentId priority riskLevel signals { detector category label span } } } }`;
const MARK = `mutation($id: ID!, $v: DetectionVerdict!, $l: RiskLevel) { markDetection(caseId: $id, verdict: $v, correctLevel: $l) { id } }`;

interface LiveCase {
  id: string;
  contentId: string;
  priority: string;
  riskLevel: string | null;
  signals: { detector: string; category: string; span: string }[];
}

describe('graded safety detection across instances', () => {
  let a: TestApp;
  let b: TestApp;
  let moderator: TestMember;
  let admin: TestMember;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await app();
    b = await app(a);
    moderator = await registerModerator(a.gql);
    admin = await signInAdmin(a.gql);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await b?.close();
    await a?.close();
  });

  const caseOf = async (contentId: string) =>
    (await moderator.gql.ok<{ moderationQueue: { nodes: LiveCase[] } }>(CASES)).moderationQueue.nodes.find(
      (c) => c.contentId === contentId,
    );

  it('an IMMINENT chat message reaches a moderator on the other instance within 2 s, URGENT, with level and signals', async () => {
    const watcher = await connectSocket(b.url, MODERATION_NAMESPACE, moderator.accessToken);
    sockets.push(watcher);
    const sender = await registerMember(a.gql);
    const { chatRooms } = await a.gql.ok<{ chatRooms: { id: string }[] }>(`{ chatRooms { id } }`);
    const chat = await connectSocket(a.url, CHAT_NAMESPACE, sender.accessToken);
    sockets.push(chat);
    const roomId = chatRooms[0].id;
    await chat.emitWithAck('room:join', { roomId });
    const opened = new Promise<LiveCase>((resolve) =>
      watcher.on('case:opened', (c: LiveCase) => {
        if (c.riskLevel === 'IMMINENT') resolve(c);
      }),
    );
    const sent = await chat.emitWithAck('message:send', {
      roomId,
      clientMessageId: randomUUID(),
      body: 'the rope is ready in the garage and tonight is the night',
    });
    expect(sent.ok).toBe(true);
    expect(sent.safety).toMatchObject({ crisisDetected: true, riskLevel: 'IMMINENT' });
    const live = await opened;
    // From the moment the message was stored to the case on the other instance's socket.
    expect(Date.now() - new Date(sent.message.createdAt).getTime()).toBeLessThan(2_000);
    expect(live).toMatchObject({ contentId: sent.message.id, priority: 'URGENT', riskLevel: 'IMMINENT' });
    expect(live.signals.length).toBeGreaterThan(0);
    expect(live.signals.every((s) => s.detector === 'crisis' && s.span.length > 0)).toBe(true);
  });

  it('a CONCERN post opens a NORMAL case and shows the author resources; a feedback mark reaches the export', async () => {
    const member = await registerMember(a.gql);
    const { categories } = await a.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    const { createPost } = await member.gql.ok<{
      createPost: {
        post: { id: string; status: string };
        safety: { crisisDetected: boolean; riskLevel: string; resources: { name: string }[] };
      };
    }>(CREATE_POST, {
      input: {
        categoryId: categories[0].id,
        title: 'Week six update',
        body: 'The infusions are fine but honestly my family would be better off without me.',
      },
    });
    expect(createPost.post.status).toBe('PUBLISHED');
    expect(createPost.safety).toMatchObject({ crisisDetected: true, riskLevel: 'CONCERN' });
    expect(createPost.safety.resources.length).toBeGreaterThan(0);
    const found = await caseOf(createPost.post.id);
    expect(found).toMatchObject({ priority: 'NORMAL', riskLevel: 'CONCERN' });

    await moderator.gql.ok(MARK, { id: found!.id, v: 'MISSED', l: 'HIGH' });
    const { exportDetectionFeedback } = await admin.gql.ok<{ exportDetectionFeedback: string }>(
      `{ exportDetectionFeedback }`,
    );
    const records = exportDetectionFeedback
      .trim()
      .split('\n')
      .map((line, i) => parseRecord(line, `export:${i + 1}`));
    expect(records.find((r) => r.text.includes('better off without me'))).toMatchObject({ level: 'HIGH' });
  });
});
