// The best-times estimator (pure). Each post is normalised against the user's account on the platform
// (log of its rate ÷ the account's median rate; half an engagement is added to every post so a post
// with no engagements has a finite log), grouped by weekday × 3-hour block in the user's zone, and
// each cell's mean is shrunk toward a prior curve with a normal–normal empirical-Bayes model:
//   y_i | cell j ~ N(θ_j, σ²),   θ_j ~ N(μ_j, τ²)
// σ² is the pooled within-cell variance (blended with a typical value while the history is small),
// τ² is the method-of-moments spread of the cell means around the prior, never below TAU2_FLOOR so a
// real effect is not shrunk away. The posterior of θ_j is normal; its mean and 95 % interval,
// exponentiated, are the cell's estimate and interval as a ratio to the user's typical post.
import {
  type BestTimeCell,
  type BestTimesSource,
  BLOCK_HOURS,
  BLOCKS_PER_DAY,
  type InsightConfidence,
  WEEKDAY_NAMES,
} from '@brandwright/contracts';
import { DateTime } from 'luxon';
import { CELLS, type PriorCurve } from './best-times-priors.js';

export interface TimedPost {
  publishedAt: Date;
  engagements: number;
  base: number;
}

/** Added to engagements (and twice to the base) so zero-engagement posts have a finite log-rate. */
const CONTINUITY = 0.5;
/** A typical spread of log engagement rate between one person's posts (sd ≈ 0.6). */
const SIGMA2_TYPICAL = 0.36;
/** Pseudo-degrees of freedom of SIGMA2_TYPICAL: small histories lean on it, large ones do not. */
const SIGMA2_PRIOR_DF = 10;
/** A slot may plausibly differ from the prior by about ±20 % (sd 0.2 in log) at the least. */
export const TAU2_FLOOR = 0.04;
const TAU2_CEILING = 1;
const Z95 = 1.959964;
/** The share of weight own posts must carry (where the user posts) for the answer to count as "own". */
export const OWN_WEIGHT_FOR_OWN = 0.75;

export interface CellPosterior {
  index: number;
  n: number;
  /** Mean of the own log-ratios (0 without posts). */
  ownMean: number;
  /** Posterior mean and sd of the log-ratio. */
  mean: number;
  sd: number;
  /** Weight of the own mean in the posterior mean (0 without posts). */
  weight: number;
  sigma2: number;
}

export interface GridEstimate {
  posts: number;
  cells: CellPosterior[];
  ownWeight: number;
  source: BestTimesSource;
}

/** Local weekday × block of an instant: (isoWeekday − 1) × 8 + floor(hour / 3). */
export function cellOf(at: Date, zone: string): number {
  const local = DateTime.fromJSDate(at, { zone });
  return (local.weekday - 1) * BLOCKS_PER_DAY + Math.floor(local.hour / BLOCK_HOURS);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Each post's log of (corrected) rate ÷ the account's median corrected rate. */
export function logRatios(posts: readonly TimedPost[]): number[] {
  const rates = posts.map((p) => (p.engagements + CONTINUITY) / (p.base + 2 * CONTINUITY));
  const typical = median(rates);
  return rates.map((r) => Math.log(r / typical));
}

function groupByCell(posts: readonly TimedPost[], zone: string): number[][] {
  const ratios = logRatios(posts);
  const groups: number[][] = Array.from({ length: CELLS }, () => []);
  posts.forEach((p, i) => {
    groups[cellOf(p.publishedAt, zone)]?.push(ratios[i] as number);
  });
  return groups;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Pooled within-cell variance, blended with the typical value by degrees of freedom. */
export function pooledSigma2(groups: readonly number[][]): number {
  let squares = 0;
  let df = 0;
  for (const g of groups) {
    if (g.length < 2) continue;
    const m = mean(g);
    squares += g.reduce((s, y) => s + (y - m) ** 2, 0);
    df += g.length - 1;
  }
  return (squares + SIGMA2_PRIOR_DF * SIGMA2_TYPICAL) / (df + SIGMA2_PRIOR_DF);
}

/** Method-of-moments τ²: spread of cell means around the prior beyond their sampling noise. */
export function momentTau2(groups: readonly number[][], prior: PriorCurve, sigma2: number): number {
  const terms = groups.flatMap((g, j) =>
    g.length >= 2 ? [(mean(g) - (prior[j] as number)) ** 2 - sigma2 / g.length] : [],
  );
  const raw = terms.length > 0 ? mean(terms) : 0;
  return Math.min(TAU2_CEILING, Math.max(TAU2_FLOOR, raw));
}

function posterior(
  index: number,
  ys: readonly number[],
  mu: number,
  sigma2: number,
  tau2: number,
): CellPosterior {
  const n = ys.length;
  if (n === 0) return { index, n, ownMean: 0, mean: mu, sd: Math.sqrt(tau2), weight: 0, sigma2 };
  const ownMean = mean(ys);
  const weight = tau2 / (tau2 + sigma2 / n);
  const post = mu + weight * (ownMean - mu);
  return { index, n, ownMean, mean: post, sd: Math.sqrt(weight * (sigma2 / n)), weight, sigma2 };
}

/** The shrunk grid for one platform's history, with where the answer comes from. */
export function estimateGrid(posts: readonly TimedPost[], zone: string, prior: PriorCurve): GridEstimate {
  const groups = groupByCell(posts, zone);
  const sigma2 = pooledSigma2(groups);
  const tau2 = momentTau2(groups, prior, sigma2);
  const cells = groups.map((ys, j) => posterior(j, ys, prior[j] as number, sigma2, tau2));
  const ownWeight = posts.length === 0 ? 0 : cells.reduce((s, c) => s + c.n * c.weight, 0) / posts.length;
  const source: BestTimesSource =
    posts.length === 0 ? 'platform_default' : ownWeight >= OWN_WEIGHT_FOR_OWN ? 'own' : 'blended';
  return { posts: posts.length, cells, ownWeight, source };
}

export function intervalOf(cell: CellPosterior): [number, number] {
  return [Math.exp(cell.mean - Z95 * cell.sd), Math.exp(cell.mean + Z95 * cell.sd)];
}

/**
 * Confidence of one cell, from the own posts behind it and how wide its interval is (high ÷ low):
 * high = at least 20 posts and the interval within a factor 1.5; medium = at least 8 posts and
 * within a factor 2; low otherwise (always low for a cell without own posts).
 */
export function cellConfidence(cell: CellPosterior): InsightConfidence {
  const [low, high] = intervalOf(cell);
  const spread = high / low;
  if (cell.n >= 20 && spread <= 1.5) return 'high';
  if (cell.n >= 8 && spread <= 2) return 'medium';
  return 'low';
}

export function presentCell(cell: CellPosterior): BestTimeCell {
  const day = Math.floor(cell.index / BLOCKS_PER_DAY);
  const startHour = (cell.index % BLOCKS_PER_DAY) * BLOCK_HOURS;
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return {
    weekday: WEEKDAY_NAMES[day] as BestTimeCell['weekday'],
    isoWeekday: day + 1,
    startHour,
    label: `${hh(startHour)}–${hh(startHour + BLOCK_HOURS)}`,
    estimate: round(Math.exp(cell.mean)),
    interval: intervalOf(cell).map(round) as [number, number],
    n: cell.n,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The best cells by posterior mean (ties: more posts first), at most `count`. */
export function topCells(cells: readonly CellPosterior[], count = 3): CellPosterior[] {
  return [...cells].sort((a, b) => b.mean - a.mean || b.n - a.n || a.index - b.index).slice(0, count);
}
