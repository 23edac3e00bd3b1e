import { DataSource } from 'typeorm';
import { ContentKind } from '@haven/shared/contracts';
import { ModeratedContentRegistry, runDecision } from '@haven/server/core';
import { registerMember } from '@haven/server/testing';
import { publishTestimonial, submitTestimonial, suspend } from '../testimonial.fixtures';
import {
  CHECK_IN,
  firstSessionFor,
  quick,
  setUpFollowUps,
  SET_FOLLOW_UPS,
  SUBMIT_CHECK_IN,
  TIMELINE,
  WITHDRAW_CHECK_IN,
  type CheckInView,
  type FollowUps,
} from './follow-ups.harness';

describe('testimonial follow-ups: check-ins and the timeline', () => {
  let h: FollowUps;
  beforeAll(async () => {
    h = await setUpFollowUps();
  });
  afterEach(() => h.clock.restore());
  afterAll(() => h.t.close());

  it('a check-in without a note is published at once and appears on the timeline for everyone', async () => {
    const res = await h.author.gql.ok<{
      submitCheckIn: { checkIn: CheckInView; safety: Record<string, unknown> };
    }>(SUBMIT_CHECK_IN, {
      id: h.testimonial.id,
      input: { ...quick, maintenanceSessions: 1, sideEffects: ['NAUSEA'] },
    });
    expect(res.submitCheckIn.checkIn).toMatchObject({
      monthsAfter: 1,
      phq9: 7,
      status: 'PUBLISHED',
      maintenanceSessions: 1,
      maintenanceModality: 'IV_INFUSION',
      sideEffects: ['NAUSEA'],
      note: null,
    });
    expect(res.submitCheckIn.safety).toEqual({ crisisDetected: false, heldForReview: false, resources: [] });
    for (const gql of [h.t.gql, h.other.gql]) {
      const view = await h.timeline(gql);
      expect(view.checkIns.map((c) => [c.monthsAfter, c.status])).toEqual([[1, 'PUBLISHED']]);
    }
    // The next one is the 3-month point.
    const mine = await h.timeline(h.author.gql);
    expect(new Date(mine.nextCheckInDue!).getTime()).toBeGreaterThan(Date.now());
    // Answered: a second check-in now is refused, nothing stored.
    const again = await h.author.gql.request(SUBMIT_CHECK_IN, { id: h.testimonial.id, input: quick });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/next one is due on/);
    expect((await h.timeline(h.author.gql)).checkIns).toHaveLength(1);
  });

  it('the author withdraws a check-in: it leaves the timeline and its point opens again', async () => {
    const [checkIn] = (await h.timeline(h.author.gql)).checkIns;
    expect(await h.other.gql.errorCode(WITHDRAW_CHECK_IN, { id: checkIn.id })).toBe('FORBIDDEN');
    expect(await h.moderator.gql.errorCode(WITHDRAW_CHECK_IN, { id: checkIn.id })).toBe('FORBIDDEN');
    expect(await h.t.gql.errorCode(WITHDRAW_CHECK_IN, { id: checkIn.id })).toBe('UNAUTHENTICATED');
    expect(await h.author.gql.errorCode(WITHDRAW_CHECK_IN, { id: 'nope' })).toBe('BAD_USER_INPUT');
    expect(
      await h.author.gql.errorCode(WITHDRAW_CHECK_IN, { id: '00000000-0000-4000-8000-000000000001' }),
    ).toBe('NOT_FOUND');
    const res = await h.author.gql.ok<{ withdrawCheckIn: { status: string } }>(WITHDRAW_CHECK_IN, {
      id: checkIn.id,
    });
    expect(res.withdrawCheckIn.status).toBe('WITHDRAWN');
    expect(h.withdrawn).toContainEqual({ kind: ContentKind.CHECK_IN, id: checkIn.id });
    expect((await h.timeline(h.t.gql)).checkIns).toEqual([]);
    expect((await h.timeline(h.author.gql)).checkIns).toEqual([]);
  });

  it('a check-in with a note is reviewed like a testimonial before anyone else sees it', async () => {
    const res = await h.author.gql.ok<{
      submitCheckIn: { checkIn: CheckInView; safety: { heldForReview: boolean } };
    }>(SUBMIT_CHECK_IN, { id: h.testimonial.id, input: { ...quick, note: 'Still **lighter** most days.' } });
    const checkIn = res.submitCheckIn.checkIn;
    expect(checkIn.status).toBe('PENDING_REVIEW');
    expect(checkIn.noteHtml).toContain('<strong>lighter</strong>');
    expect(res.submitCheckIn.safety.heldForReview).toBe(true);
    const event = h.events.find((e) => e.id === checkIn.id);
    expect(event).toMatchObject({ kind: ContentKind.CHECK_IN, authorId: h.author.id, review: 'TESTIMONIAL' });
    expect(event?.excerpt).toMatch(/^Follow-up at 1 months — Still/);
    expect((await h.timeline(h.t.gql)).checkIns).toEqual([]);
    expect((await h.timeline(h.other.gql)).checkIns).toEqual([]);
    for (const gql of [h.author.gql, h.moderator.gql, h.admin.gql]) {
      expect((await h.timeline(gql)).checkIns.map((c) => c.status)).toEqual(['PENDING_REVIEW']);
    }
    const described = await h.t.app
      .get(ModeratedContentRegistry)
      .handlerFor(ContentKind.CHECK_IN)
      .describe([checkIn.id]);
    expect(described.get(checkIn.id)).toMatchObject({ authorId: h.author.id, status: 'PENDING_REVIEW' });
    await runDecision(h.t.app.get(DataSource), (tx) =>
      h.t.app
        .get(ModeratedContentRegistry)
        .handlerFor(ContentKind.CHECK_IN)
        .apply(checkIn.id, 'APPROVE', { actorId: h.moderator.id, note: null }, tx),
    );
    expect((await h.timeline(h.t.gql)).checkIns.map((c) => [c.id, c.status])).toEqual([
      [checkIn.id, 'PUBLISHED'],
    ]);
    await runDecision(h.t.app.get(DataSource), (tx) =>
      h.t.app
        .get(ModeratedContentRegistry)
        .handlerFor(ContentKind.CHECK_IN)
        .apply(checkIn.id, 'REMOVE', { actorId: h.moderator.id, note: 'Off topic' }, tx),
    );
    expect((await h.timeline(h.t.gql)).checkIns).toEqual([]);
    expect((await h.timeline(h.author.gql)).checkIns.map((c) => c.status)).toEqual(['REJECTED']);
  });

  it('a check-in at risk is handled like a post at risk: resources at once, an URGENT case asked for', async () => {
    const fresh = await publishTestimonial(h.t, h.author.gql, {
      firstSessionDate: firstSessionFor(1),
      followUps: true,
    });
    const res = await h.author.gql.ok<{
      submitCheckIn: {
        checkIn: CheckInView;
        safety: { crisisDetected: boolean; resources: { name: string }[] };
      };
    }>(SUBMIT_CHECK_IN, {
      id: fresh.id,
      input: {
        ...quick,
        phq9: 22,
        stillRelieved: 'NO',
        note: 'It came back and I want to kill myself again.',
      },
    });
    expect(res.submitCheckIn.safety.crisisDetected).toBe(true);
    expect(res.submitCheckIn.safety.resources.length).toBeGreaterThan(0);
    expect(res.submitCheckIn.checkIn.status).toBe('PENDING_REVIEW');
    const event = h.events.find((e) => e.id === res.submitCheckIn.checkIn.id);
    expect(event?.assessment.crisisDetected).toBe(true);
    expect(event?.assessment.priority).toBe('URGENT');
  });

  it('refuses bad check-ins with a clear error and stores nothing', async () => {
    const fresh = await publishTestimonial(h.t, h.author.gql, {
      firstSessionDate: firstSessionFor(2),
      followUps: true,
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...quick, phq9: 30 }, 'BAD_USER_INPUT'],
      [{ ...quick, phq2: 3 }, 'BAD_USER_INPUT'],
      [{ ...quick, note: 'x'.repeat(2001) }, 'BAD_USER_INPUT'],
      [{ ...quick, maintenanceSessions: -2 }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) {
      expect(await h.author.gql.errorCode(SUBMIT_CHECK_IN, { id: fresh.id, input })).toBe(code);
    }
    expect(await h.author.gql.errorCode(SUBMIT_CHECK_IN, { id: 'bad', input: quick })).toBe('BAD_USER_INPUT');
    expect((await h.timeline(h.author.gql, fresh.id)).checkIns).toEqual([]);
  });

  it('only the author answers: visitors, other members, moderators, admins and suspended authors cannot', async () => {
    const fresh = await publishTestimonial(h.t, h.other.gql, {
      firstSessionDate: firstSessionFor(2),
      followUps: true,
    });
    expect(await h.t.gql.errorCode(SUBMIT_CHECK_IN, { id: fresh.id, input: quick })).toBe('UNAUTHENTICATED');
    for (const who of [h.author, h.moderator, h.admin]) {
      expect(await who.gql.errorCode(SUBMIT_CHECK_IN, { id: fresh.id, input: quick })).toBe('FORBIDDEN');
      expect(await who.gql.errorCode(SET_FOLLOW_UPS, { id: fresh.id, enabled: false })).toBe('FORBIDDEN');
    }
    const pending = await submitTestimonial(h.other.gql, {
      firstSessionDate: firstSessionFor(2),
      followUps: true,
    });
    expect(await h.author.gql.errorCode(SUBMIT_CHECK_IN, { id: pending.id, input: quick })).toBe('NOT_FOUND');
    const suspended = await registerMember(h.t.gql);
    const own = await publishTestimonial(h.t, suspended.gql, {
      firstSessionDate: firstSessionFor(2),
      followUps: true,
    });
    await suspended.gql.ok(SUBMIT_CHECK_IN, { id: own.id, input: quick });
    const [checkIn] = (await h.timeline(suspended.gql, own.id)).checkIns;
    await suspend(h.t, suspended.id);
    expect(await suspended.gql.errorCode(SUBMIT_CHECK_IN, { id: own.id, input: quick })).toBe('FORBIDDEN');
    // Taking one's own words back is never refused.
    await suspended.gql.ok(WITHDRAW_CHECK_IN, { id: checkIn.id });
  });

  it('the check-ins are in the author’s data export', async () => {
    const exported = JSON.parse(
      (await h.author.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData,
    ) as {
      testimonialCheckIns: { testimonialId: string; monthsAfter: number; status: string }[];
    };
    expect(exported.testimonialCheckIns).toContainEqual(
      expect.objectContaining({ testimonialId: h.testimonial.id, monthsAfter: 1, status: 'WITHDRAWN' }),
    );
    const theirs = JSON.parse(
      (await h.other.gql.ok<{ exportMyData: string }>('{ exportMyData }')).exportMyData,
    ) as {
      testimonialCheckIns: { testimonialId: string }[];
    };
    expect(theirs.testimonialCheckIns.some((c) => c.testimonialId === h.testimonial.id)).toBe(false);
  });

  it('anonymity holds on every path of the timeline', async () => {
    const fields = `id anonymous author { id handle } checkIns { ${CHECK_IN} }`;
    const paths: [string, Record<string, unknown>][] = [
      [TIMELINE, { id: h.testimonial.id }],
      [`{ testimonials(first: 20) { nodes { ${fields} } } }`, {}],
      [`{ durabilityStats { members followedUp points { monthsAfter respondents } } }`, {}],
    ];
    for (const gql of [h.t.gql, h.other.gql]) {
      for (const [query, variables] of paths) {
        const res = await gql.request<{ testimonials?: { nodes: { id: string }[] } }>(query, variables);
        expect(res.errors).toBeUndefined();
        // In the list, the anonymous testimonial's node (the author's other stories are not anonymous).
        const nodes = res.data?.testimonials?.nodes.filter((n) => n.id === h.testimonial.id);
        if (nodes) expect(nodes).toHaveLength(1);
        const text = JSON.stringify(nodes ?? res);
        expect(text).not.toContain(h.author.handle);
        expect(text).not.toContain(h.author.id);
      }
    }
    expect((await h.timeline(h.moderator.gql)).author?.handle).toBe(h.author.handle);
  });
});
