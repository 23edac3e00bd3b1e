import { randomUUID } from 'node:crypto';
import { ContentKind } from '@haven/shared/contracts';
import {
  ModeratedContentRegistry,
  NotFoundError,
  type ContentModerationOutcome,
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

  add(authorId: string, excerpt: string, status = 'PUBLISHED'): string {
    const id = randomUUID();
    this.items.set(id, { id, authorId, excerpt, status, createdAt: new Date() });
    return id;
  }

  async describe(ids: readonly string[]) {
    return new Map(ids.filter((id) => this.items.has(id)).map((id) => [id, { ...this.items.get(id)! }]));
  }

  async apply(id: string, outcome: ContentModerationOutcome) {
    const item = this.items.get(id);
    if (!item) throw new NotFoundError('That content');
    item.status = { APPROVE: 'PUBLISHED', HIDE: 'HIDDEN', REMOVE: 'REMOVED', RESTORE: 'PUBLISHED' }[outcome];
  }
}

const REPORT = `mutation($i: ReportInput!) { report(input: $i) { id reason note contentKind contentId reporter { id } } }`;
const CASE_FIELDS = `id contentKind contentId excerpt status priority sources reportCount autoFlags
  author { id handle } reports { reason note reporter { id } }`;
const QUEUE = `query($f: ModerationQueueFilter, $first: Int, $after: String) {
  moderationQueue(filter: $f, first: $first, after: $after) { nodes { ${CASE_FIELDS} } pageInfo { endCursor hasNextPage } } }`;

interface CaseView {
  id: string;
  contentId: string;
  priority: string;
  sources: string[];
  reportCount: number;
  excerpt: string;
  author: { id: string } | null;
  reports: { reason: string; note: string | null; reporter: { id: string } | null }[];
}

describe('reports and the queue', () => {
  let t: TestApp;
  let posts: MemoryContent;
  let comments: MemoryContent;
  let author: TestMember;
  let moderator: TestMember;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [ModerationModule],
      entities: moderationEntities,
    });
    posts = new MemoryContent();
    comments = new MemoryContent();
    const registry = t.app.get(ModeratedContentRegistry);
    registry.register(ContentKind.POST, posts);
    registry.register(ContentKind.COMMENT, comments);
    author = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  const report = (
    member: TestMember,
    contentKind: string,
    contentId: string,
    reason: string,
    note?: string,
  ) =>
    member.gql.request<{ report: { id: string; reporter: { id: string } | null } }>(REPORT, {
      i: { contentKind, contentId, reason, note },
    });

  const caseFor = async (contentId: string, status = 'OPEN') => {
    const data = await moderator.gql.ok<{ moderationQueue: { nodes: CaseView[] } }>(QUEUE, {
      f: { status },
      first: 100,
    });
    return data.moderationQueue.nodes.filter((c) => c.contentId === contentId);
  };

  it('opens one case per content; reports by different members join it and raise its priority', async () => {
    const postId = posts.add(author.id, 'A post that draws reports');
    const [a, b] = [await registerMember(t.gql), await registerMember(t.gql)];
    const first = await report(a, 'POST', postId, 'SPAM', ' looks like spam ');
    expect(first.errors).toBeUndefined();
    expect(first.data!.report.reporter).toBeNull();
    let [found] = await caseFor(postId);
    expect(found).toMatchObject({ priority: 'NORMAL', reportCount: 1, sources: ['USER_REPORT'] });
    expect(found.author).toMatchObject({ id: author.id });

    expect((await report(b, 'POST', postId, 'CRISIS_RISK')).errors).toBeUndefined();
    const cases = await caseFor(postId);
    expect(cases).toHaveLength(1);
    [found] = cases;
    expect(found).toMatchObject({ priority: 'URGENT', reportCount: 2 });
    expect(found.reports.map((r) => [r.reason, r.note, r.reporter?.id])).toEqual([
      ['SPAM', 'looks like spam', a.id],
      ['CRISIS_RISK', null, b.id],
    ]);

    // A lower-priority report never lowers the case.
    const c = await registerMember(t.gql);
    await report(c, 'POST', postId, 'OTHER');
    expect((await caseFor(postId))[0]).toMatchObject({ priority: 'URGENT', reportCount: 3 });
  });

  it('refuses a second report by the same member with CONFLICT and counts it once', async () => {
    const postId = posts.add(author.id, 'Reported twice by one member');
    const reporter = await registerMember(t.gql);
    expect((await report(reporter, 'POST', postId, 'HARASSMENT')).errors).toBeUndefined();
    const again = await report(reporter, 'POST', postId, 'CRISIS_RISK');
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await caseFor(postId))[0]).toMatchObject({ reportCount: 1, priority: 'HIGH' });
  });

  it('keeps one open case when members report the same content at the same moment', async () => {
    const postId = posts.add(author.id, 'Everyone reports this at once');
    const reporters = await Promise.all(Array.from({ length: 8 }, () => registerMember(t.gql)));
    const results = await Promise.all(reporters.map((r) => report(r, 'POST', postId, 'SPAM')));
    expect(results.every((r) => !r.errors)).toBe(true);
    const cases = await caseFor(postId);
    expect(cases).toHaveLength(1);
    expect(cases[0].reportCount).toBe(8);
    expect(cases[0].reports).toHaveLength(8);
  });

  it('sets priority by reason: crisis URGENT, sourcing and harassment HIGH, others NORMAL', async () => {
    const reporter = await registerMember(t.gql);
    const expected: Record<string, string> = {
      CRISIS_RISK: 'URGENT',
      DRUG_SOURCING: 'HIGH',
      HARASSMENT: 'HIGH',
      SPAM: 'NORMAL',
      MISINFORMATION: 'NORMAL',
      PRIVACY_VIOLATION: 'NORMAL',
      OTHER: 'NORMAL',
    };
    for (const [reason, priority] of Object.entries(expected)) {
      const id = comments.add(author.id, `comment for ${reason}`);
      expect((await report(reporter, 'COMMENT', id, reason)).errors).toBeUndefined();
      expect((await caseFor(id))[0].priority).toBe(priority);
    }
  });

  it('refuses reporting your own content, unknown or hidden content, and bad input', async () => {
    const own = posts.add(author.id, 'My own post');
    expect((await report(author, 'POST', own, 'SPAM')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await report(author, 'USER', author.id, 'SPAM')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reporter = await registerMember(t.gql);
    expect((await report(reporter, 'POST', randomUUID(), 'SPAM')).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const held = posts.add(author.id, 'Held post', 'PENDING_REVIEW');
    expect((await report(reporter, 'POST', held, 'SPAM')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await report(reporter, 'POST', 'not-a-uuid', 'SPAM')).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const longNote = await report(reporter, 'POST', own, 'SPAM', 'n'.repeat(1001));
    expect(longNote.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await caseFor(own)).toHaveLength(0);
    expect(await caseFor(held)).toHaveLength(0);
  });

  it('lets members report a member (USER) and opens a case about their account', async () => {
    const reporter = await registerMember(t.gql);
    expect((await report(reporter, 'USER', author.id, 'HARASSMENT')).errors).toBeUndefined();
    const [found] = await caseFor(author.id);
    expect(found).toMatchObject({ priority: 'HIGH', author: { id: author.id } });
    expect(found.excerpt).toContain(author.handle);
  });

  it('shows reporter identities to moderators only', async () => {
    const postId = posts.add(author.id, 'Who reported this?');
    const reporter = await registerMember(t.gql);
    await report(reporter, 'POST', postId, 'SPAM');
    const [found] = await caseFor(postId);
    expect(found.reports[0].reporter).toEqual({ id: reporter.id });
    // A member's own report comes back without a reporter: identities are for moderators.
    const other = await registerMember(t.gql);
    const own = await report(other, 'POST', postId, 'OTHER');
    expect(own.errors).toBeUndefined();
    expect(own.data!.report.reporter).toBeNull();
    // A moderator who reports sees the reporter, as everywhere else.
    const byModerator = await report(moderator, 'POST', postId, 'OTHER');
    expect(byModerator.data!.report.reporter).toEqual({ id: moderator.id });
  });

  it('refuses the queue, cases, the log and member history to members and visitors', async () => {
    const member = await registerMember(t.gql);
    const queries = [
      `{ moderationQueue { nodes { id } } }`,
      `{ moderationCase(id: "${randomUUID()}") { id } }`,
      `{ moderationLog { nodes { id } } }`,
      `{ memberCaseHistory(userId: "${author.id}") { nodes { id } } }`,
      `mutation { claimCase(id: "${randomUUID()}") { id } }`,
      `mutation { resolveCase(id: "${randomUUID()}", input: { action: DISMISS }) { id } }`,
    ];
    for (const query of queries) {
      expect(await member.gql.errorCode(query)).toBe('FORBIDDEN');
      expect(await t.gql.errorCode(query)).toBe('UNAUTHENTICATED');
    }
    const visitorReport = await t.gql.request(REPORT, {
      i: { contentKind: 'POST', contentId: posts.add(author.id, 'x'), reason: 'SPAM' },
    });
    expect(visitorReport.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('validates queue arguments', async () => {
    expect(await moderator.gql.errorCode(`{ moderationQueue(first: 101) { nodes { id } } }`)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(`{ moderationQueue(first: 0) { nodes { id } } }`)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(`{ moderationQueue(after: "nonsense") { nodes { id } } }`)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(`{ moderationCase(id: "42") { id } }`)).toBe('BAD_USER_INPUT');
    expect(
      (await moderator.gql.ok<{ moderationCase: null }>(`{ moderationCase(id: "${randomUUID()}") { id } }`))
        .moderationCase,
    ).toBeNull();
  });
});
