import { ContentKind } from '@haven/shared/contracts';
import { ModeratedContentRegistry } from '@haven/server/core';
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
  LIST,
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

describe('anonymous testimonials never reveal their author to anyone not entitled', () => {
  let t: TestApp;
  let author: TestMember;
  let reader: TestMember;
  let moderator: TestMember;
  let admin: TestMember;
  let events: ReturnType<typeof recordContentEvents>;
  let published: TestimonialView;
  let pending: TestimonialView;

  /** Neither the handle nor the account id appears anywhere in what this client was sent. */
  const expectNoTrace = (payload: unknown) => {
    const text = JSON.stringify(payload);
    expect(text).not.toContain(author.handle);
    expect(text).not.toContain(author.id);
  };

  beforeAll(async () => {
    t = await createTestimonialsApp();
    events = recordContentEvents(t);
    author = await registerMember(t.gql, `Quiet_Heron_${Date.now() % 100000}`);
    reader = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
    admin = await signInAdmin(t.gql);
    published = await submitTestimonial(author.gql, { anonymous: true, title: 'Anonymous and published' });
    await moderate(t, published.id, 'APPROVE');
    pending = await submitTestimonial(author.gql, { anonymous: true, title: 'Anonymous and pending' });
  });
  afterAll(() => t.close());

  it('testimonial(id): null author for visitors and other members; the author, moderators and admins see it', async () => {
    for (const gql of [t.gql, reader.gql]) {
      const res = await gql.request<{ testimonial: TestimonialView }>(GET, { id: published.id });
      expect(res.data?.testimonial.author).toBeNull();
      expect(res.data?.testimonial.anonymous).toBe(true);
      expectNoTrace(res);
    }
    for (const who of [author, moderator, admin]) {
      const res = await who.gql.ok<{ testimonial: TestimonialView }>(GET, { id: published.id });
      expect(res.testimonial.author).toEqual({ id: author.id, handle: author.handle });
    }
    for (const who of [moderator, admin]) {
      const res = await who.gql.ok<{ testimonial: TestimonialView }>(GET, { id: pending.id });
      expect(res.testimonial.author?.handle).toBe(author.handle);
    }
  });

  it('testimonials: null author in every filter and page for visitors and other members', async () => {
    for (const gql of [t.gql, reader.gql]) {
      for (const filter of [null, { modality: 'IV_INFUSION' }, { sideEffect: 'NAUSEA', minRating: 4 }]) {
        const res = await gql.request<{ testimonials: { nodes: TestimonialView[] } }>(LIST, {
          filter,
          first: 10,
        });
        expect(res.errors).toBeUndefined();
        const node = res.data!.testimonials.nodes.find((n) => n.id === published.id);
        expect(node?.author).toBeNull();
        expectNoTrace(res);
      }
    }
    const own = await author.gql.ok<{ testimonials: { nodes: TestimonialView[] } }>(LIST, { first: 10 });
    expect(own.testimonials.nodes.find((n) => n.id === published.id)?.author?.handle).toBe(author.handle);
  });

  it('myTestimonials and the submit payload show the author to themselves only', async () => {
    const mine = await author.gql.ok<{ myTestimonials: TestimonialView[] }>(MINE);
    expect(mine.myTestimonials.every((x) => x.author?.id === author.id)).toBe(true);
    const res = await author.gql.ok<{ submitTestimonial: { testimonial: TestimonialView } }>(SUBMIT, {
      input: validInput({ anonymous: true }),
    });
    expect(res.submitTestimonial.testimonial.author?.id).toBe(author.id);
    const others = await reader.gql.ok<{ myTestimonials: TestimonialView[] }>(MINE);
    expectNoTrace(others);
  });

  it('markTestimonialHelpful returns the testimonial without its author', async () => {
    const res = await reader.gql.request(
      `mutation($id: ID!) { markTestimonialHelpful(id: $id) { id helpfulCount author { id handle } } }`,
      { id: published.id },
    );
    expect(
      (res.data as { markTestimonialHelpful: TestimonialView }).markTestimonialHelpful.author,
    ).toBeNull();
    expectNoTrace(res);
  });

  it('the account export of another member holds nothing of the author', async () => {
    await reader.gql.ok(HELPFUL, { id: published.id });
    const res = await reader.gql.request<{ exportMyData: string }>('{ exportMyData }');
    const document = JSON.parse(res.data!.exportMyData) as Record<string, unknown>;
    expect(document['testimonialsMarkedHelpful']).toEqual([
      expect.objectContaining({ testimonialId: published.id }),
    ]);
    expect(document['testimonials']).toEqual([]);
    expectNoTrace(res);
    // The author's own export holds their testimonials, anonymous ones included.
    const own = JSON.parse((await author.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData);
    expect(own.testimonials.map((x: { id: string }) => x.id)).toEqual(
      expect.arrayContaining([published.id, pending.id]),
    );
  });

  it('the moderation handler describes it with the author id for moderation, but excerpts never name them', async () => {
    const handler = t.app.get(ModeratedContentRegistry).handlerFor(ContentKind.TESTIMONIAL);
    const described = await handler.describe([published.id, pending.id]);
    for (const info of described.values()) {
      expect(info.authorId).toBe(author.id);
      expect(info.excerpt).not.toContain(author.handle);
      expect(JSON.stringify(info.context)).not.toContain(author.handle);
      expect(JSON.stringify(info.context)).not.toContain(author.id);
    }
    for (const event of events.filter((e) => e.id === published.id || e.id === pending.id)) {
      expect(event.excerpt).not.toContain(author.handle);
      expect(JSON.stringify(event.assessment)).not.toContain(author.handle);
    }
  });

  it('no error message a stranger can cause names the author', async () => {
    const attempts: [GraphqlClient, string, Record<string, unknown>][] = [
      [reader.gql, UPDATE, { id: published.id, input: { title: 'Changed by someone else' } }],
      [reader.gql, UPDATE, { id: pending.id, input: { title: 'Changed by someone else' } }],
      [reader.gql, WITHDRAW, { id: published.id }],
      [reader.gql, WITHDRAW, { id: pending.id }],
      [reader.gql, HELPFUL, { id: pending.id }],
      [t.gql, HELPFUL, { id: published.id }],
      [t.gql, WITHDRAW, { id: published.id }],
      [t.gql, MINE, {}],
      [moderator.gql, WITHDRAW, { id: published.id }],
      [author.gql, HELPFUL, { id: published.id }],
    ];
    for (const [gql, query, variables] of attempts) {
      const res = await gql.request(query, variables);
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors ?? []) {
        expect(error.message).not.toContain(author.handle);
        expect(error.message).not.toContain(author.id);
        expect(JSON.stringify(error.extensions)).not.toContain(author.handle);
      }
    }
  });

  it('a non-anonymous testimonial shows its author to everyone', async () => {
    const open = await submitTestimonial(author.gql, { anonymous: false });
    await moderate(t, open.id, 'APPROVE');
    const res = await t.gql.ok<{ testimonial: TestimonialView }>(GET, { id: open.id });
    expect(res.testimonial.author?.handle).toBe(author.handle);
  });
});
