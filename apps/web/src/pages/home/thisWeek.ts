// The seven days from today on the user's calendar, and the calendar entries that fall in them.
// Plain Intl and string dates (YYYY-MM-DD): home stays free of the date library the calendar loads.
import type { CalendarEntry } from '@brandwright/contracts';

export const WEEK_DAYS = 7;

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than formatting with it. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date (YYYY-MM-DD) in `zone`; en-CA formats dates as ISO. */
export function todayIn(zone: string, now: Date = new Date()): string {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(zone, format);
  }
  return format.format(now);
}

/** `ymd` plus `days` calendar days (UTC arithmetic on a date without time cannot hit DST). */
export function addDays(ymd: string, days: number): string {
  const date = new Date(`${ymd}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The months (YYYY-MM) the week from `today` touches: one, or two at a month's end. */
export function monthsOfWeek(today: string): string[] {
  const months = new Set([today.slice(0, 7), addDays(today, WEEK_DAYS - 1).slice(0, 7)]);
  return [...months];
}

export interface WeekDay {
  date: string;
  entries: CalendarEntry[];
}

/** Each of the seven days with its entries (skipped ones left out), in date order. */
export function weekDays(today: string, entries: readonly CalendarEntry[]): WeekDay[] {
  return Array.from({ length: WEEK_DAYS }, (_, index) => {
    const date = addDays(today, index);
    return { date, entries: entries.filter((entry) => entry.date === date && entry.status !== 'skipped') };
  });
}
