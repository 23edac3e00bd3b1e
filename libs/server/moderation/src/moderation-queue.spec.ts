import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomUUID } from 'node:crypto';
import { CasePriority, ContentKind } from '@haven/shared/contracts';
import {
  CONTENT_SUBMITTED_EVENT,
  ModeratedContentRegistry,
  type ContentSubmittedEvent,
  type ModeratedContentHandler,
  type ModeratedContentInfo,
} from '@haven/server/core';
import {
  createTestApp,
  registerMember,
  registerModerator,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { ModerationModule } from './moderation.module';
import { moderationEntities } from './moderation.database';

/** Another domain's content, as moderation sees it through the registry (a double of that domain only). */
class MemoryContent implements ModeratedContentHandler {
  readonly items = new Map<string, ModeratedContentInfo>();
  describeCalls = 0;

  async describe(ids: readonly string[]) {
    this.describeCalls += 1;
    return new Map(ids.filter((id) => this.items.has(id)).map((id) => [id, { ...this.items.get(id)! }]));
  }

  async apply() {
    throw new Error('not used here');
  }
}

const PAGE = `query($f: ModerationQueueFilter, $first: Int, $after: String) {
  moderationQueue(filter: $f, first: $first, after: $after) {
    nodes { id contentId priority createdAt reportCount
      author { id handle } assignee { id handle }
      reports { reason reporter { id handle } }
      content { status text context { key value } } }
    pageInfo { endCursor hasNextPage } } }`;

interface Node {
  id: string;
  contentId: string;
  priority: string;
  reports: { reporter: { id: string } | null }[];
  content: { status: string; text: string; context: { key: string; value: string }[] } | null;
}
type QueueData = {
  moderationQueue: { nodes: Node[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

describe('the moderation queue and log', () => {
  let t: TestApp;
  let events: EventEmitter2;
  let posts: MemoryContent;
  let moderator: TestMember;
  let authors: TestMember[];

  beforeAll(async () => {
    t = await createTestApp({
      imports: [ModerationModule],
      entities: moderationEntities,
    });
    events = t.app.get(EventEmitter2);
    posts = new MemoryContent();
    t.app.get(ModeratedContentRegistry).register(ContentKind.POST, posts);
    moderator = await registerModerator(t.gql);
    authors = await Promise.all([1, 2, 3].map(() => registerMember(t.gql)));
  });
  afterAll(() => t.close());

  async function submit(kind: ContentKind, priority: CasePriority, authorId = authors[0].id) {
    const id = randomUUID();
    const event: ContentSubmittedEvent = {
      kind,
      id,
      authorId,
      excerpt: `${priority} ${kind}`,
      edited: false,
      assessment: {
        crisisDetected: priority === CasePriority.URGENT,
        heldForReview: false,
        blocked: false,
        autoFlags: ['rule'],
        priority,
        addWarnings: [],
      },
    };
    await events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
    return id;
  }

  const page = (variables: Record<string, unknown>) => moderator.gql.ok<QueueData>(PAGE, variables);

  it('lists URGENT first, then by age, and filters by priority, kind and status', async () => {
    const low = await submit(ContentKind.COMMENT, CasePriority.LOW);
    const urgentOld = await submit(ContentKind.COMMENT, CasePriority.URGENT);
    const normal = await submit(ContentKind.COMMENT, CasePriority.NORMAL);
    const high = await submit(ContentKind.COMMENT, CasePriority.HIGH);
    const urgentNew = await submit(ContentKind.COMMENT, CasePriority.URGENT);
    await submit(ContentKind.CHAT_MESSAGE, CasePriority.URGENT);

    const all = await page({ f: { contentKind: 'COMMENT' } });
    expect(all.moderationQueue.nodes.map((n) => n.contentId)).toEqual([
      urgentOld,
      urgentNew,
      high,
      normal,
      low,
    ]);

    const urgent = await page({ f: { contentKind: 'COMMENT', priority: 'URGENT' } });
    expect(urgent.moderationQueue.nodes.map((n) => n.contentId)).toEqual([urgentOld, urgentNew]);

    const caseId = all.moderationQueue.nodes[0].id;
    await moderator.gql.ok(`mutation($id: ID!) { resolveCase(id: $id, input: { action: DISMISS }) { id } }`, {
      id: caseId,
    });
    const open = await page({ f: { contentKind: 'COMMENT', status: 'OPEN' } });
    expect(open.moderationQueue.nodes.map((n) => n.contentId)).toEqual([urgentNew, high, normal, low]);
    const resolved = await page({ f: { contentKind: 'COMMENT', status: 'RESOLVED' } });
    expect(resolved.moderationQueue.nodes.map((n) => n.id)).toEqual([caseId]);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const ids: string[] = [];
    for (const p of [
      CasePriority.LOW,
      CasePriority.HIGH,
      CasePriority.URGENT,
      CasePriority.NORMAL,
      CasePriority.HIGH,
    ]) {
      for (let i = 0; i < 3; i += 1) ids.push(await submit(ContentKind.TESTIMONIAL, p));
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: QueueData = await page({ f: { contentKind: 'TESTIMONIAL' }, first: 4, after });
      seen.push(...data.moderationQueue.nodes.map((n) => n.contentId));
      if (!data.moderationQueue.pageInfo.hasNextPage) break;
      after = data.moderationQueue.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(15);
    expect(new Set(seen)).toEqual(new Set(ids));
    const priorities = (
      await page({ f: { contentKind: 'TESTIMONIAL' }, first: 15 })
    ).moderationQueue.nodes.map((n) => n.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => rank(a) - rank(b)));
  });

  it('costs the same number of SQL queries for 20 and for 100 cases with authors, reports and content', async () => {
    const reporters = await Promise.all([1, 2, 3, 4].map(() => registerMember(t.gql)));
    for (let i = 0; i < 100; i += 1) {
      const author = authors[i % authors.length];
      const id = await submit(ContentKind.POST, CasePriority.NORMAL, author.id);
      posts.items.set(id, {
        id,
        authorId: author.id,
        excerpt: `post ${i}`,
        status: 'PUBLISHED',
        createdAt: new Date(),
        context: { title: `Post ${i}` },
      });
    }
    await t.dataSource.query(
      `INSERT INTO moderation_reports (case_id, content_kind, content_id, reporter_id, reason)
       SELECT c.id, c.content_kind, c.content_id, r.id::uuid, 'SPAM'
       FROM moderation_cases c CROSS JOIN unnest($1::text[]) AS r(id) WHERE c.content_kind = 'POST'`,
      [reporters.slice(0, 2).map((r) => r.id)],
    );
    await t.dataSource.query(`UPDATE moderation_cases SET assignee_id = $1 WHERE content_kind = 'POST'`, [
      moderator.id,
    ]);

    const measure = (first: number) => t.countQueries(() => page({ f: { contentKind: 'POST' }, first }));
    // A first request, so the moderator's token is as recently verified (and cached) for both sizes.
    await page({ f: { contentKind: 'POST' }, first: 1 });
    const small = await measure(20);
    const large = await measure(100);
    expect(small.result.moderationQueue.nodes).toHaveLength(20);
    expect(large.result.moderationQueue.nodes).toHaveLength(100);
    const node = large.result.moderationQueue.nodes[99];
    expect(node.reports).toHaveLength(2);
    expect(node.reports[0].reporter).not.toBeNull();
    expect(node.content).toMatchObject({
      status: 'PUBLISHED',
      context: [{ key: 'title', value: expect.any(String) }],
    });
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(6);
  });

  it('records every action in a log that the database refuses to change or delete', async () => {
    const id = await submit(ContentKind.CHAT_MESSAGE, CasePriority.HIGH, authors[1].id);
    const [{ id: caseId }] = await t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1`,
      [id],
    );
    await moderator.gql.ok(
      `mutation($id: ID!) { resolveCase(id: $id, input: { action: WARN_USER, note: "first warning" }) { id } }`,
      { id: caseId },
    );
    const { moderationLog } = await moderator.gql.ok<{
      moderationLog: {
        nodes: {
          action: string;
          contentKind: string;
          contentId: string;
          caseId: string;
          note: string;
          actor: { id: string };
          targetUser: { id: string };
        }[];
      };
    }>(
      `{ moderationLog(first: 1) { nodes { action contentKind contentId caseId note actor { id } targetUser { id } } pageInfo { hasNextPage } } }`,
    );
    expect(moderationLog.nodes[0]).toEqual({
      action: 'WARN_USER',
      contentKind: 'CHAT_MESSAGE',
      contentId: id,
      caseId,
      note: 'first warning',
      actor: { id: moderator.id },
      targetUser: { id: authors[1].id },
    });

    await expect(t.dataSource.query(`UPDATE moderation_log SET note = 'rewritten'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM moderation_log`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE moderation_log`)).rejects.toThrow(/append-only/);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM moderation_log WHERE note = 'first warning'`,
    );
    expect(count).toBe(1);

    const byMember = await moderator.gql.ok<{ moderationLog: { nodes: { targetUser: { id: string } }[] } }>(
      `query($u: ID) { moderationLog(targetUserId: $u) { nodes { targetUser { id } } } }`,
      { u: authors[1].id },
    );
    expect(byMember.moderationLog.nodes.length).toBeGreaterThan(0);
    expect(byMember.moderationLog.nodes.every((n) => n.targetUser.id === authors[1].id)).toBe(true);
  });
});

describe('report rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [ModerationModule],
      entities: moderationEntities,
      env: { RATE_LIMIT_REPORT: '2/60' },
    });
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED once a member passes config.rateLimits.report', async () => {
    const reporter = await registerMember(t.gql);
    const targets = await Promise.all([1, 2, 3].map(() => registerMember(t.gql)));
    const report = (id: string) =>
      reporter.gql.request(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
        i: { contentKind: 'USER', contentId: id, reason: 'SPAM' },
      });
    expect((await report(targets[0].id)).errors).toBeUndefined();
    expect((await report(targets[1].id)).errors).toBeUndefined();
    const limited = await report(targets[2].id);
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM moderation_cases WHERE content_id = $1`,
      [targets[2].id],
    );
    expect(count).toBe(0);
  });
});

function rank(priority: string): number {
  return ['URGENT', 'HIGH', 'NORMAL', 'LOW'].indexOf(priority);
}
