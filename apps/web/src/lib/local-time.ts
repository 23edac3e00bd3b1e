/**
 * A moment in the reader's own time zone and language (Intl), with the zone named, e.g. "9:42 PM GMT+1";
 * the date is added when it is not today. Never a raw UTC string.
 */
export function formatLocalMoment(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const sameDay = date.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(undefined, {
    ...(sameDay ? {} : { weekday: 'short', month: 'short', day: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}
