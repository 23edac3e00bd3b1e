import type { AccountStatus, MailStatus, Role } from '../../gql/graphql';

/** Pure helpers of the admin console: labels and the small client checks before a form is sent. */

export const ROLE_LABELS: Record<Role, string> = {
  MEMBER: 'Member',
  MODERATOR: 'Moderator',
  ADMIN: 'Administrator',
};

export const STATUS_LABELS: Record<AccountStatus, string> = {
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  BANNED: 'Banned',
};

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  OUTBOX: 'Kept in the outbox',
  QUEUED: 'Waiting to be sent',
  SENT: 'Sent',
  FAILED: 'Failed',
};

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SUSPENSION_DAYS = { min: 1, max: 365 } as const;

/** A problem with an address part (slug), or null. */
export function slugProblem(slug: string): string | null {
  if (slug.trim() === '') return 'Give it an address.';
  if (!SLUG_PATTERN.test(slug.trim())) return 'Use lowercase letters, digits and single hyphens.';
  return null;
}

/** A problem with a whole number typed in a field, or null. */
export function wholeNumberProblem(text: string, min: number, max: number): string | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    return `Enter a whole number from ${min} to ${max}.`;
  }
  return null;
}

/** When a suspension of `days` days that starts now ends. */
export function suspensionEnd(days: number, now: Date): Date {
  return new Date(now.getTime() + days * 86_400_000);
}
