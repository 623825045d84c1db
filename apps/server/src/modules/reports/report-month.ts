// The calendar month a report covers, in the user's zone (luxon: a local day may last 23 or 25
// hours), the calendar month before it, and the fixed weeks of the month the charts group days into.
import { DateTime, IANAZone } from 'luxon';
import { ReportsError } from './reports.errors.js';

export interface ReportMonth {
  month: string;
  zone: string;
  /** First and last local day, inclusive. */
  from: string;
  to: string;
  /** The instants the month covers: [start, end). */
  start: Date;
  end: Date;
  previous: { month: string; from: string; to: string };
  /** False while the month is still running in the user's zone. */
  complete: boolean;
}

const iso = (d: DateTime) => d.toISODate() as string;

export function zoneOrUtc(zone: string): string {
  return IANAZone.isValidZone(zone) ? zone : 'UTC';
}

/** The month as the user's calendar has it; a month that has not begun is refused, naming `month`. */
export function reportMonth(rawZone: string, month: string, now: Date): ReportMonth {
  const zone = zoneOrUtc(rawZone);
  const first = DateTime.fromISO(`${month}-01`, { zone });
  const today = DateTime.fromJSDate(now, { zone });
  if (first > today)
    throw new ReportsError('MONTH_IN_FUTURE', undefined, {
      fields: [{ path: 'month', message: `Must not be after ${today.toFormat('yyyy-MM')}` }],
    });
  const next = first.plus({ months: 1 });
  const before = first.minus({ months: 1 });
  return {
    month,
    zone,
    from: iso(first),
    to: iso(next.minus({ days: 1 })),
    start: first.toJSDate(),
    end: next.toJSDate(),
    previous: {
      month: before.toFormat('yyyy-MM'),
      from: iso(before),
      to: iso(first.minus({ days: 1 })),
    },
    complete: next <= today,
  };
}

/** The month (YYYY-MM) an instant falls in, in `zone`. */
export function monthOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM');
}

/** The month running now in `zone`, and the instant it ends. */
export function currentMonthEnd(rawZone: string, now: Date): Date {
  return DateTime.fromJSDate(now, { zone: zoneOrUtc(rawZone) })
    .startOf('month')
    .plus({ months: 1 })
    .toJSDate();
}

/** Index of the fixed week a day of the month belongs to: 1–7 → 0, …, 29–31 → 4. */
export function weekIndex(date: string): number {
  return Math.min(4, Math.floor((Number(date.slice(8, 10)) - 1) / 7));
}
