import { isSevere, validateMood, validateSession } from './tracker.rules';

const now = new Date('2026-05-01T12:00:00Z');
const answers = (item9: number, rest = 1) => [rest, rest, rest, rest, rest, rest, rest, rest, item9];

describe('tracker rules', () => {
  it('severe is PHQ-9 ≥ 20 or item 9 above 0; never on the 0–10 scale', () => {
    expect(isSevere({ scale: 'PHQ9' as never, score: 19, phq9Answers: null })).toBe(false);
    expect(isSevere({ scale: 'PHQ9' as never, score: 20, phq9Answers: null })).toBe(true);
    expect(isSevere({ scale: 'PHQ9' as never, score: 9, phq9Answers: answers(1) })).toBe(true);
    expect(isSevere({ scale: 'PHQ9' as never, score: 8, phq9Answers: answers(0) })).toBe(false);
    expect(isSevere({ scale: 'ZERO_TO_TEN' as never, score: 0, phq9Answers: null })).toBe(false);
  });

  it.each([
    [{ date: 'x', scale: 'PHQ9', score: 3 }, /give a date/],
    [{ date: '2026-05-03T12:00:00Z', scale: 'PHQ9', score: 3 }, /future/],
    [{ date: now, scale: 'PHQ9', score: 28 }, /0 to 27/],
    [{ date: now, scale: 'ZERO_TO_TEN', score: 11 }, /0 to 10/],
    [{ date: now, scale: 'OTHER', score: 1 }, /PHQ-9 or a 0–10/],
    [{ date: now, scale: 'PHQ9', score: 9, phq9Answers: [1, 1] }, /nine answers/],
    [{ date: now, scale: 'PHQ9', score: 10, phq9Answers: answers(1) }, /add up/],
    [{ date: now, scale: 'PHQ9', score: 12, phq9Answers: answers(4) }, /0, 1, 2 or 3/],
    [{ date: now, scale: 'ZERO_TO_TEN', score: 9, phq9Answers: answers(1) }, /PHQ-9 entry only/],
  ])('refuses mood %#', (input, message) => {
    expect(() => validateMood(input, now)).toThrow(message);
  });

  it('checks sessions', () => {
    expect(validateSession({ date: now, modality: 'IV_INFUSION', notes: '  ok ' }, now)).toMatchObject({
      notes: 'ok',
      setting: null,
    });
    expect(() => validateSession({ date: now, modality: 'PILL' }, now)).toThrow(/kind of treatment/);
    expect(() => validateSession({ date: now, modality: 'IV_INFUSION', setting: 'BEACH' }, now)).toThrow(
      /setting/,
    );
    expect(() =>
      validateSession({ date: now, modality: 'IV_INFUSION', notes: 'x'.repeat(1001) }, now),
    ).toThrow(/at most 1,000/);
  });
});
