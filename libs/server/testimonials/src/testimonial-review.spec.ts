import { ContentKind } from '@haven/shared/contracts';
import { ModeratedContentRegistry, runDecision } from '@haven/server/core';
import { registerMember, registerModerator, type TestApp, type TestMember } from '@haven/server/testing';
import {
  GET,
  MINE,
  createTestimonialsApp,
  moderate,
  recordContentEvents,
  submitTestimonial,
  type TestimonialView,
} from './testimonial.fixtures';

describe('the review of testimonials through the moderation handler', () => {
  let t: TestApp;
  let author: TestMember;
  let reader: TestMember;
  let moderator: TestMember;
  let events: ReturnType<typeof recordContentEvents>;

  const view = async (who: { gql: TestApp['gql'] }, id: string) =>
    (await who.gql.ok<{ testimonial: TestimonialView | null }>(GET, { id })).testimonial;
  const listedIds = async () =>
    (
      await t.gql.ok<{ testimonials: { nodes: { id: string }[] } }>(
        `{ testimonials(first: 100) { nodes { id } } }`,
      )
    ).testimonials.nodes.map((n) => n.id);

  beforeAll(async () => {
    t = await createTestimonialsApp();
    events = recordContentEvents(t);
    author = await registerMember(t.gql);
    reader = await registerMember(t.gql);
    moderator = await registerModerator(t.gql);
  });
  afterAll(() => t.close());

  it('registers a handler for TESTIMONIAL with the core registry', () => {
    expect(t.app.get(ModeratedContentRegistry).has(ContentKind.TESTIMONIAL)).toBe(true);
  });

  it('keeps a pending testimonial from everyone but its author and moderators', async () => {
    const pending = await submitTestimonial(author.gql);
    expect(await view(t, pending.id)).toBeNull();
    expect(await view(reader, pending.id)).toBeNull();
    expect((await view(author, pending.id))?.status).toBe('PENDING_REVIEW');
    expect((await view(moderator, pending.id))?.status).toBe('PENDING_REVIEW');
    expect(await listedIds()).not.toContain(pending.id);
  });

  it('APPROVE publishes: publishedAt is set and everyone sees it', async () => {
    const pending = await submitTestimonial(author.gql);
    await moderate(t, pending.id, 'APPROVE');
    const published = await view(reader, pending.id);
    expect(published?.status).toBe('PUBLISHED');
    expect(new Date(published!.publishedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await listedIds()).toContain(pending.id);
    // Approving again changes nothing, not even publishedAt.
    await moderate(t, pending.id, 'APPROVE');
    expect((await view(reader, pending.id))?.publishedAt).toBe(published!.publishedAt);
  });

  it('REMOVE rejects with the moderator’s note, which only the author (and moderators) read', async () => {
    const pending = await submitTestimonial(author.gql);
    await moderate(
      t,
      pending.id,
      'REMOVE',
      '  Please take out the name of your clinic, then submit again.  ',
    );
    const own = await view(author, pending.id);
    expect(own).toMatchObject({
      status: 'REJECTED',
      rejectionNote: 'Please take out the name of your clinic, then submit again.',
      publishedAt: null,
    });
    const mine = (await author.gql.ok<{ myTestimonials: TestimonialView[] }>(MINE)).myTestimonials;
    expect(mine.find((x) => x.id === pending.id)?.rejectionNote).toBe(
      'Please take out the name of your clinic, then submit again.',
    );
    expect((await view(moderator, pending.id))?.rejectionNote).toContain('name of your clinic');
    expect(await view(reader, pending.id)).toBeNull();
    expect(await view(t, pending.id)).toBeNull();
  });

  it('HIDE takes a published testimonial down as REJECTED; RESTORE publishes it again with its date', async () => {
    const pending = await submitTestimonial(author.gql);
    await moderate(t, pending.id, 'APPROVE');
    const publishedAt = (await view(reader, pending.id))!.publishedAt;
    await moderate(t, pending.id, 'HIDE', 'Reported; under a second look.');
    expect(await view(reader, pending.id)).toBeNull();
    expect(await listedIds()).not.toContain(pending.id);
    expect((await view(author, pending.id))?.status).toBe('REJECTED');
    await moderate(t, pending.id, 'RESTORE');
    const restored = await view(reader, pending.id);
    expect(restored).toMatchObject({ status: 'PUBLISHED', publishedAt });
    expect((await view(author, pending.id))?.rejectionNote).toBeNull();
    expect(await listedIds()).toContain(pending.id);
  });

  it('RESTORE of a testimonial never approved puts it back in review and asks for a review again', async () => {
    const pending = await submitTestimonial(author.gql);
    await moderate(t, pending.id, 'REMOVE', 'Not now.');
    const before = events.length;
    await moderate(t, pending.id, 'RESTORE');
    expect((await view(author, pending.id))?.status).toBe('PENDING_REVIEW');
    expect(await view(reader, pending.id)).toBeNull();
    for (let i = 0; i < 50 && !events.slice(before).some((e) => e.id === pending.id); i++) {
      await new Promise((done) => setTimeout(done, 20));
    }
    expect(events.slice(before).find((e) => e.id === pending.id)).toMatchObject({
      kind: 'TESTIMONIAL',
      review: 'TESTIMONIAL',
      authorId: author.id,
    });
    // RESTORE of something that is not rejected changes nothing.
    await moderate(t, pending.id, 'RESTORE');
    expect((await view(author, pending.id))?.status).toBe('PENDING_REVIEW');
  });

  it('a rejected testimonial can still be approved by a moderator', async () => {
    const pending = await submitTestimonial(author.gql);
    await moderate(t, pending.id, 'REMOVE', 'Too many details.');
    await moderate(t, pending.id, 'APPROVE');
    expect(await view(reader, pending.id)).toMatchObject({ status: 'PUBLISHED' });
    expect((await view(author, pending.id))?.rejectionNote).toBeNull();
  });

  it('describes testimonials for the queue in one query, and NOT_FOUND for unknown ones', async () => {
    const a = await submitTestimonial(author.gql, { title: 'Described one' });
    const b = await submitTestimonial(author.gql, { title: 'Described two' });
    const handler = t.app.get(ModeratedContentRegistry).handlerFor(ContentKind.TESTIMONIAL);
    const { result, queries } = await t.countQueries(() =>
      handler.describe([a.id, b.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']),
    );
    expect(queries).toBe(1);
    expect([...result.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(result.get(a.id)).toMatchObject({ id: a.id, authorId: author.id, status: 'PENDING_REVIEW' });
    expect(result.get(a.id)!.excerpt.startsWith('Described one — After years')).toBe(true);
    await expect(
      runDecision(t.dataSource, (tx) =>
        handler.apply(
          '00000000-0000-4000-8000-000000000000',
          'APPROVE',
          { actorId: moderator.id, note: null },
          tx,
        ),
      ),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
