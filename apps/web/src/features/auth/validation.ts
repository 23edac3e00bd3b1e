import { LIMITS } from '@haven/shared/contracts';

/** Client-side checks mirroring the server's limits; each returns a message or null. */
export function validateEmail(value: string): string | null {
  const email = value.trim();
  if (email === '') return 'Enter your e-mail address.';
  if (email.length > LIMITS.email.max)
    return `Use an e-mail address of at most ${LIMITS.email.max} characters.`;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'Enter an e-mail address like name@example.com.';
  return null;
}

export function validateHandle(value: string): string | null {
  const { min, max, pattern } = LIMITS.handle;
  if (value.length < min || value.length > max) return `Choose a handle of ${min} to ${max} characters.`;
  if (!pattern.test(value))
    return 'Use only letters, digits, underscores (_) and hyphens (-) in your handle.';
  return null;
}

export function validatePassword(value: string): string | null {
  const { min, max } = LIMITS.password;
  if (value.length < min) return `Use at least ${min} characters for your password.`;
  if (value.length > max) return `Use at most ${max} characters for your password.`;
  return null;
}

export const HANDLE_RULES = `${LIMITS.handle.min} to ${LIMITS.handle.max} characters: letters, digits, _ and -. Others see your handle, so it need not be your name.`;
export const PASSWORD_RULES = `${LIMITS.password.min} to ${LIMITS.password.max} characters. A few unrelated words make a strong password.`;
