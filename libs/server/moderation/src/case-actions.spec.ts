import { randomUUID } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ContentKind } from '@haven/shared/contracts';
import {
  CONTENT_SUBMITTED_EVENT,
  ModeratedContentRegistry,
  type ContentSubmittedEvent,
} from '@haven/server/core';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signIn,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { ModerationModule } from './moderation.module';
import { moderationEntities } from './moderation.database';
import { MemoryContent } from './testing/memory-content';

const KINDS = [ContentKind.POST, ContentKind.COMMENT, ContentKind.TESTIMONIAL, ContentKind.CHAT_MESSAGE];
const RESOLVE = `mutation($id: ID!, $i: ResolveCaseInput!) {
  resolveCase(id: $id, input: $i) { id status resolution resolutionNote resolvedAt assignee { id } } }`;
const CLAIM = `mutation($id: ID!) { claimCase(id: $id) { id status assignee { id } claimedAt } }`;
const NOTICES = `{ myNotices { unreadCount nodes { id action message note contentKind contentId suspendedUntil read } } }`;

interface Notice {
  id: string;
  action: string;
  message: string;
  note: string | null;
  contentKind: string | null;
  contentId: string | null;
  suspendedUntil: string | null;
  read: boolean;
}

describe('claiming and resolving cases', () => {
  let t: TestApp;
  let events: EventEmitter2;
  const content = new Map<ContentKind, MemoryContent>();
  let moderator: TestMember;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ModerationModule], entities: moderationEntities });
    events = t.app.get(EventEmitter2);
    const registry = t.app.get(ModeratedContentRegistry);
    for (const kind of KINDS) {
      content.set(kind, new MemoryContent());
      registry.register(kind, content.get(kind)!);
    }
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  /** Stores content in its (double) domain and submits it as held, which opens a case. */
  async function heldContent(kind: ContentKind, author: TestMember, status = 'PENDING_REVIEW') {
    const id = content.get(kind)!.add(author.id, `Some ${kind} text`, status);
    const event: ContentSubmittedEvent = {
      kind,
      id,
      authorId: author.id,
      excerpt: `Some ${kind} text`,
      edited: false,
      assessment: {
        crisisDetected: false,
        heldForReview: true,
        blocked: false,
        autoFlags: ['drug-sourcing'],
        priority: null,
        addWarnings: [],
      },
    };
    await events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
    const [{ id: caseId }] = await t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN'`,
      [id],
    );
    return { contentId: id, caseId: caseId as string };
  }

  const resolve = (who: TestMember, id: string, input: Record<string, unknown>) =>
    who.gql.request<{ resolveCase: { status: string; resolution: string; assignee: { id: string } } }>(
      RESOLVE,
      {
        id,
        i: input,
      },
    );

  // What decisions tell the member; the notice that their content was held when it was submitted is
  // left out here (tests/e2e/members-told.e2e.ts covers it).
  const notices = async (member: TestMember) => {
    const all = (await member.gql.ok<{ myNotices: { unreadCount: number; nodes: Notice[] } }>(NOTICES))
      .myNotices;
    const holds = all.nodes.filter((n) => (n as { action?: string }).action === 'HELD_FOR_REVIEW');
    const unreadHolds = holds.filter((n) => !(n as { read?: boolean }).read).length;
    return {
      unreadCount: all.unreadCount - unreadHolds,
      nodes: all.nodes.filter((n) => !holds.includes(n)),
    };
  };

  const logFor = async (caseId: string) =>
    t.dataSource.query(
      `SELECT action, actor_id, target_user_id, note FROM moderation_log WHERE case_id = $1`,
      [caseId],
    );

  it.each(KINDS)('applies APPROVE, HIDE, REMOVE and RESTORE to a %s through its domain', async (kind) => {
    const author = await registerMember(t.gql);
    const store = content.get(kind)!;
    const expectations: [string, string, string][] = [
      ['APPROVE', 'PENDING_REVIEW', 'PUBLISHED'],
      ['HIDE', 'PUBLISHED', 'HIDDEN'],
      ['REMOVE', 'PUBLISHED', 'REMOVED'],
      ['RESTORE', 'HIDDEN', 'PUBLISHED'],
    ];
    for (const [action, before, after] of expectations) {
      const { contentId, caseId } = await heldContent(kind, author, before);
      const res = await resolve(moderator, caseId, { action, note: `${action} note` });
      expect(res.errors).toBeUndefined();
      expect(res.data!.resolveCase).toMatchObject({
        status: 'RESOLVED',
        resolution: action,
        assignee: { id: moderator.id },
      });
      expect(store.items.get(contentId)!.status).toBe(after);
      expect(store.applied.at(-1)).toEqual({ id: contentId, outcome: action, actorId: moderator.id });
      expect(await logFor(caseId)).toEqual([
        { action, actor_id: moderator.id, target_user_id: author.id, note: `${action} note` },
      ]);
    }
    const told = await notices(author);
    expect(told.nodes.map((n) => n.action)).toEqual(['RESTORE', 'REMOVE', 'HIDE', 'APPROVE']);
    expect(told.nodes.every((n) => n.contentKind === kind)).toBe(true);
    expect(told.unreadCount).toBe(4);
  });

  it('dismisses without touching the content or telling the author', async () => {
    const author = await registerMember(t.gql);
    const { contentId, caseId } = await heldContent(ContentKind.POST, author, 'PUBLISHED');
    expect((await resolve(moderator, caseId, { action: 'DISMISS' })).errors).toBeUndefined();
    expect(content.get(ContentKind.POST)!.items.get(contentId)!.status).toBe('PUBLISHED');
    expect((await notices(author)).nodes).toHaveLength(0);
    expect((await logFor(caseId))[0].action).toBe('DISMISS');
  });

  it('warns the author with the moderator’s note, leaving the content as it is', async () => {
    const author = await registerMember(t.gql);
    const { contentId, caseId } = await heldContent(ContentKind.COMMENT, author, 'PUBLISHED');
    expect(
      (await resolve(moderator, caseId, { action: 'WARN_USER', note: 'Please be kind.' })).errors,
    ).toBeUndefined();
    expect(content.get(ContentKind.COMMENT)!.items.get(contentId)!.status).toBe('PUBLISHED');
    const [notice] = (await notices(author)).nodes;
    expect(notice).toMatchObject({
      action: 'WARN_USER',
      note: 'Please be kind.',
      contentKind: 'COMMENT',
      contentId,
    });
  });

  it('suspends: the member reads but every write answers FORBIDDEN with the end date', async () => {
    const author = await registerMember(t.gql);
    const { caseId } = await heldContent(ContentKind.POST, author, 'PUBLISHED');
    for (const suspendDays of [undefined, 0, 366]) {
      const bad = await resolve(moderator, caseId, { action: 'SUSPEND_USER', suspendDays });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(
      (await resolve(moderator, caseId, { action: 'HIDE', suspendDays: 3 })).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const before = Date.now();
    expect(
      (await resolve(moderator, caseId, { action: 'SUSPEND_USER', suspendDays: 3 })).errors,
    ).toBeUndefined();

    const { viewer } = await author.gql.ok<{ viewer: { status: string; suspendedUntil: string } }>(
      '{ viewer { status suspendedUntil } }',
    );
    expect(viewer.status).toBe('SUSPENDED');
    const until = new Date(viewer.suspendedUntil).getTime();
    expect(until - before).toBeGreaterThanOrEqual(3 * 86_400_000 - 1000);
    expect(until - before).toBeLessThan(3 * 86_400_000 + 60_000);

    const other = await registerMember(t.gql);
    const write = await author.gql.request(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'USER', contentId: other.id, reason: 'SPAM' },
    });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(write.errors?.[0].extensions?.suspendedUntil).toBe(viewer.suspendedUntil);
    expect(write.errors?.[0].message).toContain(viewer.suspendedUntil);

    const told = await notices(author);
    expect(told.nodes[0]).toMatchObject({ action: 'SUSPEND_USER', suspendedUntil: viewer.suspendedUntil });
    // Reading and marking notices read still work while suspended.
    // (All of them: the suspension, and the hold of the post it was about.)
    expect(await author.gql.ok(`mutation { markNoticesRead }`)).toEqual({ markNoticesRead: 2 });
    const [entry] = await t.dataSource.query(
      `SELECT suspended_until FROM moderation_log WHERE case_id = $1`,
      [caseId],
    );
    expect(new Date(entry.suspended_until).toISOString()).toBe(viewer.suspendedUntil);
  });

  it('bans: the member cannot sign in and their session stops working', async () => {
    const author = await registerMember(t.gql);
    const { caseId } = await heldContent(ContentKind.CHAT_MESSAGE, author, 'VISIBLE');
    expect(
      (await resolve(moderator, caseId, { action: 'BAN_USER', note: 'Selling ketamine' })).errors,
    ).toBeUndefined();
    await expect(signIn(t.gql, author.email, author.password)).rejects.toThrow(/FORBIDDEN/);
    expect(await author.gql.errorCode('{ viewer { status } }')).toBe('FORBIDDEN');
    const [row] = await t.dataSource.query(`SELECT status FROM users WHERE id = $1`, [author.id]);
    expect(row.status).toBe('BANNED');
  });

  it('refuses content actions on a member case and acts on the member instead', async () => {
    const target = await registerMember(t.gql);
    const reporter = await registerMember(t.gql);
    await reporter.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'USER', contentId: target.id, reason: 'HARASSMENT' },
    });
    const [{ id: caseId }] = await t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_kind = 'USER' AND content_id = $1`,
      [target.id],
    );
    for (const action of ['APPROVE', 'HIDE', 'REMOVE', 'RESTORE']) {
      expect((await resolve(moderator, caseId, { action })).errors?.[0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect(
      (await resolve(moderator, caseId, { action: 'WARN_USER', note: 'Mind your words' })).errors,
    ).toBeUndefined();
    expect((await notices(target)).nodes[0]).toMatchObject({ action: 'WARN_USER', contentKind: null });
  });

  it('claims: a claim is the moderator’s; resolving another’s claim needs force (logged); a resolved case is CONFLICT', async () => {
    const author = await registerMember(t.gql);
    const { caseId } = await heldContent(ContentKind.POST, author, 'PUBLISHED');
    const claimed = await moderator.gql.ok<{ claimCase: { assignee: { id: string }; claimedAt: string } }>(
      CLAIM,
      {
        id: caseId,
      },
    );
    expect(claimed.claimCase.assignee).toEqual({ id: moderator.id });
    expect(claimed.claimCase.claimedAt).toBeTruthy();
    expect((await moderator.gql.request(CLAIM, { id: caseId })).errors).toBeUndefined();
    const second = await registerModerator(t.gql);
    expect(await second.gql.errorCode(CLAIM, { id: caseId })).toBe('CONFLICT');
    const unforced = await resolve(second, caseId, { action: 'DISMISS' });
    expect(unforced.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', assigneeId: moderator.id });
    expect((await resolve(second, caseId, { action: 'DISMISS', force: true })).errors).toBeUndefined();
    const log = await moderator.gql.ok<{ moderationLog: { nodes: { caseId: string; forced: boolean }[] } }>(
      '{ moderationLog(first: 5) { nodes { caseId forced } } }',
    );
    expect(log.moderationLog.nodes.find((e) => e.caseId === caseId)).toEqual({ caseId, forced: true });
    expect(await moderator.gql.errorCode(CLAIM, { id: caseId })).toBe('CONFLICT');
    expect((await resolve(moderator, caseId, { action: 'HIDE' })).errors?.[0].extensions?.code).toBe(
      'CONFLICT',
    );
    expect(await moderator.gql.errorCode(CLAIM, { id: randomUUID() })).toBe('NOT_FOUND');
    expect((await resolve(moderator, randomUUID(), { action: 'HIDE' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('never lets a moderator handle a case about themself, or a moderator act on another moderator', async () => {
    const { caseId } = await heldContent(ContentKind.POST, moderator, 'PUBLISHED');
    expect(await moderator.gql.errorCode(CLAIM, { id: caseId })).toBe('FORBIDDEN');
    expect((await resolve(moderator, caseId, { action: 'APPROVE' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const second = await registerModerator(t.gql);
    expect(
      (await resolve(second, caseId, { action: 'SUSPEND_USER', suspendDays: 2 })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const admin = await signInAdmin(t.gql);
    expect((await resolve(admin, caseId, { action: 'WARN_USER' })).errors).toBeUndefined();
  });

  it('keeps the case open and logs nothing when the action fails in the content’s domain', async () => {
    const author = await registerMember(t.gql);
    const { contentId, caseId } = await heldContent(ContentKind.TESTIMONIAL, author, 'PUBLISHED');
    content.get(ContentKind.TESTIMONIAL)!.items.delete(contentId);
    expect((await resolve(moderator, caseId, { action: 'HIDE' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const [row] = await t.dataSource.query(`SELECT status FROM moderation_cases WHERE id = $1`, [caseId]);
    expect(row.status).toBe('OPEN');
    expect(await logFor(caseId)).toEqual([]);
    expect((await resolve(moderator, caseId, { action: 'DISMISS' })).errors).toBeUndefined();
  });

  it('opens a new case when resolved content is reported again; the history keeps both', async () => {
    const author = await registerMember(t.gql);
    const { contentId, caseId } = await heldContent(ContentKind.POST, author, 'PUBLISHED');
    await resolve(moderator, caseId, { action: 'DISMISS' });
    const reporter = await registerMember(t.gql);
    await reporter.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'POST', contentId, reason: 'HARASSMENT' },
    });
    const { memberCaseHistory } = await moderator.gql.ok<{
      memberCaseHistory: { nodes: { id: string; status: string; priority: string; reportCount: number }[] };
    }>(`query($u: ID!) { memberCaseHistory(userId: $u) { nodes { id status priority reportCount } } }`, {
      u: author.id,
    });
    expect(memberCaseHistory.nodes).toHaveLength(2);
    expect(memberCaseHistory.nodes[0]).toMatchObject({ status: 'OPEN', priority: 'HIGH', reportCount: 1 });
    expect(memberCaseHistory.nodes[1]).toMatchObject({ id: caseId, status: 'RESOLVED' });
  });

  it('keeps notices private and marks only the member’s own as read', async () => {
    const author = await registerMember(t.gql);
    const { caseId } = await heldContent(ContentKind.POST, author, 'PUBLISHED');
    await resolve(moderator, caseId, { action: 'HIDE' });
    const [notice] = (await notices(author)).nodes;
    const stranger = await registerMember(t.gql);
    expect((await notices(stranger)).nodes).toHaveLength(0);
    expect(
      await stranger.gql.ok(`mutation($ids: [ID!]) { markNoticesRead(ids: $ids) }`, { ids: [notice.id] }),
    ).toEqual({
      markNoticesRead: 0,
    });
    expect((await notices(author)).unreadCount).toBe(1);
    expect(
      await author.gql.ok(`mutation($ids: [ID!]) { markNoticesRead(ids: $ids) }`, { ids: [notice.id] }),
    ).toEqual({
      markNoticesRead: 1,
    });
    const after = await notices(author);
    expect(after.unreadCount).toBe(0);
    expect(after.nodes[0].read).toBe(true);
    expect(await t.gql.errorCode(NOTICES)).toBe('UNAUTHENTICATED');
  });
});
