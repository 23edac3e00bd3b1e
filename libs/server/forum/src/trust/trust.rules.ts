/**
 * Trust that grows: a member stops being a "new member" (whose posts a moderator reviews and in which
 * links wait for review) once they have been here TRUST_MIN_DAYS days, have TRUST_MIN_PUBLISHED posts
 * and comments published, and no moderator has acted against them. Moderators and admins are trusted.
 */

const DAY_MS = 86_400_000;

export interface TrustThresholds {
  minDays: number;
  minPublished: number;
}

export interface TrustFacts {
  joinedAt: Date;
  /** Posts and comments of theirs listed for everyone. */
  published: number;
  /** Whether the moderation log holds an action against them. */
  actedAgainst: boolean;
}

/** Whether the member has been here long enough, by `now`. */
export function hasBeenHereLongEnough(joinedAt: Date, now: Date, thresholds: TrustThresholds): boolean {
  return now.getTime() - joinedAt.getTime() >= thresholds.minDays * DAY_MS;
}

/** Whether a member is still a new member at `now`. */
export function isNewMember(facts: TrustFacts, now: Date, thresholds: TrustThresholds): boolean {
  return (
    !hasBeenHereLongEnough(facts.joinedAt, now, thresholds) ||
    facts.published < thresholds.minPublished ||
    facts.actedAgainst
  );
}
