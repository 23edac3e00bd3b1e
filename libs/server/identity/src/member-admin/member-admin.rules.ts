import { isUUID } from 'class-validator';
import { AccountStatus, LIMITS, ModerationAction, Role } from '@haven/shared/contracts';
import { BadInputError, ForbiddenError, hasRole, type Actor } from '@haven/server/core';

/** Pure rules of the member administration: who may change whose status, and the inputs' limits. */

export const MEMBER_SEARCH_LIMITS = { queryMin: 1, queryMax: LIMITS.email.max } as const;
export const STATUS_NOTE_MAX = 1_000;
const DAY_MS = 86_400_000;

export function requireMemberId(value: unknown, field = 'userId'): string {
  if (typeof value !== 'string' || !isUUID(value)) {
    throw new BadInputError('That is not a valid member id.', { field });
  }
  return value.toLowerCase();
}

/**
 * Moderators and administrators change members' status; only administrators act on moderators and
 * administrators; nobody acts on their own account.
 */
export function assertMayChangeStatus(actor: Actor, target: { id: string; role: Role }): void {
  if (actor.id === target.id) throw new ForbiddenError('You cannot change your own account’s status.');
  if (target.role !== Role.MEMBER && !hasRole(actor, Role.ADMIN)) {
    throw new ForbiddenError('Only an administrator can change a moderator’s or administrator’s status.');
  }
}

export interface StatusChange {
  status: AccountStatus;
  until: Date | null;
  note: string | null;
}

/** A suspension needs an end in the future, at most a year ahead; other statuses take none. */
export function validateStatusChange(
  status: AccountStatus,
  until: Date | null | undefined,
  note: string | null | undefined,
  now: Date,
): StatusChange {
  const end = until ?? null;
  if (end !== null && !(end instanceof Date && Number.isFinite(end.getTime()))) {
    throw new BadInputError('`until` must be a date and time.', { field: 'until' });
  }
  if (status === AccountStatus.SUSPENDED) {
    if (!end) throw new BadInputError('A suspension needs an end.', { field: 'until' });
    if (end.getTime() <= now.getTime()) {
      throw new BadInputError('A suspension needs an end in the future.', { field: 'until' });
    }
    if (end.getTime() > now.getTime() + LIMITS.moderation.suspendDaysMax * DAY_MS) {
      throw new BadInputError(`A suspension lasts at most ${LIMITS.moderation.suspendDaysMax} days.`, {
        field: 'until',
      });
    }
  } else if (end !== null) {
    throw new BadInputError('Only a suspension has an end.', { field: 'until' });
  }
  const text = typeof note === 'string' ? note.trim() : '';
  if (text.length > STATUS_NOTE_MAX) {
    throw new BadInputError(`A note has at most ${STATUS_NOTE_MAX} characters.`, {
      field: 'note',
      max: STATUS_NOTE_MAX,
    });
  }
  return { status, until: end, note: text.length > 0 ? text : null };
}

/** The search text: trimmed, 1 to 254 characters. */
export function validateMemberQuery(value: unknown): string {
  const query = typeof value === 'string' ? value.trim() : '';
  if (query.length < MEMBER_SEARCH_LIMITS.queryMin || query.length > MEMBER_SEARCH_LIMITS.queryMax) {
    throw new BadInputError(
      `Search with ${MEMBER_SEARCH_LIMITS.queryMin} to ${MEMBER_SEARCH_LIMITS.queryMax} characters.`,
      { field: 'query' },
    );
  }
  return query;
}

const STATUS_WORDS: Record<AccountStatus, string> = {
  [AccountStatus.ACTIVE]: 'Reactivated',
  [AccountStatus.SUSPENDED]: 'Suspended',
  [AccountStatus.BANNED]: 'Banned',
};

/**
 * The moderation log's action for a status change: a suspension and a ban are logged as what they are
 * (they count against the member, as the same actions taken on a case do); a reactivation as a status
 * change.
 */
export function statusLogAction(status: AccountStatus): ModerationAction {
  if (status === AccountStatus.SUSPENDED) return ModerationAction.SUSPEND_USER;
  if (status === AccountStatus.BANNED) return ModerationAction.BAN_USER;
  return ModerationAction.STATUS_CHANGED;
}

/** The moderation log's note: what was done, then the moderator's own note. */
export function statusLogNote(change: StatusChange): string {
  const what = STATUS_WORDS[change.status];
  const until = change.until ? ` until ${change.until.toISOString()}` : '';
  return `${what}${until}.${change.note ? ` ${change.note}` : ''}`;
}

export function roleLogNote(from: Role, to: Role): string {
  return `Role changed from ${from} to ${to}.`;
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
