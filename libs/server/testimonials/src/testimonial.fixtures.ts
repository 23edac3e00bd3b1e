import { EventEmitter2 } from '@nestjs/event-emitter';
import { ContentKind } from '@haven/shared/contracts';
import {
  ACCOUNT_STATUS_CHANGED_EVENT,
  CONTENT_SUBMITTED_EVENT,
  ModeratedContentRegistry,
  type AccountStatusChangedEvent,
  type ContentModerationOutcome,
  type ContentSubmittedEvent,
  runDecision,
} from '@haven/server/core';
import { SafetyModule, safetyEntities } from '@haven/server/safety';
import { createTestApp, type GraphqlClient, type TestApp, type TestAppOptions } from '@haven/server/testing';
import { TestimonialsModule } from './testimonials.module';
import { testimonialsEntities } from './testimonials.database';

// Helpers shared by the testimonial test files (not a test file itself).

/** A server with the safety checks and testimonials (moderation talks to it through the registry). */
export function createTestimonialsApp(options: TestAppOptions = {}): Promise<TestApp> {
  return createTestApp({
    imports: [SafetyModule, TestimonialsModule],
    entities: [...safetyEntities, ...testimonialsEntities],
    ...options,
  });
}

export const TESTIMONIAL_FIELDS = `
  id anonymous title story storyHtml modality setting sessionCount priorTreatments overallRating
  reliefOnset reliefDuration sideEffects phq9Before phq9After contentWarnings status helpfulCount
  createdAt publishedAt rejectionNote viewerFoundHelpful viewerIsAuthor author { id handle }`;

export const SUBMIT = `mutation($input: SubmitTestimonialInput!) {
  submitTestimonial(input: $input) {
    testimonial { ${TESTIMONIAL_FIELDS} }
    safety { crisisDetected heldForReview resources { name } }
  }
}`;

export const UPDATE = `mutation($id: ID!, $input: UpdateTestimonialInput!) {
  updateTestimonial(id: $id, input: $input) { testimonial { ${TESTIMONIAL_FIELDS} } safety { crisisDetected } }
}`;

export const GET = `query($id: ID!) { testimonial(id: $id) { ${TESTIMONIAL_FIELDS} } }`;
export const MINE = `{ myTestimonials { ${TESTIMONIAL_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawTestimonial(id: $id) { id status } }`;
export const HELPFUL = `mutation($id: ID!) { markTestimonialHelpful(id: $id) { id helpfulCount viewerFoundHelpful } }`;
/** The list asks for few fields: the operation cost counts each node field once per page item. */
export const LIST = `query($filter: TestimonialFilter, $first: Int, $after: String) {
  testimonials(filter: $filter, first: $first, after: $after) {
    nodes { id anonymous status overallRating publishedAt author { id handle } }
    pageInfo { endCursor hasNextPage }
  }
}`;

export interface TestimonialView {
  id: string;
  anonymous: boolean;
  title: string;
  story: string;
  storyHtml: string;
  status: string;
  helpfulCount: number;
  publishedAt: string | null;
  rejectionNote: string | null;
  viewerFoundHelpful: boolean;
  viewerIsAuthor: boolean;
  author: { id: string; handle: string } | null;
  contentWarnings: string[];
  [field: string]: unknown;
}

export function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Six infusions, slowly lighter',
    story:
      'After years of trying medication after medication, the first infusion felt strange but calm. ' +
      'By the fourth session the mornings were easier, and I could call my sister again.',
    modality: 'IV_INFUSION',
    setting: 'CLINIC',
    sessionCount: 6,
    priorTreatments: ['SSRI', 'SNRI', 'PSYCHOTHERAPY'],
    overallRating: 4,
    reliefOnset: 'WITHIN_DAYS',
    reliefDuration: 'WEEKS',
    sideEffects: ['DISSOCIATION', 'NAUSEA'],
    phq9Before: 21,
    phq9After: 9,
    ...overrides,
  };
}

export async function submitTestimonial(
  gql: GraphqlClient,
  overrides: Record<string, unknown> = {},
): Promise<TestimonialView> {
  const data = await gql.ok<{ submitTestimonial: { testimonial: TestimonialView } }>(SUBMIT, {
    input: validInput(overrides),
  });
  return data.submitTestimonial.testimonial;
}

/** Applies a moderation outcome the way the moderation queue does: through the core registry. */
export function moderate(
  t: TestApp,
  id: string,
  outcome: ContentModerationOutcome,
  note: string | null = null,
  actorId = '00000000-0000-4000-8000-000000000000',
): Promise<void> {
  const handler = t.app.get(ModeratedContentRegistry).handlerFor(ContentKind.TESTIMONIAL);
  return runDecision(t.dataSource, (tx) => handler.apply(id, outcome, { actorId, note }, tx));
}

/** Submits and approves: a PUBLISHED testimonial. */
export async function publishTestimonial(
  t: TestApp,
  gql: GraphqlClient,
  overrides: Record<string, unknown> = {},
): Promise<TestimonialView> {
  const submitted = await submitTestimonial(gql, overrides);
  await moderate(t, submitted.id, 'APPROVE');
  return submitted;
}

/** Every content event the server emits, for assertions. */
export function recordContentEvents(t: TestApp): ContentSubmittedEvent[] {
  const seen: ContentSubmittedEvent[] = [];
  t.app.get(EventEmitter2).on(CONTENT_SUBMITTED_EVENT, (event: ContentSubmittedEvent) => {
    seen.push(event);
  });
  return seen;
}

/** Suspends an account directly (moderation owns the real action) and announces it as that action does. */
export async function suspend(t: TestApp, userId: string, days = 3): Promise<void> {
  const [row] = await t.dataSource.query<{ suspended_until: Date }[]>(
    `UPDATE users SET status = 'SUSPENDED', suspended_until = now() + make_interval(days => $2) WHERE id = $1
     RETURNING suspended_until`,
    [userId, days],
  );
  const event: AccountStatusChangedEvent = {
    userId,
    status: 'SUSPENDED',
    suspendedUntil: row?.suspended_until ?? null,
  };
  t.app.get(EventEmitter2).emit(ACCOUNT_STATUS_CHANGED_EVENT, event);
}
