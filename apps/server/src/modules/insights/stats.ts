// The statistics behind every pattern claim, pure and shared (best times reuses them): per-account
// normalisation of engagement rates on the log scale, a Welch comparison of a group with the rest,
// empirical-Bayes shrinkage of group effects toward "no difference" (ratio 1) and Benjamini–Hochberg
// false-discovery control. Numbers in, numbers out: no records, no text.
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { mean, median, probit, sampleVariance } from 'simple-statistics';

/** Fewest posts a group (and the rest it is compared with) needs before it is tested at all. */
export const MIN_GROUP_POSTS = 5;
/** The false-discovery rate one report promises across everything it tests. */
export const FALSE_DISCOVERY_RATE = 0.05;
/** Two-sided 95 % intervals. */
export const INTERVAL_LEVEL = 0.95;

/**
 * A rate that is never 0 nor undefined: half an engagement over one more unit of base. Zero-engagement
 * posts then count (as a low log rate) instead of being dropped or sending the log to minus infinity.
 */
export function correctedRate(engagements: number, base: number): number {
  return (engagements + 0.5) / (base + 1);
}

export interface RatedPost {
  /** Posts are normalised within their account (here: the platform). */
  account: string;
  engagements: number;
  base: number;
}

/**
 * Each post's log ratio to its account's median corrected rate: 0 is a typical post of that account,
 * ln 2 one that did twice as well. Accounts with different reach then compare fairly.
 */
export function logRatiosByAccount(posts: readonly RatedPost[]): number[] {
  const logs = posts.map((p) => Math.log(correctedRate(p.engagements, p.base)));
  const byAccount = new Map<string, number[]>();
  posts.forEach((p, i) => {
    const list = byAccount.get(p.account) ?? [];
    list.push(logs[i] as number);
    byAccount.set(p.account, list);
  });
  const medians = new Map([...byAccount].map(([account, values]) => [account, median(values)]));
  return posts.map((p, i) => (logs[i] as number) - (medians.get(p.account) as number));
}

/** A group compared with the rest of the posts, on the log scale. */
export interface GroupComparison {
  n: number;
  restN: number;
  /** Mean log ratio of the group minus that of the rest. */
  estimate: number;
  /** Standard error of `estimate` (Welch). */
  se: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  /** Two-sided p-value of "no difference". */
  p: number;
}

function variance(values: readonly number[]): number {
  return values.length > 1 ? sampleVariance(values as number[]) : 0;
}

/** Welch's comparison of two samples of log ratios; null when either is below the minimum. */
export function compareSamples(
  group: readonly number[],
  rest: readonly number[],
  minimum = MIN_GROUP_POSTS,
): GroupComparison | null {
  if (group.length < minimum || rest.length < minimum) return null;
  const a = variance(group) / group.length;
  const b = variance(rest) / rest.length;
  const se = Math.sqrt(a + b);
  const estimate = mean(group as number[]) - mean(rest as number[]);
  if (!(se > 0)) return null;
  const df = (a + b) ** 2 / (a ** 2 / (group.length - 1) + b ** 2 / (rest.length - 1));
  const p = 2 * (1 - tCdf(Math.abs(estimate / se), df));
  return { n: group.length, restN: rest.length, estimate, se, df, p: Math.min(1, Math.max(0, p)) };
}

/** A t interval on the log scale, as ratios (exp of the bounds). */
export function ratioInterval(comparison: GroupComparison, level = INTERVAL_LEVEL): [number, number] {
  const half = tQuantile(1 - (1 - level) / 2, comparison.df) * comparison.se;
  return [Math.exp(comparison.estimate - half), Math.exp(comparison.estimate + half)];
}

export interface ShrunkGroup {
  /** Posterior mean of the log effect. */
  logEffect: number;
  /** Posterior standard deviation of the log effect. */
  logSd: number;
  /** exp(logEffect): 1.8 = 1.8× the rest. */
  ratio: number;
  interval: [number, number];
}

/**
 * The spread of true effects across the groups, by the method of moments: the observed spread of the
 * estimates minus what their sampling error alone explains, never below 0. With 0, every group is
 * shrunk all the way to "no difference": the data show no more variation than noise would.
 */
export function betweenGroupVariance(groups: readonly { estimate: number; se: number }[]): number {
  if (groups.length === 0) return 0;
  const spread = mean(groups.map((g) => g.estimate ** 2));
  const noise = mean(groups.map((g) => g.se ** 2));
  return Math.max(0, spread - noise);
}

/**
 * Normal–normal empirical Bayes: each estimate d ~ N(θ, se²) with θ ~ N(0, τ²), τ² from
 * betweenGroupVariance over all the groups of one report. Each posterior mean is d·(1−B) with
 * B = se²/(τ²+se²): small, noisy groups move most toward ratio 1. The posterior variance adds
 * Morris's term for τ² being estimated, 2B²d²/(k−2), so intervals are not overconfident when
 * few groups were tested. Intervals are the posterior's central 95 %.
 */
export function shrinkGroups(
  groups: readonly { estimate: number; se: number }[],
  level = INTERVAL_LEVEL,
): ShrunkGroup[] {
  const tau2 = betweenGroupVariance(groups);
  const z = probit(1 - (1 - level) / 2);
  const k = groups.length;
  return groups.map(({ estimate, se }) => {
    const shrink = se ** 2 / (tau2 + se ** 2);
    const logEffect = (1 - shrink) * estimate;
    const estimation = k > 2 ? (2 * shrink ** 2 * estimate ** 2) / (k - 2) : 0;
    const logSd = tau2 > 0 ? Math.sqrt((1 - shrink) * se ** 2 + estimation) : 0;
    return {
      logEffect,
      logSd,
      ratio: Math.exp(logEffect),
      interval: [Math.exp(logEffect - z * logSd), Math.exp(logEffect + z * logSd)],
    };
  });
}

/**
 * Benjamini–Hochberg step-up: which of the hypotheses to keep as discoveries at false-discovery rate
 * `q`, in the order given. Everything tested in one report goes into one call.
 */
export function benjaminiHochberg(pValues: readonly number[], q = FALSE_DISCOVERY_RATE): boolean[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const m = pValues.length;
  let cutoff = -1;
  order.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) / m) * q) cutoff = rank;
  });
  const kept = new Array<boolean>(m).fill(false);
  for (let rank = 0; rank <= cutoff; rank += 1) kept[(order[rank] as { i: number }).i] = true;
  return kept;
}

/** BH-adjusted p-values (q-values), monotone, in the order given. */
export function adjustedPValues(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 1;
  order.forEach(({ p, i }, k) => {
    running = Math.min(running, (p * m) / (m - k));
    adjusted[i] = running;
  });
  return adjusted;
}

/** A claim needs both: the discovery survives BH, and the shrunk interval leaves out ratio 1. */
export function isClaimable(kept: boolean, interval: readonly [number, number]): boolean {
  return kept && (interval[0] > 1 || interval[1] < 1);
}
