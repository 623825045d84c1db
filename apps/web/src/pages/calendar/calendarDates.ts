// Calendar-day arithmetic for the month grid. Entries live on the user's local days (YYYY-MM-DD), so
// days are handled as plain dates in UTC; the only zone-dependent question is "which day is today?".
import { formatDay, formatMonth, formatWeekday } from '../../lib/dates';

const MS_PER_DAY = 86_400_000;

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today (YYYY-MM-DD) on the wall calendar of `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  } catch {
    // An unknown zone name: the server falls back to UTC as well.
    return toDay(now);
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** True for a month written YYYY-MM that the API accepts. */
export function isMonth(value: string | null): value is string {
  return value !== null && /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/.test(value);
}

/** The month `delta` months after `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + delta, 1));
  return toDay(date).slice(0, 7);
}

/** Every day of the month, in order. */
export function daysOfMonth(month: string): string[] {
  return Array.from({ length: daysInMonth(month) }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * The month as weeks of seven, Monday first: null where a week reaches into the months around it,
 * so every row of the grid has seven cells.
 */
export function weeksOfMonth(month: string): (string | null)[][] {
  const cells: (string | null)[] = [...Array<null>(leadingBlanks(month)).fill(null), ...daysOfMonth(month)];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** How many days `month` (YYYY-MM) has. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** How many cells precede the 1st in a Monday-first week (0 when the month starts on a Monday). */
export function leadingBlanks(month: string): number {
  return (toDate(`${month}-01`).getUTCDay() + 6) % 7;
}

export function addDays(day: string, count: number): string {
  return toDay(new Date(toDate(day).getTime() + count * MS_PER_DAY));
}

/** "December 2026" (in the user's locale). */
export function monthLabel(month: string): string {
  return formatMonth(`${month}-01`);
}

/** "Tuesday 1 December" (in the user's locale). */
export function dayLabel(day: string): string {
  return formatDay(day);
}

/** Day of the month without a leading zero, for the grid cell. */
export function dayNumber(day: string): number {
  return toDate(day).getUTCDate();
}

/** The weekday names in the user's locale, Monday first as in the ISO week the planner spreads posts
 * over (short for the header, long for speech). */
export function weekdayNames(style: 'short' | 'long'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => formatWeekday(addDays('2024-01-01', i), style));
}
