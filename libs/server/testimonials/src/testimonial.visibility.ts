import { TestimonialStatus } from '@haven/shared/contracts';
import { isModerator, type Actor } from '@haven/server/core';

type Row = { authorId: string; status: TestimonialStatus };

/** The author and moderators see a testimonial in every status; everyone else only once PUBLISHED. */
export function canSeeTestimonial(row: Row, actor: Pick<Actor, 'id' | 'role'> | null): boolean {
  return row.status === TestimonialStatus.PUBLISHED || isAuthorOrModerator(row, actor);
}

/** Who may know the author of an anonymous testimonial, and read its rejection note. */
export function isAuthorOrModerator(
  row: Pick<Row, 'authorId'>,
  actor: Pick<Actor, 'id' | 'role'> | null,
): boolean {
  return !!actor && (actor.id === row.authorId || isModerator(actor));
}
