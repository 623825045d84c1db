// When a tracked post's metrics are fetched: a decaying schedule after publishing (1 h, 6 h, 24 h,
// 3 d, 7 d, 30 d, then weekly until 90 days), then never again. Pure, so the planner is tested
// without a database. A snapshot is stamped with its step's scheduled time, not the fetch time, so
// a rerun of the same step lands on the same unique key and writes nothing twice.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Offsets from the publishing time, ascending. */
export const FETCH_OFFSETS_MS: readonly number[] = (() => {
  const decaying = [HOUR, 6 * HOUR, DAY, 3 * DAY, 7 * DAY, 30 * DAY];
  const weekly: number[] = [];
  for (let at = 37 * DAY; at <= 90 * DAY; at += 7 * DAY) weekly.push(at);
  // The last weekly step would fall short of day 90 by a few days: end exactly at 90.
  if (weekly.at(-1) !== 90 * DAY) weekly.push(90 * DAY);
  return [...decaying, ...weekly];
})();

export const FINAL_STEP = FETCH_OFFSETS_MS.length - 1;

/** The scheduled time of step `step`; undefined past the last one. */
export function stepTime(publishedAt: Date, step: number): Date | undefined {
  const offset = FETCH_OFFSETS_MS[step];
  return offset === undefined ? undefined : new Date(publishedAt.getTime() + offset);
}

export interface DueFetch {
  /** The step this fetch stands for: the latest one whose time has come. */
  step: number;
  /** Its scheduled time, the snapshot's observation time. */
  observedAt: Date;
  /** The step after it and when it is due; undefined when tracking is over. */
  next?: { step: number; at: Date };
}

/**
 * What to fetch now for a post at `fromStep`. Steps missed while the worker was down (or the
 * connection was paused) are not fetched one by one with stale times: only the latest due step is,
 * since today's counts say nothing about what they were a week ago. Undefined when nothing is due.
 */
export function dueFetch(publishedAt: Date, fromStep: number, now: Date): DueFetch | undefined {
  let step = -1;
  for (let i = Math.max(0, fromStep); i <= FINAL_STEP; i++) {
    const at = stepTime(publishedAt, i);
    if (!at || at.getTime() > now.getTime()) break;
    step = i;
  }
  if (step < 0) return undefined;
  const observedAt = stepTime(publishedAt, step) as Date;
  const nextAt = stepTime(publishedAt, step + 1);
  return { step, observedAt, ...(nextAt ? { next: { step: step + 1, at: nextAt } } : {}) };
}

/** When a newly tracked post is first due. */
export function firstFetchAt(publishedAt: Date): Date {
  return stepTime(publishedAt, 0) as Date;
}

/** Account metrics are daily: the observation time is the UTC day's start, one snapshot per day. */
export function accountDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY) * DAY);
}
