import { LIMITS } from '@haven/shared/contracts';
import { BadInputError } from '@haven/server/core';
import { COMMON_PASSWORDS } from './common-passwords';

// A practical e-mail check: one @, a dotted domain, no spaces or control characters.
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/;

export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (email.length > LIMITS.email.max || !EMAIL.test(email)) {
    throw new BadInputError('Please enter a valid e-mail address.', { field: 'email' });
  }
  return email;
}

export function validateHandle(raw: string): string {
  const handle = raw.trim();
  const { min, max, pattern } = LIMITS.handle;
  if (handle.length < min || handle.length > max || !pattern.test(handle)) {
    throw new BadInputError(
      `A handle has ${min} to ${max} characters: letters, digits, underscores (_) and hyphens (-).`,
      { field: 'handle' },
    );
  }
  if (/^deleted-/i.test(handle)) {
    throw new BadInputError('That handle is reserved.', { field: 'handle' });
  }
  return handle;
}

export function validatePassword(password: string, context: { email?: string; handle?: string } = {}): void {
  const { min, max } = LIMITS.password;
  if (password.length < min || password.length > max) {
    throw new BadInputError(`A password has ${min} to ${max} characters.`, { field: 'password' });
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) {
    throw new BadInputError('That password is too common. Please choose another one.', { field: 'password' });
  }
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (
    (local && local.length >= 4 && lower === local) ||
    (context.handle && lower === context.handle.toLowerCase())
  ) {
    throw new BadInputError('Your password must not be your e-mail or handle.', { field: 'password' });
  }
}

export function validateBio(bio: string | null | undefined): string | null {
  if (bio === undefined || bio === null) return null;
  const trimmed = bio.trim();
  if (trimmed.length > LIMITS.bio.max) {
    throw new BadInputError(`A bio has at most ${LIMITS.bio.max} characters.`, { field: 'bio' });
  }
  return trimmed.length === 0 ? null : trimmed;
}
