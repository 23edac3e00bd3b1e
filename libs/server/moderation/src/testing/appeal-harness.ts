import { EventEmitter2 } from '@nestjs/event-emitter';
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
  registerModerator,
  signInAdmin,
  type ControlledClock,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { ModerationModule } from '../moderation.module';
import { moderationEntities } from '../moderation.database';
import { MemoryContent } from './memory-content';

export const DAY = 24 * 60 * 60 * 1000;
export const APPEAL = `mutation($n: ID!, $note: String!) {
  appeal(noticeId: $n, note: $note) { id noticeId status note createdAt decidedAt appealedAction decisionNote } }`;
export const MY_APPEALS = `{ myAppeals { id noticeId status note decidedAt appealedAction decisionNote } }`;
export const NOTICES = `{ myNotices(first: 50) { nodes { id action message note contentKind contentId appealableUntil
  createdAt appeal { id status } } } }`;
export const RESOLVE = `mutation($id: ID!, $i: ResolveCaseInput!) {
  resolveCase(id: $id, input: $i) { id status resolution } }`;
export const CLAIM = `mutation($id: ID!) { claimCase(id: $id) { id assignee { id } } }`;
export const CASE = `query($id: ID!) { moderationCase(id: $id) { id status sources contentKind contentId excerpt
  author { id } appeal { id note status appealedAction } appealedDecision { action note actor { id } } } }`;
export const VIEWER = `{ viewer { status suspendedUntil } }`;

export interface Notice {
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

/**
 * A moderation server for appeal tests, with posts held in a double of the forum, two moderators (the
 * one who acts and another) and the administrator; registers its own beforeAll / afterEach / afterAll.
 */
export function useAppealHarness() {
  const h = {
    posts: new MemoryContent(),
    notified: [] as NotificationRequest[],
  } as {
    t: TestApp;
    clock: ControlledClock;
    events: EventEmitter2;
    posts: MemoryContent;
    acting: TestMember;
    second: TestMember;
    admin: TestMember;
    notified: NotificationRequest[];
  };

  beforeAll(async () => {
    h.t = await createTestApp({ imports: [ModerationModule], entities: moderationEntities });
    h.clock = controlClock(h.t.app);
    h.events = h.t.app.get(EventEmitter2);
    h.events.on(NOTIFICATION_REQUESTED_EVENT, (request: NotificationRequest) => h.notified.push(request));
    h.t.app.get(ModeratedContentRegistry).register(ContentKind.POST, h.posts);
    h.acting = await registerModerator(h.t.gql);
    h.second = await registerModerator(h.t.gql);
    h.admin = await signInAdmin(h.t.gql);
  });
  afterEach(() => h.clock.restore());
  afterAll(() => h.t.close());

  const submit = (authorId: string, contentId: string, edited: boolean, held: boolean) => {
    const event: ContentSubmittedEvent = {
      kind: ContentKind.POST,
      id: contentId,
      authorId,
      excerpt: 'Here is how I got through last night',
      edited,
      assessment: {
        crisisDetected: false,
        heldForReview: held,
        blocked: false,
        autoFlags: held ? ['drug-sourcing'] : ['a-rule'],
        priority: held ? null : ('NORMAL' as never),
        addWarnings: [],
      },
    };
    return h.events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
  };

  const notices = async (member: TestMember) =>
    (await member.gql.ok<{ myNotices: { nodes: Notice[] } }>(NOTICES)).myNotices.nodes;

  /** A post by `author` on which the acting moderator took `action`; the post, its case and the notice. */
  async function decided(author: TestMember, action: string, extra: Record<string, unknown> = {}) {
    const contentId = h.posts.add(author.id, 'Here is how I got through last night');
    await submit(author.id, contentId, false, false);
    const [{ id: caseId }] = await h.t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1 AND status = 'OPEN'`,
      [contentId],
    );
    const res = await h.acting.gql.request(RESOLVE, {
      id: caseId,
      i: { action, note: 'Against the guidelines.', ...extra },
    });
    expect(res.errors).toBeUndefined();
    const notice = (await notices(author)).find((n) => n.contentId === contentId || n.action === action)!;
    return { contentId, caseId: caseId as string, notice };
  }

  const appeal = (member: TestMember, noticeId: string, note = 'I was sharing what helped me.') =>
    member.gql.request<{ appeal: { id: string; status: string } }>(APPEAL, { n: noticeId, note });

  const appealCaseOf = async (appealId: string) =>
    (await h.t.dataSource.query(`SELECT case_id FROM moderation_appeals WHERE id = $1`, [appealId]))[0]
      .case_id as string;

  const counts = async () =>
    (
      await h.t.dataSource.query(
        `SELECT (SELECT count(*) FROM moderation_appeals)::int AS appeals,
                (SELECT count(*) FROM moderation_cases)::int AS cases,
                (SELECT count(*) FROM moderation_log)::int AS log`,
      )
    )[0] as { appeals: number; cases: number; log: number };

  return Object.assign(h, { submit, notices, decided, appeal, appealCaseOf, counts });
}
