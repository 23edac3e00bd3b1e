import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import {
  AccountStatus,
  MODERATION_NAMESPACE,
  NOTIFICATIONS_NAMESPACE,
  NotificationKind,
} from '@haven/shared/contracts';
import { UsersService } from '@haven/server/identity';
import { EscalationService, casePath } from '@haven/server/moderation';
import {
  controlClock,
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  startTestSmtpServer,
  type ControlledClock,
  type GraphqlClient,
  type TestApp,
  type TestMember,
  type TestSmtpServer,
} from '@haven/server/testing';
import { AppModule } from '../../apps/api/src/app.module';

// Escalation through the whole application: an URGENT case left unclaimed for URGENT_ESCALATION_MINUTES
// pages the on-call moderators (everyone who moderates when nobody is on call) in the app, live and by
// e-mail, once; `case:escalated` reaches /moderation. Time moves with the Clock, and the job handler is
// run here directly, as the queue would.

const MINUTE = 60_000;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const REPORT = `mutation($input: ReportInput!) { report(input: $input) { id } }`;
const QUEUE = `{ moderationQueue(first: 100) { nodes { id contentId priority } } }`;
const CLAIM = `mutation($id: ID!) { claimCase(id: $id) { id } }`;
const SET_ON_CALL = `mutation($onCall: Boolean!) { setOnCall(onCall: $onCall) }`;
const VIEWER_ON_CALL = `{ viewer { onCall } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { nodes { kind summary path actor { id } } } }`;
const STATS = `query($days: Int) { urgentResponseStats(days: $days) { claimMinutesP50 claimMinutesP90 cases } }`;
const AGES = `{ openCasesByAge { label fromMinutes toMinutes count urgentCount } }`;

/** What the reported post and the report say; none of it may reach a page. */
const SECRETS = ['Lanterns over the harbour', 'violet-kestrel-4471', 'amber-sparrow-note'];

function connect(url: string, namespace: string, token: string): Socket {
  return io(url + namespace, {
    auth: { token },
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

/** The first `event` whose payload matches, within a few seconds. */
function next<T>(socket: Socket, event: string, match: (payload: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000);
    const handler = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

interface NotificationNode {
  kind: string;
  summary: string;
  path: string;
  actor: { id: string } | null;
}

describe('escalation of URGENT cases', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let clock: ControlledClock;
  let categoryId: string;
  let author: TestMember;
  let reporter: TestMember;
  let admin: TestMember;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Haven <haven@haven.test>',
        PUBLIC_URL: 'http://haven.test',
        URGENT_ESCALATION_MINUTES: '5',
      },
    });
    clock = controlClock(t.app);
    const { categories } = await t.gql.ok<{ categories: { id: string }[] }>(`{ categories { id } }`);
    categoryId = categories[0].id;
    author = await registerMember(t.gql);
    reporter = await registerMember(t.gql);
    admin = await signInAdmin(t.gql);
  });
  afterEach(async () => {
    clock.restore();
    await t.dataSource.query(`UPDATE users SET on_call = false`);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A post reported for crisis risk: its case is URGENT and unclaimed. */
  const urgentCase = async (): Promise<string> => {
    const { createPost } = await author.gql.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      input: { categoryId, title: SECRETS[0], body: `A quiet evening, ${SECRETS[1]}.` },
    });
    await reporter.gql.ok(REPORT, {
      input: { contentKind: 'POST', contentId: createPost.post.id, reason: 'CRISIS_RISK', note: SECRETS[2] },
    });
    const { moderationQueue } = await admin.gql.ok<{
      moderationQueue: { nodes: { id: string; contentId: string; priority: string }[] };
    }>(QUEUE);
    const found = moderationQueue.nodes.find((c) => c.contentId === createPost.post.id);
    expect(found?.priority).toBe('URGENT');
    return found!.id;
  };

  const pagesFor = async (gql: GraphqlClient, caseId: string) =>
    (
      await gql.ok<{ notifications: { nodes: NotificationNode[] } }>(NOTIFICATIONS)
    ).notifications.nodes.filter(
      (n) => n.kind === NotificationKind.URGENT_ESCALATION && n.path === casePath(caseId),
    );

  const escalation = () => t.app.get(EscalationService);

  it('pages nobody before the configured minutes, then every moderator (nobody on call) once, live, in the app and by e-mail revealing nothing of the case', async () => {
    const moderator = await registerModerator(t.gql);
    const other = await registerModerator(t.gql);
    const caseId = await urgentCase();
    const moderation = connect(t.url, MODERATION_NAMESPACE, moderator.accessToken);
    const notifications = connect(t.url, NOTIFICATIONS_NAMESPACE, moderator.accessToken);
    try {
      await Promise.all([connected(moderation), connected(notifications)]);

      clock.advance(4 * MINUTE + 50_000);
      expect(await escalation().escalate([caseId])).toBe(0);
      expect(await escalation().runPlanned({ caseId })).toBe(0);
      expect(await pagesFor(moderator.gql, caseId)).toEqual([]);

      clock.advance(15_000);
      const escalated = next<{ id: string; priority: string }>(
        moderation,
        'case:escalated',
        (c) => c.id === caseId,
      );
      const live = next<NotificationNode>(
        notifications,
        'notification:new',
        (n) => n.path === casePath(caseId),
      );
      expect(await escalation().runPlanned({ caseId })).toBe(1);
      expect(await escalated).toMatchObject({ id: caseId, priority: 'URGENT' });
      const page = await live;
      expect(page.kind).toBe(NotificationKind.URGENT_ESCALATION);

      // Once only, however often the job or the sweep runs.
      clock.advance(30 * MINUTE);
      expect(await escalation().runPlanned({ caseId })).toBe(0);
      expect(await escalation().escalate(null)).toBe(0);

      for (const member of [moderator, other, admin]) {
        const pages = await pagesFor(member.gql, caseId);
        expect(pages).toHaveLength(1);
        expect(pages[0]).toMatchObject({ actor: null, path: `/moderation/cases/${caseId}` });
        for (const secret of SECRETS) expect(JSON.stringify(pages[0])).not.toContain(secret);
      }
      // Members who do not moderate are never paged.
      expect(await pagesFor(author.gql, caseId)).toEqual([]);
      expect(await pagesFor(reporter.gql, caseId)).toEqual([]);

      // E-mail at once; the subject and body name no content.
      const mail = await smtp.waitForMail((m) => m.to.includes(other.email) && /urgent/i.test(m.subject));
      expect(mail.subject).toBe('An urgent case is waiting on Haven');
      expect(mail.text).toContain(`http://haven.test/moderation/cases/${caseId}`);
      for (const secret of [...SECRETS, author.handle, reporter.handle])
        expect(mail.raw).not.toContain(secret);
      const rows = await t.dataSource.query<{ delivery: string }[]>(
        `SELECT delivery FROM notifications WHERE kind = 'URGENT_ESCALATION' AND path = $1`,
        [casePath(caseId)],
      );
      expect(rows.map((r) => r.delivery)).toEqual(rows.map(() => 'EMAIL_NOW'));
    } finally {
      moderation.close();
      notifications.close();
    }
  });

  it('a moderator whose digest preference is set still gets the page by e-mail at once', async () => {
    const moderator = await registerModerator(t.gql);
    await moderator.gql.ok(
      `mutation { setNotificationPreference(kind: URGENT_ESCALATION, delivery: EMAIL_DIGEST) { kind } }`,
    );
    await moderator.gql.ok(SET_ON_CALL, { onCall: true });
    const caseId = await urgentCase();
    clock.advance(6 * MINUTE);
    expect(await escalation().escalate([caseId])).toBe(1);
    const [row] = await t.dataSource.query<{ delivery: string; urgent: boolean }[]>(
      `SELECT delivery, urgent FROM notifications WHERE recipient_id = $1 AND path = $2`,
      [moderator.id, casePath(caseId)],
    );
    expect(row).toEqual({ delivery: 'EMAIL_NOW', urgent: true });
    const mail = await smtp.waitForMail((m) => m.to.includes(moderator.email) && /urgent/i.test(m.subject));
    expect(mail.subject).toBe('An urgent case is waiting on Haven');
  });

  it('pages only the moderators on call when someone is, and never a claimed case', async () => {
    const onCall = await registerModerator(t.gql);
    const offCall = await registerModerator(t.gql);
    expect(await onCall.gql.ok<{ setOnCall: boolean }>(SET_ON_CALL, { onCall: true })).toEqual({
      setOnCall: true,
    });
    const paged = await urgentCase();
    const claimed = await urgentCase();
    await offCall.gql.ok(CLAIM, { id: claimed });

    clock.advance(6 * MINUTE);
    expect(await escalation().escalate([paged, claimed])).toBe(1);
    expect(await pagesFor(onCall.gql, paged)).toHaveLength(1);
    expect(await pagesFor(offCall.gql, paged)).toEqual([]);
    expect(await pagesFor(admin.gql, paged)).toEqual([]);
    expect(await pagesFor(onCall.gql, claimed)).toEqual([]);
    expect(await pagesFor(offCall.gql, claimed)).toEqual([]);
  });

  it('setOnCall: visitors, members and suspended accounts are refused; moderators and admins see their state', async () => {
    const member = await registerMember(t.gql);
    const suspendedMember = await registerMember(t.gql);
    const moderator = await registerModerator(t.gql);
    const suspendedModerator = await registerModerator(t.gql);
    const users = t.app.get(UsersService);
    for (const m of [suspendedMember, suspendedModerator]) {
      await users.setStatus(m.id, AccountStatus.SUSPENDED, new Date(Date.now() + 86_400_000));
    }
    expect(await t.gql.errorCode(SET_ON_CALL, { onCall: true })).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode(SET_ON_CALL, { onCall: true })).toBe('FORBIDDEN');
    expect(await suspendedMember.gql.errorCode(SET_ON_CALL, { onCall: true })).toBe('FORBIDDEN');
    expect(await suspendedModerator.gql.errorCode(SET_ON_CALL, { onCall: true })).toBe('FORBIDDEN');
    for (const query of [STATS, AGES]) {
      expect(await t.gql.errorCode(query)).toBe('UNAUTHENTICATED');
      expect(await member.gql.errorCode(query)).toBe('FORBIDDEN');
    }
    expect(await member.gql.ok(VIEWER_ON_CALL)).toEqual({ viewer: { onCall: null } });

    for (const who of [moderator, admin]) {
      expect(await who.gql.ok(VIEWER_ON_CALL)).toEqual({ viewer: { onCall: false } });
      expect(await who.gql.ok(SET_ON_CALL, { onCall: true })).toEqual({ setOnCall: true });
      expect(await who.gql.ok(VIEWER_ON_CALL)).toEqual({ viewer: { onCall: true } });
      expect(await who.gql.ok(SET_ON_CALL, { onCall: false })).toEqual({ setOnCall: false });
      expect(await who.gql.ok(VIEWER_ON_CALL)).toEqual({ viewer: { onCall: false } });
    }
    // The suspended moderator was never put on call, so is never paged as on call.
    const [row] = await t.dataSource.query<{ on_call: boolean }[]>(
      `SELECT on_call FROM users WHERE id = $1`,
      [suspendedModerator.id],
    );
    expect(row.on_call).toBe(false);
    expect(await moderator.gql.errorCode(STATS, { days: 0 })).toBe('BAD_USER_INPUT');
    expect(await moderator.gql.errorCode(STATS, { days: 366 })).toBe('BAD_USER_INPUT');
  });

  it('the dashboard: time to claim URGENT cases over 7 and 30 days, and open cases by age, from hand-made cases', async () => {
    const now = new Date('2100-01-01T12:00:00.000Z');
    clock.set(now);
    const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE);
    const insert = (row: {
      priority: string;
      rank: number;
      createdAt: Date;
      claimedAfter?: number;
      open?: boolean;
    }) =>
      t.dataSource.query(
        `INSERT INTO moderation_cases (content_kind, content_id, excerpt, priority, priority_rank, status,
           urgent_at, claimed_at, resolved_at, created_at)
         VALUES ('POST', $1, 'hand-made', $2, $3, $4, $5, $6, $7, $8)`,
        [
          randomUUID(),
          row.priority,
          row.rank,
          row.open ? 'OPEN' : 'RESOLVED',
          row.rank === 0 ? row.createdAt : null,
          row.claimedAfter === undefined
            ? null
            : new Date(row.createdAt.getTime() + row.claimedAfter * MINUTE),
          row.open ? null : new Date(row.createdAt.getTime() + 120 * MINUTE),
          row.createdAt,
        ],
      );
    const DAY = 24 * 60;
    for (const [i, minutes] of [2, 4, 6, 8, 10].entries()) {
      await insert({ priority: 'URGENT', rank: 0, createdAt: ago((i + 1) * DAY), claimedAfter: minutes });
    }
    await insert({ priority: 'URGENT', rank: 0, createdAt: ago(20 * DAY), claimedAfter: 30 });
    await insert({ priority: 'URGENT', rank: 0, createdAt: ago(40 * DAY), claimedAfter: 1 });
    await insert({ priority: 'HIGH', rank: 1, createdAt: ago(DAY), claimedAfter: 500 });
    // Open: one URGENT unclaimed for 10 minutes, one case 2 hours old, one 3 days old.
    await insert({ priority: 'URGENT', rank: 0, createdAt: ago(10), open: true });
    await insert({ priority: 'NORMAL', rank: 2, createdAt: ago(120), claimedAfter: 5, open: true });
    await insert({ priority: 'LOW', rank: 3, createdAt: ago(3 * DAY), open: true });

    const stats = async (days: number) =>
      (await admin.gql.ok<{ urgentResponseStats: unknown }>(STATS, { days })).urgentResponseStats;
    expect(await stats(7)).toEqual({ claimMinutesP50: 6, claimMinutesP90: 9.2, cases: 6 });
    expect(await stats(30)).toEqual({ claimMinutesP50: 7, claimMinutesP90: 20, cases: 7 });
    expect(await admin.gql.ok(`{ urgentResponseStats { cases } }`)).toEqual({
      urgentResponseStats: { cases: 6 },
    });

    // Every other open case of this database is older than a week at this clock.
    const [{ older }] = await t.dataSource.query<{ older: number }[]>(
      `SELECT count(*)::int AS older FROM moderation_cases WHERE status = 'OPEN' AND created_at < $1`,
      [ago(7 * DAY)],
    );
    const { openCasesByAge } = await admin.gql.ok<{ openCasesByAge: unknown[] }>(AGES);
    expect(openCasesByAge).toEqual([
      { label: 'Under 1 hour', fromMinutes: 0, toMinutes: 60, count: 1, urgentCount: 1 },
      { label: '1 to 24 hours', fromMinutes: 60, toMinutes: DAY, count: 1, urgentCount: 0 },
      { label: '1 to 7 days', fromMinutes: DAY, toMinutes: 7 * DAY, count: 1, urgentCount: 0 },
      {
        label: 'Over 7 days',
        fromMinutes: 7 * DAY,
        toMinutes: null,
        count: older,
        urgentCount: expect.any(Number),
      },
    ]);
    await t.dataSource.query(`DELETE FROM moderation_cases WHERE excerpt = 'hand-made'`);
  });
});

describe('setOnCall rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      appModule: (config) => AppModule.forRoot(config),
      env: { RATE_LIMIT_WRITE: '3/600' },
    });
  });
  afterAll(() => t.close());

  it('answers RATE_LIMITED once a moderator toggles too often', async () => {
    const moderator = await registerModerator(t.gql);
    for (const onCall of [true, false, true]) {
      expect(await moderator.gql.ok(SET_ON_CALL, { onCall })).toEqual({ setOnCall: onCall });
    }
    expect(await moderator.gql.errorCode(SET_ON_CALL, { onCall: false })).toBe('RATE_LIMITED');
    expect(await moderator.gql.ok(VIEWER_ON_CALL)).toEqual({ viewer: { onCall: true } });
  });
});
