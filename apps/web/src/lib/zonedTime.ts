// Wall-clock times in the user's profile time zone and the instants the API stores. The browser's
// own zone never enters: a user in Lisbon whose profile says New York schedules in New York time.
// DST follows the server's slot rules: a time inside the spring-forward gap moves forward by the
// gap (02:30 → 03:30), a time inside the fall-back overlap takes the first of its two instants.

import { DateTime } from 'luxon';

export interface WallTime {
  /** YYYY-MM-DD on the zone's calendar. */
  date: string;
  /** HH:MM, 24-hour. */
  time: string;
}

export type InstantResult =
  | {
      ok: true;
      /** ISO 8601 with the zone's offset, e.g. "2027-03-01T09:00:00+01:00". */
      iso: string;
      /** The wall time the instant shows (differs from the input only in a gap). */
      wall: WallTime;
      /** Set when the wall time was ambiguous or did not exist on that day. */
      dst: 'gap' | 'overlap' | null;
    }
  | { ok: false; field: 'date' | 'time' | 'zone'; message: string };

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

function isoOf(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true }) ?? '';
}

function wallOf(dt: DateTime): WallTime {
  return { date: dt.toFormat('yyyy-MM-dd'), time: dt.toFormat('HH:mm') };
}

/** The instants (0, 1 or 2) at which `zone`'s clocks show this wall time. */
function instantsShowing(wall: WallTime, zone: string, resolved: DateTime): DateTime[] {
  const asUtc = DateTime.fromISO(`${wall.date}T${wall.time}`, { zone: 'utc' }).toMillis();
  const offsets = new Set([resolved.minus({ days: 1 }).offset, resolved.plus({ days: 1 }).offset]);
  return [...offsets]
    .map((offset) => DateTime.fromMillis(asUtc - offset * 60_000, { zone }))
    .filter((dt) => wallOf(dt).date === wall.date && wallOf(dt).time === wall.time)
    .sort((a, b) => a.toMillis() - b.toMillis());
}

/** Reads a date and time typed in `zone` as an instant, or says which input is wrong. */
export function wallTimeToInstant(wall: WallTime, zone: string): InstantResult {
  if (!DATE_PATTERN.test(wall.date)) return { ok: false, field: 'date', message: 'Enter a date' };
  if (!TIME_PATTERN.test(wall.time)) return { ok: false, field: 'time', message: 'Enter a time like 09:30' };
  const resolved = DateTime.fromISO(`${wall.date}T${wall.time}`, { zone });
  if (!resolved.isValid) {
    if (resolved.invalidReason === 'unsupported zone')
      return { ok: false, field: 'zone', message: `Unknown time zone ${zone}` };
    return { ok: false, field: 'date', message: 'Enter a real date' };
  }
  const showing = instantsShowing(wall, zone, resolved);
  const first = showing[0];
  if (!first) return { ok: true, iso: isoOf(resolved), wall: wallOf(resolved), dst: 'gap' };
  return { ok: true, iso: isoOf(first), wall, dst: showing.length > 1 ? 'overlap' : null };
}

/** The wall time an instant shows in `zone` (for prefilling a reschedule form). */
export function instantToWallTime(iso: string, zone: string): WallTime {
  return wallOf(DateTime.fromISO(iso, { zone }));
}

/** The zone's calendar day of an instant, YYYY-MM-DD (which calendar cell it belongs to). */
export function dayInZone(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat('yyyy-MM-dd');
}

/** "UTC+01:00" at the given instant (offsets change with daylight saving time). */
export function offsetLabel(zone: string, at: Date = new Date()): string {
  const dt = DateTime.fromJSDate(at, { zone });
  if (!dt.isValid) return '';
  return dt.offset === 0 ? 'UTC' : `UTC${dt.toFormat('ZZ')}`;
}

/** "Europe/Berlin" → "Europe/Berlin (UTC+01:00)", for telling the user which clock they type in. */
export function zoneLabel(zone: string, at: Date = new Date()): string {
  const offset = offsetLabel(zone, at);
  const name = zone.replaceAll('_', ' ');
  return offset && offset !== name ? `${name} (${offset})` : name;
}

/** A sensible first suggestion: the next full hour at least 30 minutes from now, in `zone`. */
export function suggestedWallTime(zone: string, now: Date = new Date()): WallTime {
  const start = DateTime.fromJSDate(now, { zone }).plus({ minutes: 30 });
  const next = start.startOf('hour').plus({ hours: start.minute === 0 && start.second === 0 ? 0 : 1 });
  return wallOf(next.isValid ? next : DateTime.fromJSDate(now, { zone: 'utc' }));
}

/** Today on `zone`'s calendar, YYYY-MM-DD (the earliest date a picker should offer). */
export function todayInZone(zone: string, now: Date = new Date()): string {
  const dt = DateTime.fromJSDate(now, { zone });
  return (dt.isValid ? dt : DateTime.fromJSDate(now, { zone: 'utc' })).toFormat('yyyy-MM-dd');
}

/** The instants bounding a calendar month (YYYY-MM) in `zone`: its first moment and the next month's. */
export function monthBounds(month: string, zone: string): { from: string; to: string } {
  let start = DateTime.fromISO(`${month}-01T00:00`, { zone });
  if (!start.isValid) start = DateTime.fromISO(`${month}-01T00:00`, { zone: 'utc' });
  return { from: isoOf(start), to: isoOf(start.plus({ months: 1 })) };
}
