import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomUUID } from 'node:crypto';
import { CasePriority, ContentKind } from '@haven/shared/contracts';
import {
  CONTENT_SUBMITTED_EVENT,
  type ContentSubmittedEvent,
  type SafetyAssessment,
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

const quiet: SafetyAssessment = {
  crisisDetected: false,
  heldForReview: false,
  blocked: false,
  autoFlags: [],
  priority: null,
  addWarnings: [],
};

interface CaseRow {
  id: string;
  status: string;
  priority: string;
  sources: string[];
  autoFlags: string[];
  excerpt: string;
  author: { id: string } | null;
}

describe('cases from submitted content', () => {
  let t: TestApp;
  let events: EventEmitter2;
  let author: TestMember;
  let moderator: TestMember;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ModerationModule], entities: moderationEntities });
    events = t.app.get(EventEmitter2);
    author = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  async function submit(
    partial: Omit<Partial<ContentSubmittedEvent>, 'assessment'> & { assessment?: Partial<SafetyAssessment> },
  ) {
    const event: ContentSubmittedEvent = {
      kind: ContentKind.POST,
      id: randomUUID(),
      authorId: author.id,
      excerpt: 'Some text',
      edited: false,
      ...partial,
      assessment: { ...quiet, ...partial.assessment },
    };
    await events.emitAsync(CONTENT_SUBMITTED_EVENT, event);
    return event.id;
  }

  async function casesOf(contentId: string): Promise<CaseRow[]> {
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM moderation_cases WHERE content_id = $1 ORDER BY created_at`,
      [contentId],
    );
    const found: CaseRow[] = [];
    for (const { id } of rows) {
      const data = await moderator.gql.ok<{ moderationCase: CaseRow }>(
        `query($id: ID!) { moderationCase(id: $id) { id status priority sources autoFlags excerpt author { id } } }`,
        { id },
      );
      found.push(data.moderationCase);
    }
    return found;
  }

  it('opens an URGENT AUTO_FILTER case for crisis language', async () => {
    const id = await submit({
      excerpt: 'I do not want to be here anymore',
      assessment: { crisisDetected: true, autoFlags: ['crisis-language'], priority: CasePriority.URGENT },
    });
    expect(await casesOf(id)).toEqual([
      expect.objectContaining({
        status: 'OPEN',
        priority: 'URGENT',
        sources: ['AUTO_FILTER'],
        autoFlags: ['crisis-language'],
        excerpt: 'I do not want to be here anymore',
        author: { id: author.id },
      }),
    ]);
  });

  it('opens a HIGH case for held content, or at the rule’s priority', async () => {
    const sourcing = await submit({ assessment: { heldForReview: true, autoFlags: ['drug-sourcing'] } });
    expect((await casesOf(sourcing))[0]).toMatchObject({ priority: 'HIGH', autoFlags: ['drug-sourcing'] });
    const rule = await submit({
      assessment: { heldForReview: true, autoFlags: ['vendor-handles'], priority: CasePriority.URGENT },
    });
    expect((await casesOf(rule))[0]).toMatchObject({ priority: 'URGENT', autoFlags: ['vendor-handles'] });
  });

  it('opens FLAG rule matches at the rule’s priority, and nothing for quiet content', async () => {
    const flagged = await submit({
      assessment: { autoFlags: ['miracle-cure'], priority: CasePriority.NORMAL },
    });
    expect((await casesOf(flagged))[0]).toMatchObject({ priority: 'NORMAL', sources: ['AUTO_FILTER'] });
    expect(await casesOf(await submit({}))).toEqual([]);
    expect(
      await casesOf(
        await submit({ assessment: { blocked: true, autoFlags: ['x'], priority: CasePriority.HIGH } }),
      ),
    ).toEqual([]);
  });

  it('reviews a new member’s first posts LOW and testimonials NORMAL', async () => {
    const first = await submit({ review: 'NEW_MEMBER' });
    expect((await casesOf(first))[0]).toMatchObject({ priority: 'LOW', sources: ['NEW_MEMBER_REVIEW'] });
    const testimonial = await submit({ kind: ContentKind.TESTIMONIAL, review: 'TESTIMONIAL' });
    expect((await casesOf(testimonial))[0]).toMatchObject({
      priority: 'NORMAL',
      sources: ['TESTIMONIAL_REVIEW'],
    });
    const crisisTestimonial = await submit({
      kind: ContentKind.TESTIMONIAL,
      review: 'TESTIMONIAL',
      assessment: { crisisDetected: true, autoFlags: ['crisis-language'], priority: CasePriority.URGENT },
    });
    expect((await casesOf(crisisTestimonial))[0]).toMatchObject({
      priority: 'URGENT',
      sources: ['AUTO_FILTER', 'TESTIMONIAL_REVIEW'],
    });
  });

  it('joins an edit to the open case: new excerpt, new flags, the higher priority', async () => {
    const id = await submit({ review: 'NEW_MEMBER', excerpt: 'first version' });
    await submit({ id, edited: true, excerpt: 'second version' });
    let [only] = await casesOf(id);
    expect(only).toMatchObject({ priority: 'LOW', excerpt: 'second version', autoFlags: [] });
    await submit({
      id,
      edited: true,
      excerpt: 'third version, now in crisis',
      assessment: { crisisDetected: true, autoFlags: ['crisis-language'], priority: CasePriority.URGENT },
    });
    const cases = await casesOf(id);
    expect(cases).toHaveLength(1);
    [only] = cases;
    expect(only).toMatchObject({
      priority: 'URGENT',
      excerpt: 'third version, now in crisis',
      sources: ['NEW_MEMBER_REVIEW', 'AUTO_FILTER'],
      autoFlags: ['crisis-language'],
    });
    // A quiet edit of content without an open case opens nothing.
    const quietId = await submit({});
    await submit({ id: quietId, edited: true, excerpt: 'still quiet' });
    expect(await casesOf(quietId)).toEqual([]);
  });

  it('joins a member’s report and an automatic flag on the same content into one case', async () => {
    const target = await registerMember(t.gql);
    await submit({
      kind: ContentKind.USER,
      id: target.id,
      authorId: target.id,
      assessment: { autoFlags: ['suspicious-bio'], priority: CasePriority.LOW },
    });
    const reporter = await registerMember(t.gql);
    await reporter.gql.ok(`mutation($i: ReportInput!) { report(input: $i) { id } }`, {
      i: { contentKind: 'USER', contentId: target.id, reason: 'DRUG_SOURCING' },
    });
    const cases = await casesOf(target.id);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      priority: 'HIGH',
      sources: ['AUTO_FILTER', 'USER_REPORT'],
      autoFlags: ['suspicious-bio'],
    });
  });
});
