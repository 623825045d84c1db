// Synthetic posting histories for the best-times tests: posts at chosen local slots over 26 weeks,
// impressions-based engagement with log-normal noise, and an optional planted multiplier per cell.
// Seeded, so every run sees the same histories.
import { DateTime } from 'luxon';
import type { TimedPost } from '../best-times-estimator.js';
import { seededRandom } from './synthetic.js';

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export interface HistorySpec {
  seed: number;
  zone: string;
  /** [isoWeekday, startHour] slots the user posts in, each `perSlot` times. */
  slots: [number, number][];
  perSlot: number;
  /** Multiplier per "weekday:startHour" (absent = 1). */
  effects?: Record<string, number>;
  baseRate?: number;
  noiseSd?: number;
}

/** Monday 4 January 2027, the first week of the history. */
const FIRST_MONDAY = '2027-01-04';

export function syntheticHistory(spec: HistorySpec): TimedPost[] {
  const random = seededRandom(spec.seed);
  const posts: TimedPost[] = [];
  for (const [weekday, startHour] of spec.slots) {
    for (let k = 0; k < spec.perSlot; k++) {
      const local = DateTime.fromISO(FIRST_MONDAY, { zone: spec.zone }).plus({
        weeks: k % 26,
        days: weekday - 1,
        hours: startHour,
        minutes: Math.floor(random() * 180),
      });
      const base = 1000 + Math.floor(random() * 4000);
      const effect = spec.effects?.[`${weekday}:${startHour}`] ?? 1;
      const rate = (spec.baseRate ?? 0.03) * effect * Math.exp((spec.noiseSd ?? 0.5) * normal(random));
      posts.push({ publishedAt: local.toJSDate(), base, engagements: Math.round(base * rate) });
    }
  }
  return posts;
}

/** Weekday working-hour slots: Monday–Friday, blocks starting 06, 09, 12 and 15. */
export const WORKDAY_SLOTS: [number, number][] = [1, 2, 3, 4, 5].flatMap((d) =>
  [6, 9, 12, 15].map((h) => [d, h] as [number, number]),
);
