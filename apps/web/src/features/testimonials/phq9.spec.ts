import { describe, expect, it } from '@jest/globals';
import {
  PHQ9_ANSWERS,
  PHQ9_ITEMS,
  PHQ9_SELF_HARM_ITEM,
  answeredCount,
  emptyPhq9,
  isComplete,
  phq9Severity,
  phq9Total,
} from './phq9';

describe('PHQ-9', () => {
  it('has nine questions answered 0 to 3, the last about self-harm', () => {
    expect(PHQ9_ITEMS).toHaveLength(9);
    expect(PHQ9_ANSWERS.map((a) => a.value)).toEqual([0, 1, 2, 3]);
    expect(PHQ9_ITEMS[PHQ9_SELF_HARM_ITEM]).toMatch(/better off dead|hurting yourself/);
  });

  it('starts with nine unanswered questions, a new array each time', () => {
    const a = emptyPhq9();
    expect(a).toEqual(Array(9).fill(null));
    a[0] = 3;
    expect(emptyPhq9()[0]).toBeNull();
  });

  it('is complete only with all nine answered (0 counts as an answer)', () => {
    expect(isComplete(emptyPhq9())).toBe(false);
    expect(isComplete(Array(9).fill(0))).toBe(true);
    expect(isComplete([...Array(8).fill(2), null])).toBe(false);
    expect(isComplete(Array(8).fill(2))).toBe(false);
    expect(isComplete(Array(10).fill(2))).toBe(false);
  });

  it('adds up what is answered so far and counts the answers', () => {
    expect(phq9Total(emptyPhq9())).toBe(0);
    expect(phq9Total([3, null, 2, null, 0, 1, null, null, null])).toBe(6);
    expect(phq9Total(Array(9).fill(3))).toBe(27);
    expect(answeredCount([3, null, 0, null, 0, 1, null, null, null])).toBe(4);
    expect(answeredCount(emptyPhq9())).toBe(0);
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately severe'],
    [19, 'moderately severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('reads a total of %i as %s', (total, severity) => {
    expect(phq9Severity(total)).toBe(severity);
  });
});
