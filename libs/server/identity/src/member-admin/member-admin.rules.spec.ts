import { AccountStatus, ModerationAction, Role } from '@haven/shared/contracts';
import { BadInputError, ForbiddenError, type Actor } from '@haven/server/core';
import {
  assertMayChangeStatus,
  escapeLike,
  requireMemberId,
  statusLogAction,
  statusLogNote,
  validateMemberQuery,
  validateStatusChange,
} from './member-admin.rules';

const now = new Date('2026-06-01T12:00:00.000Z');
const day = 86_400_000;
const actor = (role: Role, id = 'a0000000-0000-4000-8000-000000000001'): Actor => ({
  id,
  handle: 'someone',
  role,
  status: AccountStatus.ACTIVE,
  suspendedUntil: null,
  createdAt: now,
});
const fieldOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof BadInputError ? error.details?.field : String(error);
  }
  return 'no error';
};

describe('member administration rules', () => {
  it('lets moderators act on members, only administrators on moderators and administrators, nobody on themselves', () => {
    const member = { id: 'b0000000-0000-4000-8000-000000000002', role: Role.MEMBER };
    const moderator = { ...member, role: Role.MODERATOR };
    const administrator = { ...member, role: Role.ADMIN };
    expect(() => assertMayChangeStatus(actor(Role.MODERATOR), member)).not.toThrow();
    expect(() => assertMayChangeStatus(actor(Role.MODERATOR), moderator)).toThrow(ForbiddenError);
    expect(() => assertMayChangeStatus(actor(Role.MODERATOR), administrator)).toThrow(ForbiddenError);
    expect(() => assertMayChangeStatus(actor(Role.ADMIN), moderator)).not.toThrow();
    expect(() => assertMayChangeStatus(actor(Role.ADMIN, member.id), member)).toThrow(ForbiddenError);
  });

  it('needs an end in the future, within a year, for a suspension and none otherwise', () => {
    const soon = new Date(now.getTime() + 3 * day);
    expect(validateStatusChange(AccountStatus.SUSPENDED, soon, '  why  ', now)).toEqual({
      status: AccountStatus.SUSPENDED,
      until: soon,
      note: 'why',
    });
    expect(validateStatusChange(AccountStatus.BANNED, null, '   ', now).note).toBeNull();
    expect(fieldOf(() => validateStatusChange(AccountStatus.SUSPENDED, null, null, now))).toBe('until');
    expect(fieldOf(() => validateStatusChange(AccountStatus.SUSPENDED, now, null, now))).toBe('until');
    expect(
      fieldOf(() =>
        validateStatusChange(AccountStatus.SUSPENDED, new Date(now.getTime() + 366 * day), null, now),
      ),
    ).toBe('until');
    expect(fieldOf(() => validateStatusChange(AccountStatus.ACTIVE, soon, null, now))).toBe('until');
    expect(fieldOf(() => validateStatusChange(AccountStatus.BANNED, null, 'x'.repeat(1001), now))).toBe(
      'note',
    );
  });

  it('checks ids and search text, and takes LIKE wildcards literally', () => {
    expect(requireMemberId('B0000000-0000-4000-8000-000000000002')).toBe(
      'b0000000-0000-4000-8000-000000000002',
    );
    expect(fieldOf(() => requireMemberId('nope'))).toBe('userId');
    expect(validateMemberQuery('  ann ')).toBe('ann');
    expect(fieldOf(() => validateMemberQuery(' '))).toBe('query');
    expect(fieldOf(() => validateMemberQuery('x'.repeat(255)))).toBe('query');
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('writes what was done, then the note, in the log', () => {
    const until = new Date('2026-06-08T12:00:00.000Z');
    expect(statusLogNote({ status: AccountStatus.SUSPENDED, until, note: 'Cool off.' })).toBe(
      'Suspended until 2026-06-08T12:00:00.000Z. Cool off.',
    );
    expect(statusLogNote({ status: AccountStatus.ACTIVE, until: null, note: null })).toBe('Reactivated.');
  });

  it('logs a suspension and a ban as what they are, a reactivation as a status change', () => {
    expect(statusLogAction(AccountStatus.SUSPENDED)).toBe(ModerationAction.SUSPEND_USER);
    expect(statusLogAction(AccountStatus.BANNED)).toBe(ModerationAction.BAN_USER);
    expect(statusLogAction(AccountStatus.ACTIVE)).toBe(ModerationAction.STATUS_CHANGED);
  });
});
