import { describe, expect, it } from '@jest/globals';
import {
  MAIL_STATUS_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
  SUSPENSION_DAYS,
  slugProblem,
  suspensionEnd,
  wholeNumberProblem,
} from './admin.rules';

describe('slugProblem', () => {
  it.each(['support', 'first-steps', 'room-2', 'a', '2026'])('accepts %p', (slug) => {
    expect(slugProblem(slug)).toBeNull();
  });

  it('accepts a slug with spaces around it (they are trimmed before sending)', () => {
    expect(slugProblem('  support ')).toBeNull();
  });

  it('asks for an address when it is empty', () => {
    expect(slugProblem('')).toBe('Give it an address.');
    expect(slugProblem('   ')).toBe('Give it an address.');
  });

  it.each(['Support', 'first--steps', '-lead', 'trail-', 'two words', 'café', 'a_b'])(
    'refuses %p',
    (slug) => {
      expect(slugProblem(slug)).toBe('Use lowercase letters, digits and single hyphens.');
    },
  );
});

describe('wholeNumberProblem', () => {
  const problem = 'Enter a whole number from 1 to 365.';

  it('accepts whole numbers within the bounds, the bounds included', () => {
    expect(wholeNumberProblem('1', 1, 365)).toBeNull();
    expect(wholeNumberProblem('30', 1, 365)).toBeNull();
    expect(wholeNumberProblem('365', 1, 365)).toBeNull();
    expect(wholeNumberProblem('0', 0, 10)).toBeNull();
  });

  it.each(['', '  ', '0', '366', '1.5', 'ten', '-3', 'NaN', 'Infinity'])('refuses %p', (text) => {
    expect(wholeNumberProblem(text, 1, 365)).toBe(problem);
  });

  it('names the bounds it was given', () => {
    expect(wholeNumberProblem('99', 0, 60)).toBe('Enter a whole number from 0 to 60.');
  });
});

describe('suspensionEnd', () => {
  it('ends whole days of 24 hours after now', () => {
    const now = new Date('2026-03-28T10:30:00.000Z');
    expect(suspensionEnd(1, now).toISOString()).toBe('2026-03-29T10:30:00.000Z');
    expect(suspensionEnd(SUSPENSION_DAYS.max, now).toISOString()).toBe('2027-03-28T10:30:00.000Z');
  });

  it('leaves the date it was given alone', () => {
    const now = new Date('2026-03-28T10:30:00.000Z');
    suspensionEnd(7, now);
    expect(now.toISOString()).toBe('2026-03-28T10:30:00.000Z');
  });
});

describe('labels', () => {
  it('names every role, account status and mail status', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual(['ADMIN', 'MEMBER', 'MODERATOR']);
    expect(Object.keys(STATUS_LABELS).sort()).toEqual(['ACTIVE', 'BANNED', 'SUSPENDED']);
    expect(Object.keys(MAIL_STATUS_LABELS).sort()).toEqual(['FAILED', 'OUTBOX', 'QUEUED', 'SENT']);
    for (const label of [ROLE_LABELS, STATUS_LABELS, MAIL_STATUS_LABELS].flatMap(Object.values)) {
      expect(label.trim()).not.toBe('');
    }
  });
});
