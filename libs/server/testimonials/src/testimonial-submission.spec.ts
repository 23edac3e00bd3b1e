import { registerMember, signInAdmin, type TestApp, type TestMember } from '@haven/server/testing';
import {
  GET,
  MINE,
  SUBMIT,
  UPDATE,
  WITHDRAW,
  createTestimonialsApp,
  moderate,
  recordContentEvents,
  submitTestimonial,
  validInput,
  type TestimonialView,
} from './testimonial.fixtures';

describe('submitting, editing and withdrawing testimonials', () => {
  let t: TestApp;
  let member: TestMember;
  let events: ReturnType<typeof recordContentEvents>;
  const count = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM testimonials`))[0].n as number;

  beforeAll(async () => {
    t = await createTestimonialsApp();
    events = recordContentEvents(t);
    member = await registerMember(t.gql);
  });
  afterAll(() => t.close());

  it('stores a valid testimonial as PENDING_REVIEW and asks moderation for a TESTIMONIAL review', async () => {
    const before = events.length;
    const data = await member.gql.ok<{
      submitTestimonial: {
        testimonial: TestimonialView;
        safety: { crisisDetected: boolean; heldForReview: boolean };
      };
    }>(SUBMIT, {
      input: validInput({ title: '  Six infusions, slowly lighter  ', story: `  ${validInput().story}  ` }),
    });
    const { testimonial, safety } = data.submitTestimonial;
    expect(testimonial).toMatchObject({
      status: 'PENDING_REVIEW',
      title: 'Six infusions, slowly lighter',
      modality: 'IV_INFUSION',
      setting: 'CLINIC',
      sessionCount: 6,
      priorTreatments: ['SSRI', 'SNRI', 'PSYCHOTHERAPY'],
      sideEffects: ['DISSOCIATION', 'NAUSEA'],
      phq9Before: 21,
      phq9After: 9,
      publishedAt: null,
      helpfulCount: 0,
      author: { id: member.id, handle: member.handle },
    });
    expect(testimonial.story.startsWith('After years')).toBe(true);
    expect(testimonial.storyHtml).toContain('<p>');
    expect(safety).toEqual({ crisisDetected: false, heldForReview: true, resources: [] });
    const event = events.slice(before).find((e) => e.id === testimonial.id);
    expect(event).toMatchObject({
      kind: 'TESTIMONIAL',
      authorId: member.id,
      review: 'TESTIMONIAL',
      edited: false,
    });
    expect(event!.excerpt).toContain('Six infusions, slowly lighter');
  });

  it.each([
    ['a short title', { title: 'Hey' }],
    ['a long title', { title: 'x'.repeat(151) }],
    ['a story that is short once trimmed', { story: `   ${'x'.repeat(49)}   ` }],
    ['a long story', { story: 'x'.repeat(20_001) }],
    ['a rating of 0', { overallRating: 0 }],
    ['a rating of 6', { overallRating: 6 }],
    ['a PHQ-9 of 28', { phq9Before: 28 }],
    ['a negative PHQ-9', { phq9After: -1 }],
    ['only one PHQ-9 score', { phq9After: null }],
    ['0 sessions', { sessionCount: 0 }],
    ['501 sessions', { sessionCount: 501 }],
    ['a repeated earlier treatment', { priorTreatments: ['ECT', 'ECT'] }],
    ['11 earlier treatments', { priorTreatments: Array(11).fill('TMS') }],
    ['a repeated side effect', { sideEffects: ['HEADACHE', 'HEADACHE'] }],
    ['10 side effects', { sideEffects: Array(10).fill('OTHER') }],
    ['an unknown modality', { modality: 'SNORTED' }],
    ['an unknown onset', { reliefOnset: 'YESTERDAY' }],
    ['an unknown side effect', { sideEffects: ['HICCUPS'] }],
    ['a repeated content warning', { contentWarnings: ['TRAUMA', 'TRAUMA'] }],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_label, overrides) => {
    const before = await count();
    const eventsBefore = events.length;
    expect(await member.gql.errorCode(SUBMIT, { input: validInput(overrides) })).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    expect(events.length).toBe(eventsBefore);
  });

  it('names the problem in the error', async () => {
    const res = await member.gql.request(SUBMIT, { input: validInput({ phq9Before: null }) });
    expect(res.errors?.[0].message).toBe('Give both PHQ-9 scores (before and after), or neither.');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phq9Before' });
  });

  it('shows crisis resources and adds the warning when the story has crisis language; still pending', async () => {
    // Told as a past the author came through, the same words are no crisis (see @haven/shared/safety).
    const story =
      'The infusions helped for a few months. Lately I want to kill myself most days again and I have a plan. ' +
      'I am writing this so someone knows.';
    const res = await member.gql.ok<{
      submitTestimonial: {
        testimonial: TestimonialView;
        safety: { crisisDetected: boolean; heldForReview: boolean; resources: { name: string }[] };
      };
    }>(SUBMIT, { input: validInput({ story }) });
    const { testimonial, safety } = res.submitTestimonial;
    expect(safety.crisisDetected).toBe(true);
    expect(safety.heldForReview).toBe(true);
    expect(safety.resources.length).toBeGreaterThan(0);
    expect(testimonial.status).toBe('PENDING_REVIEW');
    expect(testimonial.contentWarnings).toContain('SUICIDAL_IDEATION');
    const event = events.find((e) => e.id === testimonial.id);
    expect(event?.assessment.crisisDetected).toBe(true);
  });

  it('refuses what an admin BLOCK rule matches, and stores nothing', async () => {
    const admin = await signInAdmin(t.gql);
    await admin.gql.ok(
      `mutation($input: ModerationRuleInput!) { createModerationRule(input: $input) { id } }`,
      {
        input: { name: 'blocked-phrase', pattern: 'zebrafish vendor', action: 'BLOCK' },
      },
    );
    const before = await count();
    const res = await member.gql.request(SUBMIT, {
      input: validInput({ story: `${validInput().story} Ask the zebrafish vendor for more.` }),
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/can’t be posted here/);
    expect(await count()).toBe(before);
  });

  it('lets the author edit while pending; the review case follows (edited: true)', async () => {
    const submitted = await submitTestimonial(member.gql);
    const before = events.length;
    const res = await member.gql.ok<{ updateTestimonial: { testimonial: TestimonialView } }>(UPDATE, {
      id: submitted.id,
      input: { title: 'Six infusions, and a relapse', setting: null, anonymous: true },
    });
    expect(res.updateTestimonial.testimonial).toMatchObject({
      title: 'Six infusions, and a relapse',
      setting: null,
      anonymous: true,
      sessionCount: 6,
      status: 'PENDING_REVIEW',
    });
    const event = events.slice(before).find((e) => e.id === submitted.id);
    expect(event).toMatchObject({ edited: true, review: 'TESTIMONIAL', kind: 'TESTIMONIAL' });
    expect(event!.excerpt).toContain('Six infusions, and a relapse');
  });

  it('validates edits like submissions and changes nothing on bad input', async () => {
    const submitted = await submitTestimonial(member.gql);
    expect(await member.gql.errorCode(UPDATE, { id: submitted.id, input: { story: 'too short' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await member.gql.errorCode(UPDATE, { id: submitted.id, input: { phq9Before: null } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await member.gql.errorCode(UPDATE, { id: submitted.id, input: { title: null } })).toBe(
      'BAD_USER_INPUT',
    );
    const { testimonial } = await member.gql.ok<{ testimonial: TestimonialView }>(GET, { id: submitted.id });
    expect(testimonial).toMatchObject({ title: submitted.title, story: submitted.story, phq9Before: 21 });
  });

  it('refuses edits once the testimonial is published or rejected (CONFLICT), and by anyone else', async () => {
    const other = await registerMember(t.gql);
    const published = await submitTestimonial(member.gql);
    await moderate(t, published.id, 'APPROVE');
    expect(await member.gql.errorCode(UPDATE, { id: published.id, input: { title: 'Another title' } })).toBe(
      'CONFLICT',
    );
    expect(await other.gql.errorCode(UPDATE, { id: published.id, input: { title: 'Another title' } })).toBe(
      'FORBIDDEN',
    );
    const pending = await submitTestimonial(member.gql);
    expect(await other.gql.errorCode(UPDATE, { id: pending.id, input: { title: 'Another title' } })).toBe(
      'NOT_FOUND',
    );
    const rejected = await submitTestimonial(member.gql);
    await moderate(t, rejected.id, 'REMOVE', 'Please leave out clinic names.');
    expect(await member.gql.errorCode(UPDATE, { id: rejected.id, input: { title: 'Another title' } })).toBe(
      'CONFLICT',
    );
  });

  it('lets the author withdraw at any time; it disappears for others and stays in their own list', async () => {
    const other = await registerMember(t.gql);
    const published = await submitTestimonial(member.gql);
    await moderate(t, published.id, 'APPROVE');
    expect(
      (await other.gql.ok<{ testimonial: TestimonialView | null }>(GET, { id: published.id })).testimonial,
    ).not.toBeNull();
    expect(await other.gql.errorCode(WITHDRAW, { id: published.id })).toBe('FORBIDDEN');
    const res = await member.gql.ok<{ withdrawTestimonial: { status: string } }>(WITHDRAW, {
      id: published.id,
    });
    expect(res.withdrawTestimonial.status).toBe('WITHDRAWN');
    // Withdrawing twice is harmless.
    expect(
      (await member.gql.ok<{ withdrawTestimonial: { status: string } }>(WITHDRAW, { id: published.id }))
        .withdrawTestimonial.status,
    ).toBe('WITHDRAWN');
    expect(
      (await other.gql.ok<{ testimonial: TestimonialView | null }>(GET, { id: published.id })).testimonial,
    ).toBeNull();
    expect(
      (await t.gql.ok<{ testimonial: TestimonialView | null }>(GET, { id: published.id })).testimonial,
    ).toBeNull();
    const mine = await member.gql.ok<{ myTestimonials: TestimonialView[] }>(MINE);
    expect(mine.myTestimonials.find((x) => x.id === published.id)?.status).toBe('WITHDRAWN');
    // A moderator's late approval does not bring it back.
    await moderate(t, published.id, 'APPROVE');
    await moderate(t, published.id, 'RESTORE');
    expect(
      (await member.gql.ok<{ testimonial: TestimonialView }>(GET, { id: published.id })).testimonial.status,
    ).toBe('WITHDRAWN');
  });

  it('lists the member’s own testimonials newest first, in every status', async () => {
    const fresh = await registerMember(t.gql);
    const a = await submitTestimonial(fresh.gql, { title: 'First of mine' });
    const b = await submitTestimonial(fresh.gql, { title: 'Second of mine' });
    await moderate(t, a.id, 'APPROVE');
    const mine = await fresh.gql.ok<{ myTestimonials: TestimonialView[] }>(MINE);
    expect(mine.myTestimonials.map((x) => [x.id, x.status])).toEqual([
      [b.id, 'PENDING_REVIEW'],
      [a.id, 'PUBLISHED'],
    ]);
  });

  it('refuses malformed ids with BAD_USER_INPUT and unknown ones with NOT_FOUND', async () => {
    expect(await member.gql.errorCode(WITHDRAW, { id: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
    expect(await member.gql.errorCode(WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' })).toBe(
      'NOT_FOUND',
    );
    expect(await member.gql.errorCode(GET, { id: 'nope' })).toBe('BAD_USER_INPUT');
  });
});
