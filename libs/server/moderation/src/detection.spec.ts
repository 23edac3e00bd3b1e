import { randomUUID } from 'node:crypto';
import { CasePriority, ContentKind, RiskLevel } from '@haven/shared/contracts';
import { parseRecord } from '@haven/shared/safety';
import {
  ModeratedContentRegistry,
  type ModeratedContentHandler,
  type ModeratedContentInfo,
} from '@haven/server/core';
import { SafetyGate, SafetyModule, safetyEntities, type SafetyCheckObject } from '@haven/server/safety';
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
  async describe(ids: readonly string[]) {
    return new Map(ids.filter((id) => this.items.has(id)).map((id) => [id, { ...this.items.get(id)! }]));
  }
  async apply() {
    throw new Error('not used here');
  }
}

const QUEUE = `query { moderationQueue(first: 50) { nodes { id contentId priority riskLevel signals { detector category label span } } } }`;
const MARK = `mutation($id: ID!, $v: DetectionVerdict!, $l: RiskLevel) { markDetection(caseId: $id, verdict: $v, correctLevel: $l) { id riskLevel } }`;
const EXPORT = `query { exportDetectionFeedback }`;

interface QueueNode {
  id: string;
  contentId: string;
  priority: CasePriority;
  riskLevel: RiskLevel | null;
  signals: { detector: string; category: string; label: string; span: string }[];
}

describe('graded detection in the one assess step, on cases, and moderators’ feedback', () => {
  let t: TestApp;
  let gate: SafetyGate;
  let author: TestMember;
  let member: TestMember;
  let moderator: TestMember;
  let admin: TestMember;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [SafetyModule, ModerationModule],
      entities: [...safetyEntities, ...moderationEntities],
    });
    t.app.get(ModeratedContentRegistry).register(ContentKind.POST, new MemoryContent());
    gate = t.app.get(SafetyGate);
    author = await registerMember(t.gql);
    member = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    admin = await signInAdmin(t.gql);
  });
  afterAll(() => t?.close());

  async function submit(text: string): Promise<{ id: string; safety: SafetyCheckObject }> {
    const id = randomUUID();
    const { safety } = await gate.screen({ text }, async () => ({
      value: id,
      stored: { kind: ContentKind.POST, id, authorId: author.id, excerpt: text, edited: false },
    }));
    return { id, safety };
  }

  async function caseOf(contentId: string): Promise<QueueNode | undefined> {
    const { moderationQueue } = await moderator.gql.ok<{ moderationQueue: { nodes: QueueNode[] } }>(QUEUE);
    return moderationQueue.nodes.find((n) => n.contentId === contentId);
  }

  it('CONCERN: resources for the author and a NORMAL case asking for a check-in', async () => {
    const { id, safety } = await submit('honestly everyone would be better off without me');
    expect(safety).toMatchObject({ crisisDetected: true, riskLevel: 'CONCERN', thirdParty: false });
    expect(safety.resources.length).toBeGreaterThan(0);
    expect(safety.signals.map((s) => s.category)).toContain('burden');
    expect(await caseOf(id)).toMatchObject({ priority: 'NORMAL', riskLevel: 'CONCERN' });
  });

  it('HIGH is URGENT; IMMINENT is URGENT and sorts before an older HIGH case', async () => {
    const high = await submit('i want to kill myself');
    const imminent = await submit('the gun is loaded and tonight is the night');
    expect(high.safety.riskLevel).toBe('HIGH');
    expect(imminent.safety.riskLevel).toBe('IMMINENT');
    const { moderationQueue } = await moderator.gql.ok<{ moderationQueue: { nodes: QueueNode[] } }>(QUEUE);
    const order = moderationQueue.nodes.map((n) => n.contentId);
    expect(order.indexOf(imminent.id)).toBeLessThan(order.indexOf(high.id));
    const imminentCase = moderationQueue.nodes.find((n) => n.contentId === imminent.id);
    expect(imminentCase).toMatchObject({ priority: 'URGENT', riskLevel: 'IMMINENT' });
    expect(imminentCase?.signals.some((s) => s.detector === 'crisis' && s.span.length > 0)).toBe(true);
    expect(await caseOf(high.id)).toMatchObject({ priority: 'URGENT', riskLevel: 'HIGH' });
  });

  it('third-party risk addresses the writer as a caregiver', async () => {
    const { safety } = await submit('my son told me he wants to die and i do not know what to do');
    expect(safety).toMatchObject({ crisisDetected: true, thirdParty: true });
    expect(safety.message).toMatch(/someone you care about/);
  });

  it('sourcing is held with a HIGH case and its signals', async () => {
    const { id, safety } = await submit('selling my leftover spravato devices, dm me on telegram');
    expect(safety).toMatchObject({ heldForReview: true, crisisDetected: false, riskLevel: 'NONE' });
    const found = await caseOf(id);
    expect(found?.priority).toBe('HIGH');
    expect(found?.signals.map((s) => s.category)).toEqual(expect.arrayContaining(['offer-to-sell']));
  });

  it('markDetection: visitors sign in, members are refused, moderators and admins mark', async () => {
    const { id } = await submit('i keep thinking about taking all my pills at once');
    const found = await caseOf(id);
    const vars = { id: found?.id, v: 'CORRECT' };
    expect(await t.gql.errorCode(MARK, vars)).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode(MARK, vars)).toBe('FORBIDDEN');
    expect(await moderator.gql.ok(MARK, vars)).toEqual({
      markDetection: { id: found?.id, riskLevel: 'HIGH' },
    });
    expect(await admin.gql.ok(MARK, { ...vars, v: 'MISSED', l: 'IMMINENT' })).toMatchObject({
      markDetection: { id: found?.id },
    });
  });

  it('markDetection refuses bad input and changes nothing', async () => {
    const { id } = await submit('nothing will ever get better, what is the point');
    const caseId = (await caseOf(id))?.id;
    const before = await admin.gql.ok<{ exportDetectionFeedback: string }>(EXPORT);
    expect(await moderator.gql.errorCode(MARK, { id: caseId, v: 'MISSED' })).toBe('BAD_USER_INPUT');
    expect(await moderator.gql.errorCode(MARK, { id: caseId, v: 'MISSED', l: 'NONE' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(MARK, { id: caseId, v: 'CORRECT', l: 'HIGH' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await moderator.gql.errorCode(MARK, { id: 'not-a-uuid', v: 'CORRECT' })).toBe('BAD_USER_INPUT');
    expect(await moderator.gql.errorCode(MARK, { id: randomUUID(), v: 'CORRECT' })).toBe('NOT_FOUND');
    expect(await admin.gql.ok(EXPORT)).toEqual(before);
  });

  it('exportDetectionFeedback: admins only, JSON Lines in the corpus format', async () => {
    const { id } = await submit('i cut myself again last night');
    const caseId = (await caseOf(id))?.id;
    await moderator.gql.ok(MARK, { id: caseId, v: 'FALSE_ALARM' });
    expect(await t.gql.errorCode(EXPORT)).toBe('UNAUTHENTICATED');
    expect(await member.gql.errorCode(EXPORT)).toBe('FORBIDDEN');
    expect(await moderator.gql.errorCode(EXPORT)).toBe('FORBIDDEN');
    const { exportDetectionFeedback } = await admin.gql.ok<{ exportDetectionFeedback: string }>(EXPORT);
    const records = exportDetectionFeedback
      .trim()
      .split('\n')
      .map((line, i) => parseRecord(line, `export:${i + 1}`));
    expect(records).toContainEqual({
      text: 'i cut myself again last night',
      level: 'NONE',
      category: 'self-harm-act',
      thirdParty: false,
      sourcing: false,
    });
    expect(
      records.some(
        (r) => r.text === 'i keep thinking about taking all my pills at once' && r.level === 'IMMINENT',
      ),
    ).toBe(true);
  });
});
