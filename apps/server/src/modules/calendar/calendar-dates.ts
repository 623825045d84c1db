// Calendar-day arithmetic for the calendar module, on luxon (no hand-rolled zone math). Entries live on
// the user's local days, so the only zone-dependent question is "which day is today for this user?".
import { DateTime, IANAZone } from 'luxon';

/** The user's zone when it is a valid IANA name; UTC otherwise (a profile never stores an invalid one). */
export function safeZone(zone: string): string {
  return IANAZone.isValidZone(zone) ? zone : 'UTC';
}

/** Today's date (YYYY-MM-DD) on the wall calendar of `zone` at the instant `now`. */
export function todayIn(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone: safeZone(zone) }).toISODate() as string;
}

/** The month (YYYY-MM) that `now` falls in for someone in `zone`. */
export function currentMonthIn(zone: string, now: Date): string {
  return todayIn(zone, now).slice(0, 7);
}

function startOfMonth(month: string): DateTime {
  return DateTime.fromISO(`${month}-01`, { zone: 'UTC' });
}

/** First and last day of a month, inclusive. */
export function monthRange(month: string): { first: string; last: string } {
  const start = startOfMonth(month);
  return { first: start.toISODate() as string, last: start.endOf('month').toISODate() as string };
}

/** Every day of the month in order. */
export function monthDays(month: string): string[] {
  const start = startOfMonth(month);
  return Array.from(
    { length: start.daysInMonth as number },
    (_, i) => start.plus({ days: i }).toISODate() as string,
  );
}

/** The `count` months before `month`, as one inclusive day range (for "covered recently"). */
export function precedingMonthsRange(month: string, count: number): { first: string; last: string } {
  const start = startOfMonth(month);
  return {
    first: start.minus({ months: count }).toISODate() as string,
    last: start.minus({ days: 1 }).toISODate() as string,
  };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  return DateTime.fromISO(day, { zone: 'UTC' }).weekday;
}

/** The Monday of the ISO week containing `day`: entries are spread week by week. */
export function weekOf(day: string): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).startOf('week').toISODate() as string;
}

/** The later of two YYYY-MM-DD days (they sort as text). */
export function laterDay(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}
