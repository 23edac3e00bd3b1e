import { describe, expect, it } from '@jest/globals';
import { LIMITS } from '@haven/shared/contracts';
import { HANDLE_RULES, PASSWORD_RULES, validateEmail, validateHandle, validatePassword } from './validation';

describe('validateEmail', () => {
  it('accepts an address, around spaces too', () => {
    expect(validateEmail('name@example.com')).toBeNull();
    expect(validateEmail('  name@example.com ')).toBeNull();
  });

  it('asks for an address when there is none', () => {
    expect(validateEmail('')).toBe('Enter your e-mail address.');
    expect(validateEmail('   ')).toBe('Enter your e-mail address.');
  });

  it.each(['name', 'name@', '@example.com', 'name@example', 'na me@example.com', 'a@b@c'])(
    'refuses %p',
    (email) => {
      expect(validateEmail(email)).toBe('Enter an e-mail address like name@example.com.');
    },
  );

  it('keeps to the server’s length limit', () => {
    const at = (length: number) => `${'a'.repeat(length - '@example.com'.length)}@example.com`;
    expect(validateEmail(at(LIMITS.email.max))).toBeNull();
    expect(validateEmail(at(LIMITS.email.max + 1))).toMatch(`at most ${LIMITS.email.max} characters`);
  });
});

describe('validateHandle', () => {
  const { min, max } = LIMITS.handle;

  it('accepts letters, digits, _ and - within the length limits', () => {
    expect(validateHandle('a'.repeat(min))).toBeNull();
    expect(validateHandle('a'.repeat(max))).toBeNull();
    expect(validateHandle('Calm_River-9')).toBeNull();
  });

  it('refuses a handle too short or too long', () => {
    expect(validateHandle('a'.repeat(min - 1))).toBe(`Choose a handle of ${min} to ${max} characters.`);
    expect(validateHandle('a'.repeat(max + 1))).toBe(`Choose a handle of ${min} to ${max} characters.`);
  });

  it.each(['calm river', 'calm.river', 'café', 'name@x'])('refuses the characters of %p', (handle) => {
    expect(validateHandle(handle)).toMatch(/^Use only letters, digits/);
  });
});

describe('validatePassword', () => {
  const { min, max } = LIMITS.password;

  it('accepts the lengths the server accepts', () => {
    expect(validatePassword('x'.repeat(min))).toBeNull();
    expect(validatePassword('x'.repeat(max))).toBeNull();
  });

  it('names the limit a password misses', () => {
    expect(validatePassword('x'.repeat(min - 1))).toBe(`Use at least ${min} characters for your password.`);
    expect(validatePassword('')).toBe(`Use at least ${min} characters for your password.`);
    expect(validatePassword('x'.repeat(max + 1))).toBe(`Use at most ${max} characters for your password.`);
  });

  it('describes the rules with the same limits', () => {
    expect(HANDLE_RULES).toContain(`${LIMITS.handle.min} to ${LIMITS.handle.max} characters`);
    expect(PASSWORD_RULES).toContain(`${min} to ${max} characters`);
  });
});
