import { BadInputError } from '@haven/server/core';
import { normalizeEmail, validateBio, validateHandle, validatePassword } from './identity.rules';

describe('identity rules', () => {
  it('normalises e-mail addresses and refuses malformed ones', () => {
    expect(normalizeEmail('  Sam.Doe@Example.ORG ')).toBe('sam.doe@example.org');
    for (const bad of [
      '',
      'no-at-sign',
      'a@b',
      'a b@example.org',
      `${'x'.repeat(250)}@example.org`,
      '<a>@x.org',
    ]) {
      expect(() => normalizeEmail(bad)).toThrow(BadInputError);
    }
  });

  it('accepts handles of 3 to 24 letters, digits, _ and -', () => {
    expect(validateHandle(' calm_river-7 ')).toBe('calm_river-7');
    expect(validateHandle('abc')).toBe('abc');
    expect(validateHandle('a'.repeat(24))).toBe('a'.repeat(24));
    for (const bad of ['ab', 'a'.repeat(25), 'has space', 'émile', 'semi;colon', 'deleted-abc']) {
      expect(() => validateHandle(bad)).toThrow(BadInputError);
    }
  });

  it('asks for 10 to 128 characters and refuses common passwords', () => {
    expect(() => validatePassword('a quiet morning walk')).not.toThrow();
    expect(() => validatePassword('short')).toThrow(/10 to 128/);
    expect(() => validatePassword('x'.repeat(129))).toThrow(/10 to 128/);
    expect(() => validatePassword('Password123')).toThrow(/too common/);
    expect(() => validatePassword('qwertyuiop')).toThrow(/too common/);
    expect(() => validatePassword('aaaaaaaaaaaa')).toThrow(/too common/);
    expect(() => validatePassword('calm_river-7', { handle: 'Calm_River-7' })).toThrow(/e-mail or handle/);
  });

  it('trims bios, clears empty ones and caps them at 500 characters', () => {
    expect(validateBio('  hello  ')).toBe('hello');
    expect(validateBio('   ')).toBeNull();
    expect(validateBio(null)).toBeNull();
    expect(() => validateBio('x'.repeat(501))).toThrow(BadInputError);
  });
});
