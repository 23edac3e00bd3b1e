import { hasBeenHereLongEnough, isNewMember } from './trust.rules';

const DAY = 86_400_000;
const joinedAt = new Date('2026-03-01T12:00:00Z');
const at = (days: number) => new Date(joinedAt.getTime() + days * DAY);
const thresholds = { minDays: 7, minPublished: 3 };

describe('trust that grows', () => {
  it('needs the days, the published content and a clean record, all three', () => {
    const settled = { joinedAt, published: 3, actedAgainst: false };
    expect(isNewMember(settled, at(7), thresholds)).toBe(false);
    expect(isNewMember(settled, new Date(at(7).getTime() - 1), thresholds)).toBe(true);
    expect(isNewMember({ ...settled, published: 2 }, at(30), thresholds)).toBe(true);
    expect(isNewMember({ ...settled, published: 40 }, at(30), thresholds)).toBe(false);
    expect(isNewMember({ ...settled, actedAgainst: true }, at(365), thresholds)).toBe(true);
  });

  it('follows the configured thresholds', () => {
    const fresh = { joinedAt, published: 0, actedAgainst: false };
    expect(isNewMember(fresh, joinedAt, { minDays: 0, minPublished: 0 })).toBe(false);
    expect(isNewMember({ ...fresh, published: 1 }, at(2), { minDays: 2, minPublished: 1 })).toBe(false);
    expect(isNewMember({ ...fresh, published: 1 }, at(1.5), { minDays: 2, minPublished: 1 })).toBe(true);
  });

  it('counts whole periods from the moment of joining', () => {
    expect(hasBeenHereLongEnough(joinedAt, at(6.99), thresholds)).toBe(false);
    expect(hasBeenHereLongEnough(joinedAt, at(7), thresholds)).toBe(true);
    expect(hasBeenHereLongEnough(joinedAt, at(-1), { minDays: 0, minPublished: 0 })).toBe(false);
  });
});
