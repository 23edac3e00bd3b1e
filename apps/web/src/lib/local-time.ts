/**
 * Dates and times in the reader's own time zone and language, in one place. Making an `Intl` formatter
 * costs far more than using one (the first on a page loads the locale's data: tens of milliseconds on a
 * phone), so each kind is made once, when first used, never while a page's scripts start.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(undefined, options);
    formatters.set(key, made);
  }
  return made;
}

type Moment = string | number | Date;

const DAY: Intl.DateTimeFormatOptions = {};
const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const LONG_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** The day in numbers, as the reader's locale writes it, e.g. "3/28/2026". */
export const formatDay = (at: Moment): string => formatter(DAY).format(new Date(at));

/** The day with the month's short name, e.g. "Mar 28, 2026". */
export const formatDate = (at: Moment): string => formatter(DATE).format(new Date(at));

/** The day with the month's full name, e.g. "March 28, 2026". */
export const formatLongDate = (at: Moment): string => formatter(LONG_DATE).format(new Date(at));

/** The day and the time, e.g. "Mar 28, 2026, 10:30 AM". */
export const formatDateTime = (at: Moment): string => formatter(DATE_TIME).format(new Date(at));

/** The time of day alone, e.g. "10:30 AM", for a message in a conversation. */
export const formatClock = (at: Moment): string => formatter(CLOCK).format(new Date(at));

/**
 * A moment with the zone named, e.g. "9:42 PM GMT+1"; the date is added when it is not today. Never a raw
 * UTC string.
 */
export function formatLocalMoment(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === now.toDateString();
  return formatter({
    ...(sameDay ? {} : { weekday: 'short', month: 'short', day: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}
