import { ContentKind, ModerationAction } from '@haven/shared/contracts';
import { DomainError } from '@haven/server/core';
import {
  APPEALABLE_ACTIONS,
  appealOutcomeMessage,
  appealableUntil,
  validateAppealNote,
} from './appeal.rules';

const DAY = 24 * 60 * 60 * 1000;

function codeOf(work: () => unknown): { code: string; details: unknown } | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
}

describe('appeal rules', () => {
  const createdAt = new Date('2026-11-01T10:00:00.000Z');

  it('opens a 30-day window for decisions that took something from the member', () => {
    for (const action of [
      ModerationAction.HIDE,
      ModerationAction.REMOVE,
      ModerationAction.WARN_USER,
      ModerationAction.SUSPEND_USER,
    ]) {
      expect(appealableUntil({ action, logEntryId: 'e', createdAt })).toEqual(
        new Date(createdAt.getTime() + 30 * DAY),
      );
    }
  });

  it('has no window for approvals, restorations, bans, appeal outcomes or notices without a decision', () => {
    for (const action of [
      ModerationAction.APPROVE,
      ModerationAction.RESTORE,
      ModerationAction.DISMISS,
      ModerationAction.BAN_USER,
      ModerationAction.APPEAL_UPHELD,
      ModerationAction.APPEAL_REVERSED,
    ]) {
      expect(APPEALABLE_ACTIONS.has(action)).toBe(false);
      expect(appealableUntil({ action, logEntryId: 'e', createdAt })).toBeNull();
    }
    expect(appealableUntil({ action: ModerationAction.REMOVE, logEntryId: null, createdAt })).toBeNull();
  });

  it('takes a trimmed note of 1 to 1,000 characters', () => {
    expect(validateAppealNote('  I was quoting a crisis line.  ')).toBe('I was quoting a crisis line.');
    expect(validateAppealNote('x'.repeat(1000))).toHaveLength(1000);
    expect(validateAppealNote('  x  ')).toBe('x');
    for (const bad of ['', '   ', 'x'.repeat(1001), 42, null, undefined]) {
      expect(codeOf(() => validateAppealNote(bad))).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'note' },
      });
    }
  });

  it('tells the member the outcome, without naming the moderator', () => {
    expect(
      appealOutcomeMessage(ModerationAction.APPEAL_UPHELD, ModerationAction.REMOVE, ContentKind.POST),
    ).toBe('A moderator reviewed your appeal about your post and upheld the decision.');
    expect(appealOutcomeMessage(ModerationAction.APPEAL_UPHELD, ModerationAction.SUSPEND_USER, null)).toBe(
      'A moderator reviewed your appeal about your account and upheld the decision.',
    );
    expect(
      appealOutcomeMessage(ModerationAction.APPEAL_REVERSED, ModerationAction.HIDE, ContentKind.COMMENT),
    ).toContain('your comment is visible again');
    expect(
      appealOutcomeMessage(ModerationAction.APPEAL_REVERSED, ModerationAction.SUSPEND_USER, null),
    ).toContain('your suspension is lifted');
    expect(
      appealOutcomeMessage(ModerationAction.APPEAL_REVERSED, ModerationAction.WARN_USER, ContentKind.POST),
    ).toContain('the warning is withdrawn');
  });
});
