import { io } from 'socket.io-client';
import { ModerationModule, moderationEntities } from '@haven/server/moderation';
import { SafetyModule, safetyEntities } from '@haven/server/safety';
import { TestimonialsModule, testimonialsEntities } from '@haven/server/testimonials';
import {
  createTestApp,
  registerMember,
  registerModerator,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';

// Testimonials through the real moderation queue: review cases, approval, rejection notes, reports.

const SUBMIT = `mutation($input: SubmitTestimonialInput!) {
  submitTestimonial(input: $input) { testimonial { id status } safety { crisisDetected heldForReview } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTestimonialInput!) {
  updateTestimonial(id: $id, input: $input) { testimonial { id title } } }`;
const CASES = `query($f: ModerationQueueFilter) { moderationQueue(filter: $f, first: 50) {
  nodes { id contentId priority sources status excerpt author { id handle } content { status text } } } }`;
const CLAIM = `mutation($id: ID!) { claimCase(id: $id) { id } }`;
const RESOLVE = `mutation($id: ID!, $i: ResolveCaseInput!) { resolveCase(id: $id, input: $i) { id status resolution } }`;
const GET = `query($id: ID!) { testimonial(id: $id) { id status anonymous rejectionNote author { id handle } } }`;
const MINE = `{ myTestimonials { id status rejectionNote } }`;
const STATS = `{ testimonialStats { total withScores responders remitters } }`;

interface CaseNode {
  id: string;
  contentId: string;
  priority: string;
  sources: string[];
  status: string;
  excerpt: string;
  author: { id: string; handle: string } | null;
  content: { status: string; text: string } | null;
}

const story =
  'Before treatment every morning felt heavy. After the third infusion the fog lifted for a few days, ' +
  'and by the sixth I could plan a week ahead again.';

const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'The fog lifted, slowly',
  story,
  modality: 'IV_INFUSION',
  overallRating: 5,
  reliefOnset: 'WITHIN_DAYS',
  reliefDuration: 'MONTHS',
  sideEffects: ['DISSOCIATION'],
  phq9Before: 22,
  phq9After: 4,
  ...overrides,
});

describe('testimonials reviewed through the moderation queue', () => {
  let t: TestApp;
  let moderator: TestMember;

  const casesFor = async (contentId: string) =>
    (
      await moderator.gql.ok<{ moderationQueue: { nodes: CaseNode[] } }>(CASES, {
        f: { contentKind: 'TESTIMONIAL' },
      })
    ).moderationQueue.nodes.filter((c) => c.contentId === contentId);

  beforeAll(async () => {
    t = await createTestApp({
      imports: [SafetyModule, ModerationModule, TestimonialsModule],
      entities: [...safetyEntities, ...moderationEntities, ...testimonialsEntities],
    });
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  it('opens one TESTIMONIAL_REVIEW case that follows edits; APPROVE publishes it without the author', async () => {
    const author = await registerMember(t.gql);
    const statsBefore = (await t.gql.ok<{ testimonialStats: { total: number } }>(STATS)).testimonialStats;
    const { submitTestimonial } = await author.gql.ok<{
      submitTestimonial: { testimonial: { id: string; status: string }; safety: { heldForReview: boolean } };
    }>(SUBMIT, { input: input({ anonymous: true }) });
    const id = submitTestimonial.testimonial.id;
    expect(submitTestimonial).toMatchObject({
      testimonial: { status: 'PENDING_REVIEW' },
      safety: { heldForReview: true },
    });

    const [opened] = await casesFor(id);
    expect(opened).toMatchObject({
      status: 'OPEN',
      priority: 'NORMAL',
      sources: ['TESTIMONIAL_REVIEW'],
      author: { id: author.id },
      content: { status: 'PENDING_REVIEW' },
    });
    expect(opened.excerpt).not.toContain(author.handle);

    await author.gql.ok(UPDATE, { id, input: { title: 'The fog lifted, slowly, then for good' } });
    const afterEdit = await casesFor(id);
    expect(afterEdit).toHaveLength(1);
    expect(afterEdit[0].excerpt).toContain('then for good');

    await moderator.gql.ok(CLAIM, { id: opened.id });
    await moderator.gql.ok(RESOLVE, { id: opened.id, i: { action: 'APPROVE' } });
    const seen = await t.gql.ok<{ testimonial: { status: string; author: unknown } }>(GET, { id });
    expect(seen.testimonial).toMatchObject({ status: 'PUBLISHED', author: null });
    expect(await casesFor(id)).toHaveLength(0);
    const statsAfter = (await t.gql.ok<{ testimonialStats: { total: number } }>(STATS)).testimonialStats;
    expect(statsAfter.total).toBe(statsBefore.total + 1);
  });

  it('closes the review case when the author withdraws the testimonial, and tells the queue live', async () => {
    const author = await registerMember(t.gql);
    const queue = io(`${t.url}/moderation`, {
      auth: { token: moderator.accessToken },
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise<void>((resolve, reject) => {
      queue.once('connect', () => resolve());
      queue.once('connect_error', reject);
    });
    const { submitTestimonial } = await author.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      SUBMIT,
      { input: input() },
    );
    const id = submitTestimonial.testimonial.id;
    expect(await casesFor(id)).toHaveLength(1);
    const updated = new Promise<{ contentId: string; status: string }>((resolve) => {
      queue.on('case:updated', (c: { contentId: string; status: string }) => {
        if (c.contentId === id) resolve(c);
      });
    });
    await author.gql.ok(`mutation($id: ID!) { withdrawTestimonial(id: $id) { status } }`, { id });
    expect(await updated).toMatchObject({ contentId: id, status: 'RESOLVED' });
    queue.close();
    expect(await casesFor(id)).toHaveLength(0);
    const [closed] = await t.dataSource.query(
      `SELECT status, resolution, resolution_note FROM moderation_cases WHERE content_id = $1`,
      [id],
    );
    expect(closed).toEqual({
      status: 'RESOLVED',
      resolution: 'DISMISS',
      resolution_note: 'Withdrawn by the author.',
    });
  });

  it('REMOVE rejects it, and the moderator’s note reaches the author only', async () => {
    const author = await registerMember(t.gql);
    const other = await registerMember(t.gql);
    const { submitTestimonial } = await author.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      SUBMIT,
      {
        input: input(),
      },
    );
    const id = submitTestimonial.testimonial.id;
    const [review] = await casesFor(id);
    const note = 'Thank you for sharing. Please remove the clinic’s name and submit again.';
    const resolved = await moderator.gql.ok<{ resolveCase: { status: string; resolution: string } }>(
      RESOLVE,
      {
        id: review.id,
        i: { action: 'REMOVE', note },
      },
    );
    expect(resolved.resolveCase).toMatchObject({ status: 'RESOLVED', resolution: 'REMOVE' });
    const mine = await author.gql.ok<{
      myTestimonials: { id: string; status: string; rejectionNote: string | null }[];
    }>(MINE);
    expect(mine.myTestimonials.find((x) => x.id === id)).toEqual({
      id,
      status: 'REJECTED',
      rejectionNote: note,
    });
    expect((await other.gql.ok<{ testimonial: unknown }>(GET, { id })).testimonial).toBeNull();
    expect((await t.gql.ok<{ testimonial: unknown }>(GET, { id })).testimonial).toBeNull();
  });

  it('puts a testimonial with crisis language first in the queue, still held for review', async () => {
    const author = await registerMember(t.gql);
    const { submitTestimonial } = await author.gql.ok<{
      submitTestimonial: { testimonial: { id: string }; safety: { crisisDetected: boolean } };
    }>(SUBMIT, {
      input: input({
        story: `${story} Some nights I still want to kill myself, and I am writing this to stay honest about it.`,
      }),
    });
    expect(submitTestimonial.safety.crisisDetected).toBe(true);
    const [urgent] = await casesFor(submitTestimonial.testimonial.id);
    expect(urgent.priority).toBe('URGENT');
    expect(urgent.sources).toEqual(expect.arrayContaining(['AUTO_FILTER', 'TESTIMONIAL_REVIEW']));
  });

  it('a report on a published testimonial leads to its removal, and the stats drop it', async () => {
    const author = await registerMember(t.gql);
    const reporter = await registerMember(t.gql);
    const { submitTestimonial } = await author.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      SUBMIT,
      {
        input: input({ modality: 'OTHER' }),
      },
    );
    const id = submitTestimonial.testimonial.id;
    const [review] = await casesFor(id);
    await moderator.gql.ok(RESOLVE, { id: review.id, i: { action: 'APPROVE' } });
    const published = (await t.gql.ok<{ testimonialStats: { total: number } }>(STATS)).testimonialStats.total;

    await reporter.gql.ok(`mutation($input: ReportInput!) { report(input: $input) { id } }`, {
      input: {
        contentKind: 'TESTIMONIAL',
        contentId: id,
        reason: 'MISINFORMATION',
        note: 'Promises a cure.',
      },
    });
    const [reported] = await casesFor(id);
    expect(reported.sources).toContain('USER_REPORT');
    await moderator.gql.ok(RESOLVE, {
      id: reported.id,
      i: { action: 'HIDE', note: 'Please avoid promising results.' },
    });
    expect((await t.gql.ok<{ testimonial: unknown }>(GET, { id })).testimonial).toBeNull();
    expect((await t.gql.ok<{ testimonialStats: { total: number } }>(STATS)).testimonialStats.total).toBe(
      published - 1,
    );
    const mine = await author.gql.ok<{
      myTestimonials: { id: string; status: string; rejectionNote: string }[];
    }>(MINE);
    expect(mine.myTestimonials.find((x) => x.id === id)).toMatchObject({
      status: 'REJECTED',
      rejectionNote: 'Please avoid promising results.',
    });
  });

  it('RESTORE of a rejected, never-approved testimonial puts it back into review with a new case', async () => {
    const author = await registerMember(t.gql);
    const { submitTestimonial } = await author.gql.ok<{ submitTestimonial: { testimonial: { id: string } } }>(
      SUBMIT,
      {
        input: input(),
      },
    );
    const id = submitTestimonial.testimonial.id;
    const [review] = await casesFor(id);
    await moderator.gql.ok(RESOLVE, { id: review.id, i: { action: 'REMOVE', note: 'Too many details.' } });
    // Another moderator asks for a second look (the case opens through a report).
    const colleague = await registerModerator(t.gql);
    await colleague.gql.ok(`mutation($input: ReportInput!) { report(input: $input) { id } }`, {
      input: { contentKind: 'TESTIMONIAL', contentId: id, reason: 'OTHER', note: 'This was fine, I think.' },
    });
    const [appeal] = await casesFor(id);
    await moderator.gql.ok(RESOLVE, { id: appeal.id, i: { action: 'RESTORE' } });
    const mine = await author.gql.ok<{
      myTestimonials: { id: string; status: string; rejectionNote: string | null }[];
    }>(MINE);
    expect(mine.myTestimonials.find((x) => x.id === id)).toEqual({
      id,
      status: 'PENDING_REVIEW',
      rejectionNote: null,
    });
    let again: CaseNode[] = [];
    for (let i = 0; i < 50 && again.length === 0; i++) {
      again = await casesFor(id);
      if (again.length === 0) await new Promise((done) => setTimeout(done, 50));
    }
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ status: 'OPEN', sources: ['TESTIMONIAL_REVIEW'] });
    expect(again[0].id).not.toBe(appeal.id);
  });
});
