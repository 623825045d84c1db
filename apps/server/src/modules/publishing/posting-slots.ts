// Weekly posting slots in the user's IANA time zone, turned into UTC instants. Slots are wall-clock
// times ("Tuesday 09:00"), so across a DST change the instant moves with the clock. A slot inside
// the spring-forward gap (02:30 that never happens) moves forward by the gap to the first real
// minute after it (03:30); a slot inside the fall-back overlap (01:30 twice) takes the first one.
import { DateTime } from 'luxon';

export interface PostingSlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM", 24-hour, in the user's zone. */
  time: string;
}

/** How far ahead the queue looks for a free slot before giving up. */
const HORIZON_DAYS = 366;

/** The UTC instant of `time` on the given local date in `zone`, with the DST rules above. */
export function slotInstant(
  date: { year: number; month: number; day: number },
  time: string,
  zone: string,
): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = { ...date, hour, minute };
  const resolved = DateTime.fromObject(wall, { zone });
  // The wall time read as UTC, minus each offset the zone uses around that day: the instants that
  // show this wall time. Two in an overlap (take the earlier); none in a gap (luxon's forward shift).
  const asUtc = DateTime.fromObject(wall, { zone: 'utc' }).toMillis();
  const offsets = [resolved.minus({ days: 1 }).offset, resolved.plus({ days: 1 }).offset];
  const matching = offsets
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => {
      const local = DateTime.fromMillis(ms, { zone });
      return local.hour === hour && local.minute === minute && local.day === date.day;
    });
  return new Date(matching.length > 0 ? Math.min(...matching) : resolved.toMillis());
}

/**
 * Slot instants after `after`, in order, for `days` days. Used by the queue (first free one) and
 * by the web (upcoming slots).
 */
export function upcomingSlots(slots: PostingSlot[], zone: string, after: Date, days = 14): Date[] {
  const start = DateTime.fromJSDate(after, { zone }).startOf('day');
  const instants: Date[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const day = start.plus({ days: offset });
    for (const slot of slots.filter((s) => s.weekday === day.weekday)) {
      const instant = slotInstant({ year: day.year, month: day.month, day: day.day }, slot.time, zone);
      if (instant > after) instants.push(instant);
    }
  }
  return instants.sort((a, b) => a.getTime() - b.getTime());
}

/** The first slot after `after` that no other item already holds, or undefined within a year. */
export function nextFreeSlot(
  slots: PostingSlot[],
  zone: string,
  after: Date,
  taken: Date[],
): Date | undefined {
  if (slots.length === 0) return undefined;
  const busy = new Set(taken.map((d) => d.getTime()));
  return upcomingSlots(slots, zone, after, HORIZON_DAYS).find((instant) => !busy.has(instant.getTime()));
}
