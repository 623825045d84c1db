// Date ranges for the analytics reads, on luxon: `from`/`to` are days of the user's own calendar,
// both inclusive, so the instants they cover depend on the zone (and on DST: a local day can last 23
// or 25 hours). The previous period is the one of equal length that ends the day before `from`.
import { DateTime, IANAZone } from 'luxon';

export const DEFAULT_RANGE_DAYS = 28;

export interface DayRange {
  from: string;
  to: string;
}

export interface ResolvedRange {
  zone: string;
  range: DayRange;
  previous: DayRange;
  /** First instant of the previous period and end (exclusive) of the current one. */
  previousStart: Date;
  start: Date;
  end: Date;
}

function day(value: string, zone: string): DateTime {
  return DateTime.fromISO(value, { zone });
}

function iso(value: DateTime): string {
  return value.toISODate() as string;
}

/** The user's zone when valid; UTC otherwise (profiles never store an invalid one). */
export function readZone(zone: string): string {
  return IANAZone.isValidZone(zone) ? zone : 'UTC';
}

/** The range asked for (validated upstream), or the last 28 days ending today in `zone`. */
export function resolveRange(zone: string, now: Date, asked: Partial<DayRange>): ResolvedRange {
  const z = readZone(zone);
  const today = DateTime.fromJSDate(now, { zone: z }).startOf('day');
  const to = asked.to
    ? day(asked.to, z)
    : asked.from
      ? day(asked.from, z).plus({ days: DEFAULT_RANGE_DAYS - 1 })
      : today;
  const from = asked.from ? day(asked.from, z) : to.minus({ days: DEFAULT_RANGE_DAYS - 1 });
  const length = Math.round(to.diff(from, 'days').days) + 1;
  const previousTo = from.minus({ days: 1 });
  const previousFrom = from.minus({ days: length });
  return {
    zone: z,
    range: { from: iso(from), to: iso(to) },
    previous: { from: iso(previousFrom), to: iso(previousTo) },
    previousStart: previousFrom.startOf('day').toJSDate(),
    start: from.startOf('day').toJSDate(),
    end: to.plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

/** Every day of a range, in order. */
export function daysOf(range: DayRange): string[] {
  const first = DateTime.fromISO(range.from, { zone: 'UTC' });
  const count = Math.round(DateTime.fromISO(range.to, { zone: 'UTC' }).diff(first, 'days').days) + 1;
  return Array.from({ length: count }, (_, i) => iso(first.plus({ days: i })));
}

/** The local day (YYYY-MM-DD) an instant falls on in `zone`. */
export function localDay(instant: Date, zone: string): string {
  return iso(DateTime.fromJSDate(instant, { zone }));
}

/** An instant as ISO 8601 with the zone's offset, as the export shows it. */
export function localTimestamp(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) as string;
}
