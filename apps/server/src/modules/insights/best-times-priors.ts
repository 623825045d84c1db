// The platform default curves: how engagement typically varies by weekday and 3-hour block of local
// time on each platform, as multipliers of a typical post. They are a DEFAULT, not a personal answer:
// the estimator shrinks a user's own history toward them and labels any answer that leans on them.
//
// Where the shapes come from: published aggregate studies of local-time posting (Sprout Social's
// yearly "Best times to post on social media" reports, Hootsuite's and Buffer's analyses of millions
// of posts, 2023–2025) agree on the outline: weekday working hours beat nights and weekends;
// LinkedIn peaks Tuesday–Thursday mornings; X peaks on weekday mornings to lunchtime; Bluesky and
// Mastodon (less studied) follow the general weekday-daytime pattern with a flatter evening. The
// numbers below reproduce those shapes with modest amplitudes (about ±30 %); they are our reading of
// the studies, not figures copied from them.
//
// The opt-in cohort's pooled curve (same industry, aggregates over at least COHORT_MIN_USERS members)
// replaces the default as the prior once it rests on COHORT_MIN_POSTS posts: each cell is the
// cohort's mean shrunk toward the default with COHORT_PRIOR_STRENGTH pseudo-posts, and a cell with
// fewer than COHORT_MIN_USERS members keeps the default (no small group's numbers shape it).
import { type BestTimesPlatform, BLOCKS_PER_DAY } from '@brandwright/contracts';

/** Weekday multipliers, Monday first. */
type Days = readonly [number, number, number, number, number, number, number];
/** Block multipliers: 00–03, 03–06, 06–09, 09–12, 12–15, 15–18, 18–21, 21–24. */
type Blocks = readonly [number, number, number, number, number, number, number, number];

const SHAPES: Record<BestTimesPlatform, { days: Days; blocks: Blocks }> = {
  linkedin: {
    days: [1.0, 1.15, 1.2, 1.15, 0.95, 0.7, 0.7],
    blocks: [0.65, 0.7, 1.15, 1.3, 1.15, 1.0, 0.85, 0.75],
  },
  x: {
    days: [1.05, 1.1, 1.1, 1.05, 1.0, 0.85, 0.85],
    blocks: [0.75, 0.7, 1.05, 1.25, 1.2, 1.05, 0.95, 0.85],
  },
  bluesky: {
    days: [1.05, 1.05, 1.05, 1.05, 1.0, 0.9, 0.9],
    blocks: [0.8, 0.75, 0.95, 1.15, 1.15, 1.05, 1.05, 0.9],
  },
  mastodon: {
    days: [1.05, 1.05, 1.05, 1.05, 1.0, 0.9, 0.9],
    blocks: [0.8, 0.75, 0.95, 1.15, 1.15, 1.05, 1.05, 0.9],
  },
};

/**
 * A prior curve as log-multipliers, index = (isoWeekday − 1) × 8 + block, centred so that the cells'
 * mean is 0 (the curve says where a post does better, not how well the user does overall).
 */
export type PriorCurve = readonly number[];

export function defaultCurve(platform: BestTimesPlatform): PriorCurve {
  const { days, blocks } = SHAPES[platform];
  const logs = days.flatMap((d) => blocks.map((b) => Math.log(d * b)));
  return centred(logs);
}

export function centred(logs: readonly number[]): number[] {
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  return logs.map((v) => v - mean);
}

export const CELLS = 7 * BLOCKS_PER_DAY;

export const COHORT_MIN_USERS = 10;
export const COHORT_MIN_POSTS = 200;
export const COHORT_PRIOR_STRENGTH = 30;

export interface CohortCells {
  members: number;
  cells: readonly { cell: number; posts: number; users: number; mean: number }[];
}

/** The cohort's curve shrunk toward `base`, or null while the cohort is too small to lean on. */
export function cohortCurve(base: PriorCurve, pooled: CohortCells): PriorCurve | null {
  const posts = pooled.cells.reduce((s, c) => s + c.posts, 0);
  if (pooled.members < COHORT_MIN_USERS || posts < COHORT_MIN_POSTS) return null;
  const byCell = new Map(pooled.cells.map((c) => [c.cell, c]));
  const k = COHORT_PRIOR_STRENGTH;
  return centred(
    base.map((d, j) => {
      const c = byCell.get(j);
      return c && c.users >= COHORT_MIN_USERS ? (c.posts * c.mean + k * d) / (c.posts + k) : d;
    }),
  );
}
