import { ContentKind, LIMITS, ModerationAction } from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';
import { kindName } from '../moderation.rules';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The decisions a member may appeal: those that took something from them. A ban is not among them: a
 * banned account cannot sign in, so bans are appealed to the team by e-mail, outside the app.
 */
export const APPEALABLE_ACTIONS: ReadonlySet<ModerationAction> = new Set([
  ModerationAction.HIDE,
  ModerationAction.REMOVE,
  ModerationAction.WARN_USER,
  ModerationAction.SUSPEND_USER,
]);

/** The two ways to resolve an APPEAL case, and the only ones. */
export const APPEAL_OUTCOMES: ReadonlySet<ModerationAction> = new Set([
  ModerationAction.APPEAL_UPHELD,
  ModerationAction.APPEAL_REVERSED,
]);

/** Until when the decision a notice tells of may be appealed; null when it cannot be appealed. */
export function appealableUntil(notice: {
  action: ModerationAction;
  logEntryId: string | null;
  createdAt: Date;
}): Date | null {
  if (!APPEALABLE_ACTIONS.has(notice.action) || !notice.logEntryId) return null;
  return new Date(notice.createdAt.getTime() + LIMITS.appeal.windowDays * DAY_MS);
}

/** The member's note: trimmed, 1 to 1,000 characters. */
export function validateAppealNote(value: unknown): string {
  const { noteMin, noteMax } = LIMITS.appeal;
  if (typeof value !== 'string') throw new BadInputError('`note` must be text.', { field: 'note' });
  const note = value.trim();
  if (note.length < noteMin) {
    throw new BadInputError('Tell the moderators why you are appealing.', { field: 'note', min: noteMin });
  }
  if (note.length > noteMax) {
    throw new BadInputError(`An appeal note has at most ${noteMax} characters.`, {
      field: 'note',
      max: noteMax,
    });
  }
  return note;
}

/** What the member is told of the outcome of their appeal. */
export function appealOutcomeMessage(
  outcome: ModerationAction.APPEAL_UPHELD | ModerationAction.APPEAL_REVERSED,
  appealed: ModerationAction,
  kind: ContentKind | null,
): string {
  const about = kind && kind !== ContentKind.USER ? `your ${kindName(kind)}` : 'your account';
  if (outcome === ModerationAction.APPEAL_UPHELD) {
    return `A moderator reviewed your appeal about ${about} and upheld the decision.`;
  }
  switch (appealed) {
    case ModerationAction.SUSPEND_USER:
      return 'A moderator reviewed your appeal and reversed the decision: your suspension is lifted.';
    case ModerationAction.WARN_USER:
      return 'A moderator reviewed your appeal and reversed the decision: the warning is withdrawn.';
    default:
      return `A moderator reviewed your appeal and reversed the decision: ${about} is visible again.`;
  }
}
