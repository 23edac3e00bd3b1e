import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomUUID } from 'node:crypto';
import { ContentKind } from '@haven/shared/contracts';
import {
  CONTENT_SUBMITTED_EVENT,
  ModeratedContentRegistry,
  NOTIFICATION_REQUESTED_EVENT,
  type ContentSubmittedEvent,
  type NotificationRequest,
} from '@haven/server/core';
import {
  controlClock,
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type ControlledClock,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { ModerationModule } from '../moderation.module';
import { moderationEntities } from '../moderation.database';
import { MemoryContent } from '../testing/memory-content';

const DAY = 24 * 60 * 60 * 1000;
const APPEAL = `mutation($n: ID!, $note: String!) {
  appeal(noticeId: $n, note: $note) { id noticeId status note createdAt decidedAt appealedAction decisionNote } }`;
const MY_APPEALS = `{ myAppeals { id noticeId status note decidedAt appealedAction decisionNote } }`;
const NOTICES = `{ myNotices(first: 50) { nodes { id action message note contentKind contentId appealableUntil createdAt
  appeal { id status } } } }`;
const RESOLVE = `mutation($id: ID!, $i: ResolveCaseInput!) { resolveCase(id: $id, input: $i) { id status resolution } }`;
const CLAIM = `mutation($id: ID!) { claimCase(id: $id) { id assignee { id } } }`;
const CASE = `query($id: ID!) { moderationCase(id: $id) { id status sources contentKind contentId excerpt
  author { id } appeal { id note status appealedAction } appealedDecision { action note actor { id } } } }`;
const VIEWER = `{ viewer { status suspendedUntil } }`;

interface Notice {
  id: string;
  action: string;
  message: string;
  note: string | null;
  contentKind: string | null;
  contentId: string | null;
  appealableUntil: string | null;
  createdAt: string;
  appeal: { id: string; status: string } | null;
}

describe('appeals of moderation decisions', () => {
  let t: TestApp;
  let clock: ControlledClock;
  let events: EventEmitter2;
  const posts = new MemoryContent();
  let acting: TestMember;
  let second: TestMember;
  let admin: TestMember;
  const notified: NotificationRequest[] = [];

  beforeAll(async () => {
    t = await createTestApp({ imports: [ModerationModule], entities: moderationEntities });
    clock = controlClock(t.app);
    events = t.app.get(EventEmitter2);
    events.on(NOTIFICATION_REQUESTED_EVENT, (request: NotificationRequest) => notified.push(request));
    t.app.get(ModeratedContentRegistry).register(ContentKind.POST, posts);
    acting = await registerModerator(t.gql);
    second = await registerModerator(t.gql);
    admin = await signInAdmin(t.gql);
  });
  afterEach(() => clock.restore());
  afterAll(() => t.close());

  /** A post by `author` that a moderator took an action on; returns the post and the member's notice. */
  async function decided(author: TestMember, action: string, extra: Record<string, unknown> = {}) {
    const contentId = posts.add(author.id, 'Here is how I got through last night');
    const event: ContentSubmittedEvent = {
      kind: ContentKind.POST,
      id: contentId,
      authorId: author.id,
      excerpt: 'Here is how I got through last night',
      edited: false,
      assessment: {
        crisisDetected: false,
        heldForReview: false,
        blocked: false,
        autoFlags: ['a-rule'],
        priority: 'NORMAL' as never,
        addWarnings: [],
      },
    };
    await events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
    const [{ id: caseId }] = await t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN'`,
      [contentId],
    );
    const res = await acting.gql.request(RESOLVE, {
      id: caseId,
      i: { action, note: 'Against the guidelines.', ...extra },
    });
    expect(res.errors).toBeUndefined();
    const notice = (await notices(author)).find((n) => n.contentId === contentId || n.action === action)!;
    return { contentId, caseId: caseId as string, notice };
  }

  const notices = async (member: TestMember) =>
    (await member.gql.ok<{ myNotices: { nodes: Notice[] } }>(NOTICES)).myNotices.nodes;
  const appeal = (member: TestMember, noticeId: string, note = 'I was sharing what helped me.') =>
    member.gql.request<{ appeal: { id: string; status: string } }>(APPEAL, { n: noticeId, note });
  const appealCaseOf = async (appealId: string) =>
    (await t.dataSource.query(`SELECT case_id FROM moderation_appeals WHERE id = $1`, [appealId]))[0]
      .case_id as string;
  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM moderation_appeals)::int AS appeals,
                (SELECT count(*) FROM moderation_cases)::int AS cases,
                (SELECT count(*) FROM moderation_log)::int AS log`,
      )
    )[0] as { appeals: number; cases: number; log: number };

  it('opens an APPEAL case from the notice, shown on the notice and in the member’s appeals', async () => {
    const author = await registerMember(t.gql);
    const { contentId, notice } = await decided(author, 'REMOVE');
    expect(notice.appealableUntil).toBe(new Date(Date.parse(notice.createdAt) + 30 * DAY).toISOString());
    expect(notice.appeal).toBeNull();

    const res = await appeal(author, notice.id, '  I was quoting the crisis line, not selling anything.  ');
    expect(res.errors).toBeUndefined();
    expect(res.data!.appeal).toMatchObject({
      noticeId: notice.id,
      status: 'OPEN',
      note: 'I was quoting the crisis line, not selling anything.',
      decidedAt: null,
      appealedAction: 'REMOVE',
      decisionNote: null,
    });
    const caseId = await appealCaseOf(res.data!.appeal.id);
    const { moderationCase } = await second.gql.ok<{ moderationCase: Record<string, unknown> }>(CASE, {
      id: caseId,
    });
    expect(moderationCase).toMatchObject({
      status: 'OPEN',
      sources: ['APPEAL'],
      contentKind: 'POST',
      contentId,
      author: { id: author.id },
      appeal: { note: 'I was quoting the crisis line, not selling anything.', appealedAction: 'REMOVE' },
      appealedDecision: { action: 'REMOVE', note: 'Against the guidelines.', actor: { id: acting.id } },
    });
    expect((await notices(author)).find((n) => n.id === notice.id)!.appeal).toEqual({
      id: res.data!.appeal.id,
      status: 'OPEN',
    });
    const { myAppeals } = await author.gql.ok<{ myAppeals: { id: string }[] }>(MY_APPEALS);
    expect(myAppeals.map((a) => a.id)).toEqual([res.data!.appeal.id]);
    // Nobody else sees it.
    const other = await registerMember(t.gql);
    expect((await other.gql.ok<{ myAppeals: unknown[] }>(MY_APPEALS)).myAppeals).toEqual([]);
  });

  it('the moderator who took the decision can neither claim nor resolve the appeal; nothing changes', async () => {
    const author = await registerMember(t.gql);
    const { contentId, notice } = await decided(author, 'HIDE');
    const { data } = await appeal(author, notice.id);
    const caseId = await appealCaseOf(data!.appeal.id);
    const before = await counts();

    expect(await acting.gql.errorCode(CLAIM, { id: caseId })).toBe('FORBIDDEN');
    for (const action of ['APPEAL_UPHELD', 'APPEAL_REVERSED']) {
      expect(await acting.gql.errorCode(RESOLVE, { id: caseId, i: { action } })).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
    expect(posts.items.get(contentId)!.status).toBe('HIDDEN');
    const [row] = await t.dataSource.query(`SELECT status, assignee_id FROM moderation_cases WHERE id = $1`, [
      caseId,
    ]);
    expect(row).toEqual({ status: 'OPEN', assignee_id: null });
  });

  it('an APPEAL case is resolved by upholding or reversing only, and only an appeal is', async () => {
    const author = await registerMember(t.gql);
    const { notice, contentId } = await decided(author, 'REMOVE');
    const { data } = await appeal(author, notice.id);
    const caseId = await appealCaseOf(data!.appeal.id);
    for (const action of ['RESTORE', 'DISMISS', 'HIDE', 'WARN_USER']) {
      expect(await second.gql.errorCode(RESOLVE, { id: caseId, i: { action } })).toBe('BAD_USER_INPUT');
    }
    const other = posts.add(author.id, 'Another post');
    await events.emitAsync(CONTENT_SUBMITTED_EVENT, {
      kind: ContentKind.POST,
      id: other,
      authorId: author.id,
      excerpt: 'Another post',
      edited: false,
      assessment: {
        crisisDetected: false,
        heldForReview: true,
        blocked: false,
        autoFlags: [],
        priority: null,
        addWarnings: [],
      },
    } satisfies ContentSubmittedEvent);
    const [{ id: plainCase }] = await t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN'`,
      [other],
    );
    expect(await second.gql.errorCode(RESOLVE, { id: plainCase, i: { action: 'APPEAL_REVERSED' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(posts.items.get(contentId)!.status).toBe('REMOVED');
  });

  it('reversing restores the content, logs APPEAL_REVERSED and tells the member after the commit', async () => {
    const author = await registerMember(t.gql);
    const { contentId, notice } = await decided(author, 'REMOVE');
    const { data } = await appeal(author, notice.id);
    const caseId = await appealCaseOf(data!.appeal.id);
    notified.length = 0;

    const res = await second.gql.request(RESOLVE, {
      id: caseId,
      i: { action: 'APPEAL_REVERSED', note: 'You were right: that was a crisis line.' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      resolveCase: { id: caseId, status: 'RESOLVED', resolution: 'APPEAL_REVERSED' },
    });
    expect(posts.items.get(contentId)!.status).toBe('PUBLISHED');
    expect(posts.applied.at(-1)).toEqual({ id: contentId, outcome: 'RESTORE', actorId: second.id });

    const { myAppeals } = await author.gql.ok<{ myAppeals: Record<string, unknown>[] }>(MY_APPEALS);
    expect(myAppeals[0]).toMatchObject({
      status: 'REVERSED',
      decidedAt: expect.any(String),
      decisionNote: 'You were right: that was a crisis line.',
    });
    const log = await t.dataSource.query(
      `SELECT action, actor_id, target_user_id, content_id FROM moderation_log WHERE case_id = $1`,
      [caseId],
    );
    expect(log).toEqual([
      { action: 'APPEAL_REVERSED', actor_id: second.id, target_user_id: author.id, content_id: contentId },
    ]);
    const [told] = await notices(author);
    expect(told).toMatchObject({
      action: 'APPEAL_REVERSED',
      message: expect.stringContaining('your post is visible again'),
      note: 'You were right: that was a crisis line.',
      contentKind: 'POST',
      contentId,
      appealableUntil: null,
    });
    expect(notified).toEqual([
      expect.objectContaining({
        recipientIds: [author.id],
        kind: 'MODERATION_OUTCOME',
        actorId: null,
        data: expect.objectContaining({ action: 'APPEAL_REVERSED', path: '/notices' }),
      }),
    ]);
    // Decided once: the case and the appeal are closed.
    expect(await admin.gql.errorCode(RESOLVE, { id: caseId, i: { action: 'APPEAL_UPHELD' } })).toBe(
      'CONFLICT',
    );
  });

  it('upholding changes nothing but the appeal, the log and the member’s notice', async () => {
    const author = await registerMember(t.gql);
    const { contentId, notice } = await decided(author, 'HIDE');
    const { data } = await appeal(author, notice.id);
    const caseId = await appealCaseOf(data!.appeal.id);
    const applied = posts.applied.length;
    expect((await admin.gql.request(RESOLVE, { id: caseId, i: { action: 'APPEAL_UPHELD' } })).errors).toBe(
      undefined,
    );
    expect(posts.items.get(contentId)!.status).toBe('HIDDEN');
    expect(posts.applied).toHaveLength(applied);
    const [told] = await notices(author);
    expect(told).toMatchObject({ action: 'APPEAL_UPHELD', message: expect.stringContaining('upheld') });
    expect((await author.gql.ok<{ myAppeals: { status: string }[] }>(MY_APPEALS)).myAppeals[0].status).toBe(
      'UPHELD',
    );
    expect(
      await t.dataSource.query(`SELECT action, actor_id FROM moderation_log WHERE case_id = $1`, [caseId]),
    ).toEqual([{ action: 'APPEAL_UPHELD', actor_id: admin.id }]);
  });

  it('a suspended member appeals from the suspension notice; reversing lifts the suspension', async () => {
    const author = await registerMember(t.gql);
    const { notice } = await decided(author, 'SUSPEND_USER', { suspendDays: 7 });
    expect(notice.action).toBe('SUSPEND_USER');
    expect((await author.gql.ok<{ viewer: { status: string } }>(VIEWER)).viewer.status).toBe('SUSPENDED');

    const res = await appeal(author, notice.id, 'Please look again: I was describing my own treatment.');
    expect(res.errors).toBeUndefined();
    expect((await author.gql.ok<{ myAppeals: { status: string }[] }>(MY_APPEALS)).myAppeals).toHaveLength(1);
    const caseId = await appealCaseOf(res.data!.appeal.id);
    expect(await acting.gql.errorCode(RESOLVE, { id: caseId, i: { action: 'APPEAL_REVERSED' } })).toBe(
      'FORBIDDEN',
    );
    expect(
      (await second.gql.request(RESOLVE, { id: caseId, i: { action: 'APPEAL_REVERSED' } })).errors,
    ).toBeUndefined();
    expect(
      (await author.gql.ok<{ viewer: { status: string; suspendedUntil: string | null } }>(VIEWER)).viewer,
    ).toEqual({ status: 'ACTIVE', suspendedUntil: null });
    expect((await notices(author))[0].message).toContain('your suspension is lifted');
  });

  it('reversing a suspension lifts only the suspension it set, not a later one', async () => {
    const author = await registerMember(t.gql);
    const first = await decided(author, 'SUSPEND_USER', { suspendDays: 3 });
    const { data } = await appeal(author, first.notice.id);
    await decided(author, 'SUSPEND_USER', { suspendDays: 30 });
    const before = (await author.gql.ok<{ viewer: { suspendedUntil: string } }>(VIEWER)).viewer;
    const caseId = await appealCaseOf(data!.appeal.id);
    expect(
      (await second.gql.request(RESOLVE, { id: caseId, i: { action: 'APPEAL_REVERSED' } })).errors,
    ).toBeUndefined();
    expect((await author.gql.ok<{ viewer: unknown }>(VIEWER)).viewer).toEqual({
      status: 'SUSPENDED',
      suspendedUntil: before.suspendedUntil,
    });
  });

  it('reversing a warning withdraws it', async () => {
    const author = await registerMember(t.gql);
    const { notice } = await decided(author, 'WARN_USER');
    const { data } = await appeal(author, notice.id);
    const caseId = await appealCaseOf(data!.appeal.id);
    expect(
      (await second.gql.request(RESOLVE, { id: caseId, i: { action: 'APPEAL_REVERSED' } })).errors,
    ).toBeUndefined();
    expect((await notices(author))[0]).toMatchObject({
      action: 'APPEAL_REVERSED',
      message: expect.stringContaining('the warning is withdrawn'),
    });
  });

  it('an open appeal stands beside a new case on the same content; neither joins the other', async () => {
    const author = await registerMember(t.gql);
    const { contentId, notice } = await decided(author, 'HIDE');
    const { data } = await appeal(author, notice.id);
    await events.emitAsync(CONTENT_SUBMITTED_EVENT, {
      kind: ContentKind.POST,
      id: contentId,
      authorId: author.id,
      excerpt: 'Edited text',
      edited: true,
      assessment: {
        crisisDetected: false,
        heldForReview: true,
        blocked: false,
        autoFlags: ['drug-sourcing'],
        priority: null,
        addWarnings: [],
      },
    } satisfies ContentSubmittedEvent);
    const open = await t.dataSource.query(
      `SELECT id, appeal, sources FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN' ORDER BY appeal`,
      [contentId],
    );
    expect(open).toEqual([
      { id: expect.any(String), appeal: false, sources: ['AUTO_FILTER'] },
      { id: await appealCaseOf(data!.appeal.id), appeal: true, sources: ['APPEAL'] },
    ]);
  });

  describe('refusals, each changing nothing', () => {
    let author: TestMember;
    let notice: Notice;

    beforeAll(async () => {
      author = await registerMember(t.gql);
      ({ notice } = await decided(author, 'REMOVE'));
    });

    const refused = async (work: () => Promise<string | undefined>, code: string) => {
      const before = await counts();
      expect(await work()).toBe(code);
      expect(await counts()).toEqual(before);
    };

    it('an empty, blank or too long note is BAD_USER_INPUT on the note field', async () => {
      for (const note of ['', '    ', 'x'.repeat(1001)]) {
        const res = await appeal(author, notice.id, note);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      }
      await refused(
        () => author.gql.errorCode(APPEAL, { n: notice.id, note: 'x'.repeat(1001) }),
        'BAD_USER_INPUT',
      );
    });

    it('someone else’s notice, or one that does not exist, is NOT_FOUND; a malformed id BAD_USER_INPUT', async () => {
      const stranger = await registerMember(t.gql);
      await refused(() => stranger.gql.errorCode(APPEAL, { n: notice.id, note: 'Mine?' }), 'NOT_FOUND');
      await refused(() => second.gql.errorCode(APPEAL, { n: notice.id, note: 'Mine?' }), 'NOT_FOUND');
      await refused(() => author.gql.errorCode(APPEAL, { n: randomUUID(), note: 'Mine?' }), 'NOT_FOUND');
      await refused(() => author.gql.errorCode(APPEAL, { n: 'not-an-id', note: 'Mine?' }), 'BAD_USER_INPUT');
    });

    it('the window closes 30 days after the notice (controllable clock)', async () => {
      const late = await registerMember(t.gql);
      const { notice: old } = await decided(late, 'HIDE');
      clock.advance(30 * DAY + 60_000);
      const res = await appeal(late, old.id);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'APPEAL_WINDOW_CLOSED',
      });
      await refused(() => late.gql.errorCode(APPEAL, { n: old.id, note: 'Too late?' }), 'BAD_USER_INPUT');
      clock.restore();
      clock.advance(30 * DAY - 60_000);
      expect((await appeal(late, old.id)).errors).toBeUndefined();
    });

    it('a decision is appealed once: a second appeal is CONFLICT', async () => {
      const twice = await registerMember(t.gql);
      const { notice: n } = await decided(twice, 'HIDE');
      expect((await appeal(twice, n.id)).errors).toBeUndefined();
      await refused(() => twice.gql.errorCode(APPEAL, { n: n.id, note: 'Again' }), 'CONFLICT');
      // Two at once: still one appeal.
      const racing = await registerMember(t.gql);
      const { notice: r } = await decided(racing, 'HIDE');
      const results = await Promise.all([appeal(racing, r.id), appeal(racing, r.id), appeal(racing, r.id)]);
      expect(results.filter((x) => !x.errors)).toHaveLength(1);
      expect(results.filter((x) => x.errors).map((x) => x.errors![0].extensions?.code)).toEqual([
        'CONFLICT',
        'CONFLICT',
      ]);
      const [{ n: open }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM moderation_cases c JOIN moderation_appeals a ON a.case_id = c.id
          WHERE a.user_id = $1`,
        [racing.id],
      );
      expect(open).toBe(1);
    });

    it('a notice of an approval or restoration cannot be appealed (BAD_USER_INPUT)', async () => {
      const member = await registerMember(t.gql);
      await decided(member, 'RESTORE');
      const [restored] = await notices(member);
      expect(restored).toMatchObject({ action: 'RESTORE', appealableUntil: null });
      await refused(() => member.gql.errorCode(APPEAL, { n: restored.id, note: 'Why?' }), 'BAD_USER_INPUT');
      // The outcome of an appeal is not appealed again.
      const again = await registerMember(t.gql);
      const { notice: n } = await decided(again, 'HIDE');
      const { data } = await appeal(again, n.id);
      await admin.gql.ok(RESOLVE, {
        id: await appealCaseOf(data!.appeal.id),
        i: { action: 'APPEAL_UPHELD' },
      });
      const [outcome] = await notices(again);
      await refused(() => again.gql.errorCode(APPEAL, { n: outcome.id, note: 'Again' }), 'BAD_USER_INPUT');
    });

    it('a visitor is UNAUTHENTICATED; a banned account is FORBIDDEN (it cannot sign in)', async () => {
      await refused(() => t.gql.errorCode(APPEAL, { n: notice.id, note: 'Hello' }), 'UNAUTHENTICATED');
      expect(await t.gql.errorCode(MY_APPEALS)).toBe('UNAUTHENTICATED');
      // A member warned, then banned: the warning was appealable, but a banned account is refused.
      const banned = await registerMember(t.gql);
      const { notice: warned } = await decided(banned, 'WARN_USER');
      const [memberCase] = await t.dataSource.query(
        `INSERT INTO moderation_cases (content_kind, content_id, author_id, excerpt, priority, priority_rank)
         VALUES ('USER', $1, $1, 'member', 'NORMAL', 2) RETURNING id`,
        [banned.id],
      );
      await acting.gql.ok(RESOLVE, { id: memberCase.id, i: { action: 'BAN_USER' } });
      await refused(() => banned.gql.errorCode(APPEAL, { n: warned.id, note: 'Please' }), 'FORBIDDEN');
      expect(await banned.gql.errorCode(MY_APPEALS)).toBe('FORBIDDEN');
    });
  });
});
