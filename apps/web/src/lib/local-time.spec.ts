import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  formatClock,
  formatDate,
  formatDateTime,
  formatDay,
  formatLocalMoment,
  formatLongDate,
} from './local-time';

const AT = '2026-03-28T10:30:00.000Z';
const reference = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(undefined, options).format(new Date(AT));

describe('dates in the reader’s own time zone and language', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('writes each kind as Intl does for the reader’s locale', () => {
    expect(formatDay(AT)).toBe(reference({}));
    expect(formatDate(AT)).toBe(reference({ year: 'numeric', month: 'short', day: 'numeric' }));
    expect(formatLongDate(AT)).toBe(reference({ year: 'numeric', month: 'long', day: 'numeric' }));
    expect(formatDateTime(AT)).toBe(reference({ dateStyle: 'medium', timeStyle: 'short' }));
    expect(formatClock(AT)).toBe(reference({ hour: '2-digit', minute: '2-digit' }));
  });

  it('takes an ISO string, a timestamp or a Date alike', () => {
    const date = new Date(AT);
    expect(formatDay(date)).toBe(formatDay(AT));
    expect(formatDay(date.getTime())).toBe(formatDay(AT));
  });

  it('makes a formatter when one is first needed, then reuses it', () => {
    const made = jest.spyOn(Intl, 'DateTimeFormat');
    formatLongDate('2026-01-02T00:00:00.000Z');
    const first = made.mock.calls.length;
    formatLongDate('2026-05-06T00:00:00.000Z');
    formatLongDate(AT);
    expect(made.mock.calls.length).toBe(first);
  });

  it('names the zone, and adds the date only when it is not today', () => {
    const sameDay = formatLocalMoment(AT, new Date(AT));
    const laterDay = formatLocalMoment(AT, new Date('2026-04-10T10:30:00.000Z'));
    expect(sameDay).toBe(reference({ hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }));
    expect(laterDay).toBe(
      reference({
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
    );
    expect(laterDay.length).toBeGreaterThan(sameDay.length);
  });
});
