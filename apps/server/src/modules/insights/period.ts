// The period a report covers, in the user's zone: a calendar month (default the last full one) or
// inclusive days, and the previous period of equal length it is compared with. Built on luxon like
// analytics' date ranges (a local day may last 23 or 25 hours).
import type { InsightsQuery } from '@brandwright/contracts';
import { DateTime, IANAZone } from 'luxon';

export interface ReportPeriod {
  zone: string;
  from: string;
  to: string;
  /** Set for a calendar month (the stored monthly reports), YYYY-MM. */
  month?: string;
  start: Date;
  end: Date;
  previousStart: Date;
}

const iso = (d: DateTime) => d.toISODate() as string;

export function monthPeriod(zone: string, month: string): ReportPeriod {
  const first = DateTime.fromISO(`${month}-01`, { zone });
  const last = first.endOf('month').startOf('day');
  return {
    zone,
    from: iso(first),
    to: iso(last),
    month,
    start: first.toJSDate(),
    end: first.plus({ months: 1 }).toJSDate(),
    previousStart: first.minus({ months: 1 }).toJSDate(),
  };
}

/** The last full month before `now` in `zone`, as YYYY-MM. */
export function lastFullMonth(zone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).startOf('month').minus({ months: 1 }).toFormat('yyyy-MM');
}

/** The zone itself when luxon knows it; UTC otherwise (as every date in the app falls back). */
export function validZone(zone: string): string {
  return IANAZone.isValidZone(zone) ? zone : 'UTC';
}

export function resolvePeriod(rawZone: string, now: Date, query: InsightsQuery): ReportPeriod {
  const zone = validZone(rawZone);
  if (!query.from || !query.to) return monthPeriod(zone, query.month ?? lastFullMonth(zone, now));
  const from = DateTime.fromISO(query.from, { zone });
  const to = DateTime.fromISO(query.to, { zone });
  const days = Math.round(to.diff(from, 'days').days) + 1;
  return {
    zone,
    from: query.from,
    to: query.to,
    start: from.toJSDate(),
    end: to.plus({ days: 1 }).toJSDate(),
    previousStart: from.minus({ days }).toJSDate(),
  };
}
