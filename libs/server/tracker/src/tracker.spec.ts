import { execFile } from 'node:child_process';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { ACCOUNT_STATUS_CHANGED_EVENT, type AccountStatusChangedEvent } from '@haven/server/core';
import { ModerationModule, moderationEntities } from '@haven/server/moderation';
import { SafetyModule, safetyEntities } from '@haven/server/safety';
import {
  createTestApp,
  registerMember,
  registerModerator,
  signInAdmin,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import { CHECK_IN_WITH_ME_EXCERPT } from './tracker.service';
import { TrackerModule } from './tracker.module';
import { trackerEntities } from './tracker.database';

const TRACKER = `{ myTracker { checkInConsent sessions { id date modality setting notes } moods { id date scale score item9 } } }`;
const LOG_SESSION = `mutation($input: TrackerSessionInput!) { logTrackerSession(input: $input) { id date modality setting notes } }`;
const LOG_MOOD = `mutation($input: MoodEntryInput!) { logMood(input: $input) {
  entry { id score scale item9 } safety { crisisDetected heldForReview resources { name } } } }`;
const DELETE_SESSION = `mutation($id: ID!) { deleteTrackerSession(id: $id) }`;
const DELETE_MOOD = `mutation($id: ID!) { deleteMoodEntry(id: $id) }`;
const CONSENT = `mutation($on: Boolean!) { setTrackerCheckInConsent(enabled: $on) { checkInConsent } }`;

interface Tracker {
  checkInConsent: boolean;
  sessions: { id: string; date: string; modality: string; notes: string | null }[];
  moods: { id: string; score: number; scale: string; item9: number | null }[];
}

const answers = (total: number, item9 = 0): number[] => {
  const a = [0, 0, 0, 0, 0, 0, 0, 0, item9];
  let left = total - item9;
  for (let i = 0; i < 8 && left > 0; i++) {
    a[i] = Math.min(3, left);
    left -= a[i];
  }
  return a;
};

/** The text of a PDF, read back with pdf-parse (in its own Node process: pdf.js loads its worker as an ES module). */
function pdfText(pdf: Buffer): Promise<string> {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const { text } = await parser.getText();
      await parser.destroy();
      process.stdout.write(text);
    });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin?.end(pdf);
  });
}

describe('the private relief tracker', () => {
  let t: TestApp;
  let owner: TestMember;
  let other: TestMember;
  let moderator: TestMember;
  let admin: TestMember;
  let sessionId: string;
  let moodId: string;

  const tracker = async (who: TestMember) => (await who.gql.ok<{ myTracker: Tracker }>(TRACKER)).myTracker;
  const download = (path: string, token: string | null) =>
    fetch(`${t.url}/api/tracker/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await createTestApp({
      imports: [SafetyModule, ModerationModule, TrackerModule],
      entities: [...safetyEntities, ...moderationEntities, ...trackerEntities],
    });
    owner = await registerMember(t.gql);
    other = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    admin = await signInAdmin(t.gql);
    const s = await owner.gql.ok<{ logTrackerSession: { id: string } }>(LOG_SESSION, {
      input: {
        date: '2026-01-05T10:00:00Z',
        modality: 'IV_INFUSION',
        setting: 'CLINIC',
        notes: 'First infusion, calm',
      },
    });
    sessionId = s.logTrackerSession.id;
    await owner.gql.ok(LOG_SESSION, { input: { date: '2026-01-08T10:00:00Z', modality: 'IV_INFUSION' } });
    const m = await owner.gql.ok<{ logMood: { entry: { id: string } } }>(LOG_MOOD, {
      input: { date: '2026-01-04T09:00:00Z', scale: 'PHQ9', score: 19, phq9Answers: answers(19) },
    });
    moodId = m.logMood.entry.id;
    await owner.gql.ok(LOG_MOOD, { input: { date: '2026-01-20T09:00:00Z', scale: 'PHQ9', score: 8 } });
    await owner.gql.ok(LOG_MOOD, { input: { date: '2026-01-21T09:00:00Z', scale: 'ZERO_TO_TEN', score: 7 } });
  });
  afterAll(() => t.close());

  it('the owner reads their log in date order', async () => {
    const mine = await tracker(owner);
    expect(mine.sessions.map((s) => s.notes)).toEqual(['First infusion, calm', null]);
    expect(mine.moods.map((m) => [m.scale, m.score, m.item9])).toEqual([
      ['PHQ9', 19, 0],
      ['PHQ9', 8, null],
      ['ZERO_TO_TEN', 7, null],
    ]);
    expect(mine.checkInConsent).toBe(false);
  });

  it('nobody else can read or change it: another member, a moderator, an admin, a visitor', async () => {
    for (const who of [other, moderator, admin]) {
      const theirs = await tracker(who);
      expect(theirs).toEqual({ checkInConsent: false, sessions: [], moods: [] });
      expect(await who.gql.errorCode(DELETE_SESSION, { id: sessionId })).toBe('NOT_FOUND');
      expect(await who.gql.errorCode(DELETE_MOOD, { id: moodId })).toBe('NOT_FOUND');
      const pdf = await (await download('summary.csv', who.accessToken)).text();
      expect(pdf).not.toContain('2026-01-05');
      const exported = (await who.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData;
      expect(exported).not.toContain(sessionId);
    }
    expect(await t.gql.errorCode(TRACKER)).toBe('UNAUTHENTICATED');
    expect((await download('summary.pdf', null)).status).toBe(401);
    expect((await download('summary.csv', 'not-a-token')).status).toBe(401);
    // Still all there.
    const mine = await tracker(owner);
    expect(mine.sessions).toHaveLength(2);
    expect(mine.moods).toHaveLength(3);
  });

  it('no query of the schema takes another member’s id to reach a log', async () => {
    const res = await owner.gql.ok<{ __type: { fields: { name: string; args: { name: string }[] }[] } }>(
      `{ __type(name: "Query") { fields { name args { name } } } }`,
    );
    const tracker = res.__type.fields.find((f) => f.name === 'myTracker');
    expect(tracker?.args).toEqual([]);
  });

  it('refuses bad input with a clear error and stores nothing', async () => {
    const bad = [
      [LOG_SESSION, { input: { date: '2999-01-01T00:00:00Z', modality: 'IV_INFUSION' } }],
      [
        LOG_SESSION,
        { input: { date: '2026-01-01T00:00:00Z', modality: 'IV_INFUSION', notes: 'x'.repeat(1001) } },
      ],
      [LOG_MOOD, { input: { date: '2026-01-01T00:00:00Z', scale: 'PHQ9', score: 30 } }],
      [LOG_MOOD, { input: { date: '2026-01-01T00:00:00Z', scale: 'ZERO_TO_TEN', score: 11 } }],
      [
        LOG_MOOD,
        { input: { date: '2026-01-01T00:00:00Z', scale: 'PHQ9', score: 5, phq9Answers: [1, 1, 1] } },
      ],
      [DELETE_MOOD, { id: 'not-an-id' }],
    ] as const;
    for (const [query, variables] of bad)
      expect(await owner.gql.errorCode(query, variables)).toBe('BAD_USER_INPUT');
    const mine = await tracker(owner);
    expect(mine.sessions).toHaveLength(2);
    expect(mine.moods).toHaveLength(3);
  });

  it('a severe entry shows crisis resources at once; moderators hear of it only with prior consent', async () => {
    const cases = () =>
      t.dataSource.query(
        `SELECT content_kind, content_id, priority, excerpt FROM moderation_cases WHERE content_id = $1`,
        [other.id],
      ) as Promise<{ content_kind: string; priority: string; excerpt: string }[]>;
    // Item 9 above 0, without consent: resources, no case.
    const first = await other.gql.ok<{
      logMood: { safety: { crisisDetected: boolean; resources: unknown[] } };
    }>(LOG_MOOD, {
      input: { date: '2026-02-01T09:00:00Z', scale: 'PHQ9', score: 9, phq9Answers: answers(9, 1) },
    });
    expect(first.logMood.safety.crisisDetected).toBe(true);
    expect(first.logMood.safety.resources.length).toBeGreaterThan(0);
    expect(await cases()).toEqual([]);
    // A milder entry shows nothing.
    const mild = await other.gql.ok<{ logMood: { safety: { crisisDetected: boolean } } }>(LOG_MOOD, {
      input: { date: '2026-02-02T09:00:00Z', scale: 'PHQ9', score: 12 },
    });
    expect(mild.logMood.safety.crisisDetected).toBe(false);
    // With consent, a score of 20 or more asks moderators to check in, without the figures.
    expect(
      (await other.gql.ok<{ setTrackerCheckInConsent: Tracker }>(CONSENT, { on: true }))
        .setTrackerCheckInConsent.checkInConsent,
    ).toBe(true);
    await other.gql.ok(LOG_MOOD, { input: { date: '2026-02-03T09:00:00Z', scale: 'PHQ9', score: 21 } });
    const opened = await cases();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      content_kind: 'USER',
      priority: 'URGENT',
      excerpt: CHECK_IN_WITH_ME_EXCERPT,
    });
    expect(opened[0].excerpt).not.toMatch(/\d/);
  });

  it('the clinician summary: a PDF with the member’s figures (parsed back) and a CSV of every entry', async () => {
    const res = await download('summary.pdf', owner.accessToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('Relief tracker summary');
    expect(text).toMatch(/Sessions logged: 2, from 2026-01-05 to 2026-01-08/);
    expect(text).toMatch(/PHQ-9 first: 19 on 2026-01-04\. Latest: 8 on 2026-01-20\./);
    expect(text).toMatch(/Change from first to latest: 58% lower/);
    expect(text).toMatch(/IV infusion 2/);
    const csv = await (await download('summary.csv', owner.accessToken)).text();
    expect(csv.split('\r\n')).toEqual([
      'type,date,modality,setting,scale,score,notes',
      'mood,2026-01-04,,,PHQ9,19,',
      'session,2026-01-05,IV_INFUSION,CLINIC,,,"First infusion, calm"',
      'session,2026-01-08,IV_INFUSION,,,,',
      'mood,2026-01-20,,,PHQ9,8,',
      'mood,2026-01-21,,,ZERO_TO_TEN,7,',
      '',
    ]);
  });

  it('a suspended member keeps their own log (it is private, not a post)', async () => {
    const member = await registerMember(t.gql);
    const [row] = await t.dataSource.query<{ suspended_until: Date }[]>(
      `UPDATE users SET status = 'SUSPENDED', suspended_until = now() + interval '3 days' WHERE id = $1
       RETURNING suspended_until`,
      [member.id],
    );
    const suspended: AccountStatusChangedEvent = {
      userId: member.id,
      status: 'SUSPENDED',
      suspendedUntil: row.suspended_until,
    };
    t.app.get(EventEmitter2).emit(ACCOUNT_STATUS_CHANGED_EVENT, suspended);
    await member.gql.ok(LOG_MOOD, {
      input: { date: '2026-02-01T09:00:00Z', scale: 'ZERO_TO_TEN', score: 4 },
    });
    expect((await tracker(member)).moods.map((m) => m.score)).toEqual([4]);
  });

  it('the owner deletes single entries', async () => {
    const extra = await owner.gql.ok<{ logTrackerSession: { id: string } }>(LOG_SESSION, {
      input: { date: '2026-01-09T10:00:00Z', modality: 'OTHER' },
    });
    expect(await owner.gql.ok(DELETE_SESSION, { id: extra.logTrackerSession.id })).toEqual({
      deleteTrackerSession: true,
    });
    expect(await owner.gql.errorCode(DELETE_SESSION, { id: extra.logTrackerSession.id })).toBe('NOT_FOUND');
  });

  it('the log is in the data export and erased when the account is deleted', async () => {
    const exported = JSON.parse(
      (await owner.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData,
    ) as {
      tracker: { sessions: { id: string; notes: string | null }[]; moods: { score: number }[] };
    };
    expect(exported.tracker.sessions.map((s) => s.id)).toContain(sessionId);
    expect(exported.tracker.moods.map((m) => m.score)).toEqual([19, 8, 7]);
    await owner.gql.ok(`mutation($p: String!) { deleteAccount(password: $p) }`, { p: owner.password });
    const left = (await t.dataSource.query(
      `SELECT (SELECT count(*) FROM tracker_sessions WHERE owner_id = $1)::int AS s,
              (SELECT count(*) FROM tracker_moods WHERE owner_id = $1)::int AS m,
              (SELECT count(*) FROM tracker_settings WHERE owner_id = $1)::int AS c`,
      [owner.id],
    )) as { s: number; m: number; c: number }[];
    expect(left[0]).toEqual({ s: 0, m: 0, c: 0 });
    // Other members' logs are untouched.
    expect((await tracker(other)).moods.length).toBe(3);
  });
});
