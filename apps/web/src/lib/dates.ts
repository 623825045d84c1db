// The one way the app writes dates and times: in the user's locale (the browser's language) and in
// the profile's time zone, which the app layout sets once the user is known. Schedules pass a zone
// explicitly; everything else (histories, "updated …") uses the profile's.
let displayZone: string | undefined;

/** Called by the app layout with the signed-in user's zone (undefined: the browser's own). */
export function setDisplayZone(zone: string | undefined): void {
  displayZone = zone;
}

const locale = () => (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale(), options]);
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale(), options);
    formatters.set(key, found);
  }
  return found;
}

const yearIn = (date: Date, timeZone: string | undefined) =>
  formatter({ year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);

/** An instant as "Tue 2 Mar, 09:00" (en-GB), the year added when it is not this year's. */
export function formatDateTime(
  iso: string,
  zone: string | undefined = displayZone,
  now = new Date(),
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = zone ? { timeZone: zone } : {};
  const year = yearIn(date, zone) === yearIn(now, zone) ? {} : { year: 'numeric' as const };
  return formatter({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...year,
    hour: '2-digit',
    minute: '2-digit',
    ...timeZone,
  }).format(date);
}

/** An instant's time of day, e.g. "09:00". */
export function formatTime(iso: string, zone: string | undefined = displayZone): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter({ hour: '2-digit', minute: '2-digit', ...(zone ? { timeZone: zone } : {}) }).format(date);
}

/** A calendar date (YYYY-MM-DD), e.g. "2 Mar 2027"; read in UTC so it never shifts by a day. */
export function formatDate(ymd: string): string {
  const date = new Date(`${ymd}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? ymd
    : formatter({ dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A month (YYYY-MM-DD of any of its days), e.g. "March 2027". */
export function formatMonth(ymd: string): string {
  return formatter({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));
}

/** A day of the calendar, e.g. "Tuesday 2 March". */
export function formatDay(ymd: string): string {
  return formatter({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${ymd}T00:00:00Z`),
  );
}

/** The weekday of a calendar date, e.g. "Tue" or "Tuesday". */
export function formatWeekday(ymd: string, style: 'short' | 'long'): string {
  return formatter({ weekday: style, timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));
}
