import { describe, expect, it } from '@jest/globals';
import { MemoryStorage } from '../../testing/browser-stand-ins';
import { rememberRulesSeen, rulesSeenBefore } from './room-rules-memory';

describe('room rules memory', () => {
  it('shows a room’s rules open until they have been shown once, per room', () => {
    const storage = new MemoryStorage();
    expect(rulesSeenBefore(storage, 'room-a')).toBe(false);
    rememberRulesSeen(storage, 'room-a', new Date('2026-06-01T12:00:00.000Z'));
    expect(rulesSeenBefore(storage, 'room-a')).toBe(true);
    expect(rulesSeenBefore(storage, 'room-b')).toBe(false);
  });

  it('keeps the rules open where storage is blocked, without throwing', () => {
    const blocked = new MemoryStorage(true);
    expect(() => rememberRulesSeen(blocked, 'room-a', new Date())).not.toThrow();
    expect(rulesSeenBefore(blocked, 'room-a')).toBe(false);
  });
});
