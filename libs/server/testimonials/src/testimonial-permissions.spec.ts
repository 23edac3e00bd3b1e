import {
  registerMember,
  registerModerator,
  signInAdmin,
  type GraphqlClient,
  type TestApp,
  type TestMember,
} from '@haven/server/testing';
import {
  GET,
  HELPFUL,
  MINE,
  SUBMIT,
  UPDATE,
  WITHDRAW,
  createTestimonialsApp,
  publishTestimonial,
  submitTestimonial,
  suspend,
  validInput,
  type TestimonialView,
} from './testimonial.fixtures';

const STATS = '{ testimonialStats { total } }';
const LIST = '{ testimonials(first: 5) { nodes { id } } }';

describe('who may do what with testimonials', () => {
  let t: TestApp;
  let author: TestMember;
  let member: TestMember;
  let suspended: TestMember;
  let moderator: TestMember;
  let admin: TestMember;
  let published: TestimonialView;
  let pending: TestimonialView;

  const seesPending = async (gql: GraphqlClient) =>
    (await gql.ok<{ testimonial: TestimonialView | null }>(GET, { id: pending.id })).testimonial !== null;

  beforeAll(async () => {
    t = await createTestimonialsApp();
    author = await registerMember(t.gql);
    member = await registerMember(t.gql);
    suspended = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    admin = await signInAdmin(t.gql);
    published = await publishTestimonial(t, author.gql);
    pending = await submitTestimonial(author.gql);
  });
  afterAll(() => t.close());

  it('a visitor reads published testimonials and stats, and nothing else', async () => {
    await t.gql.ok(LIST);
    await t.gql.ok(STATS);
    expect(
      (await t.gql.ok<{ testimonial: TestimonialView | null }>(GET, { id: published.id })).testimonial?.id,
    ).toBe(published.id);
    expect(await seesPending(t.gql)).toBe(false);
    expect(await t.gql.errorCode(MINE)).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(SUBMIT, { input: validInput() })).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(UPDATE, { id: pending.id, input: { title: 'Changed title' } })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await t.gql.errorCode(WITHDRAW, { id: published.id })).toBe('UNAUTHENTICATED');
    expect(await t.gql.errorCode(HELPFUL, { id: published.id })).toBe('UNAUTHENTICATED');
  });

  it('a member submits, marks others’ helpful, but cannot see or change others’ pending ones', async () => {
    await submitTestimonial(member.gql);
    await member.gql.ok(HELPFUL, { id: published.id });
    expect(await seesPending(member.gql)).toBe(false);
    expect(await member.gql.errorCode(WITHDRAW, { id: published.id })).toBe('FORBIDDEN');
    expect(await member.gql.errorCode(WITHDRAW, { id: pending.id })).toBe('NOT_FOUND');
    expect(await member.gql.errorCode(UPDATE, { id: pending.id, input: { title: 'Changed title' } })).toBe(
      'NOT_FOUND',
    );
  });

  it('a suspended member still reads, may withdraw their own, but cannot submit, edit or mark helpful', async () => {
    const own = await submitTestimonial(suspended.gql);
    const ownPublished = await publishTestimonial(t, suspended.gql);
    await suspend(t, suspended.id);
    await suspended.gql.ok(LIST);
    await suspended.gql.ok(MINE);
    const submit = await suspended.gql.request(SUBMIT, { input: validInput() });
    expect(submit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(submit.errors?.[0].message).toMatch(/suspended until/);
    expect(await suspended.gql.errorCode(UPDATE, { id: own.id, input: { title: 'Changed title' } })).toBe(
      'FORBIDDEN',
    );
    expect(await suspended.gql.errorCode(HELPFUL, { id: published.id })).toBe('FORBIDDEN');
    // Taking one's own story down is never refused.
    const res = await suspended.gql.ok<{ withdrawTestimonial: { status: string } }>(WITHDRAW, {
      id: ownPublished.id,
    });
    expect(res.withdrawTestimonial.status).toBe('WITHDRAWN');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM testimonials WHERE author_id = $1`,
      [suspended.id],
    );
    expect(n).toBe(2);
  });

  it('moderators and admins read any testimonial by id, but only authors edit or withdraw', async () => {
    for (const staff of [moderator, admin]) {
      expect(await seesPending(staff.gql)).toBe(true);
      expect(await staff.gql.errorCode(WITHDRAW, { id: pending.id })).toBe('FORBIDDEN');
      expect(await staff.gql.errorCode(UPDATE, { id: pending.id, input: { title: 'Changed title' } })).toBe(
        'FORBIDDEN',
      );
      await staff.gql.ok(HELPFUL, { id: published.id });
    }
    const withdrawn = await submitTestimonial(author.gql);
    await author.gql.ok(WITHDRAW, { id: withdrawn.id });
    expect(
      (await moderator.gql.ok<{ testimonial: TestimonialView }>(GET, { id: withdrawn.id })).testimonial
        .status,
    ).toBe('WITHDRAWN');
    expect(
      (await member.gql.ok<{ testimonial: TestimonialView | null }>(GET, { id: withdrawn.id })).testimonial,
    ).toBeNull();
  });
});
