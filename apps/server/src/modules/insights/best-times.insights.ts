// Insight producers for the insights module: best times (type optimization, category timing) and the
// peer benchmark (type benchmark, category competitive). A best time is claimed only when the user's
// own posts support it: the cell's posterior interval excludes 1, its confidence is medium or better,
// and its own-data z-test survives Benjamini–Hochberg at 5 % across every cell tested on every
// platform, so 56 cells × 4 platforms of noise do not yield a "best time".
import type { Insight } from '@brandwright/contracts';
import type { BenchmarkService } from './benchmark.service.js';
import type { BestTimesService, PlatformGrid } from './best-times.service.js';
import { type CellPosterior, cellConfidence, intervalOf, presentCell } from './best-times-estimator.js';

/** Cells with fewer own posts are not tested at all. */
const MIN_TESTED_POSTS = 8;
const FDR = 0.05;

export interface InsightPeriod {
  from: Date;
  to: Date;
}

/** Two-sided normal p-value. */
export function normalPValue(z: number): number {
  // Abramowitz–Stegun 7.1.26 for erfc; accurate to about 1e-7, ample for a 5 % threshold.
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.min(1, poly * Math.exp(-x * x));
}

/** Indices of the hypotheses Benjamini–Hochberg rejects at level q. */
export function benjaminiHochberg(pValues: readonly number[], q = FDR): Set<number> {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let cut = -1;
  order.forEach(({ p }, k) => {
    if (p <= ((k + 1) / order.length) * q) cut = k;
  });
  return new Set(order.slice(0, cut + 1).map((o) => o.i));
}

interface Candidate {
  platform: PlatformGrid['platform'];
  cell: CellPosterior;
  p: number;
}

/** Cells the user's own data supports, best first, at most one per platform. */
export function claimedBestTimes(grids: readonly PlatformGrid[]): Candidate[] {
  const tested: Candidate[] = grids.flatMap(({ platform, estimate }) =>
    estimate.cells
      .filter((cell) => cell.n >= MIN_TESTED_POSTS)
      .map((cell) => ({ platform, cell, p: normalPValue(cell.ownMean / Math.sqrt(cell.sigma2 / cell.n)) })),
  );
  const rejected = benjaminiHochberg(tested.map((c) => c.p));
  const claims = tested.filter((c, i) => {
    const [low] = intervalOf(c.cell);
    return rejected.has(i) && low > 1 && cellConfidence(c.cell) !== 'low';
  });
  const best = new Map<string, Candidate>();
  for (const c of claims.sort((a, b) => b.cell.mean - a.cell.mean))
    if (!best.has(c.platform)) best.set(c.platform, c);
  return [...best.values()];
}

const NAMES = { linkedin: 'LinkedIn', x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' } as const;

function timingInsight({ platform, cell }: Candidate): Insight {
  const shown = presentCell(cell);
  return {
    type: 'optimization',
    category: 'timing',
    message: `Your ${NAMES[platform]} posts on ${shown.weekday} ${shown.label} get ${shown.estimate}× the engagement of your typical post.`,
    recommendation: `Schedule more ${NAMES[platform]} posts on ${shown.weekday} between ${shown.label.replace('–', ' and ')}.`,
    evidence: {
      n: cell.n,
      effect: shown.estimate,
      interval: shown.interval,
      baseline: 1,
      metric: 'engagement rate ÷ your median',
    },
    confidence: cellConfidence(cell),
  };
}

/** Best-time insights over the history window ending at the period's end (the estimator's window). */
export function bestTimeInsights(deps: { bestTimes: BestTimesService }) {
  return async (userId: string, _period: InsightPeriod): Promise<Insight[]> => {
    const { grids } = await deps.bestTimes.grids(userId);
    return claimedBestTimes(grids).map(timingInsight);
  };
}

/** The benchmark of the period's month (its midpoint's, so a zone offset cannot shift it), when available. */
export function benchmarkInsights(deps: { benchmarks: BenchmarkService }) {
  return async (userId: string, period: InsightPeriod): Promise<Insight[]> => {
    const midpoint = new Date((period.from.getTime() + period.to.getTime()) / 2);
    const month = midpoint.toISOString().slice(0, 7);
    const b = await deps.benchmarks.benchmark(userId, { month, denominator: 'impressions' });
    if (!b.available) return [];
    const above = b.percentile >= 50;
    return [
      {
        type: 'benchmark',
        category: 'competitive',
        message: `Your engagement rate in ${b.month} was higher than ${b.percentile} % of ${b.peers - 1} peers in ${b.industry}.`,
        recommendation: above
          ? 'Keep the formats and times that got you here; the insights below say which.'
          : 'Peers in your industry engage their audience more; try the best times and formats below.',
        evidence: {
          n: b.peers,
          effect: b.percentile,
          interval: [b.percentile, b.percentile],
          baseline: 50,
          metric: 'percentile of engagement rate (impressions)',
        },
        confidence: b.peers >= 50 ? 'high' : 'medium',
      },
    ];
  };
}
