// Insight producers for the insights module: best times (type optimization, category timing) and the
// peer benchmark (type benchmark, category competitive). A best time is claimed only when the user's
// own posts support it: the cell's posterior interval excludes 1, its confidence is medium or better,
// and its own-data z-test survives Benjamini–Hochberg at 5 % across every cell tested on every
// platform, so 56 cells × 4 platforms of noise do not yield a "best time".
import type { Insight } from '@brandwright/contracts';
import { errorFunction } from 'simple-statistics';
import type { BenchmarkService } from './benchmark.service.js';
import type { BestTimesService, PlatformGrid } from './best-times.service.js';
import { type CellPosterior, cellConfidence, intervalOf, presentCell } from './best-times-estimator.js';
import type { ReportPeriod } from './period.js';
import { benjaminiHochberg } from './stats.js';

/** Cells with fewer own posts are not tested at all. */
const MIN_TESTED_POSTS = 8;

/** Two-sided normal p-value: P(|Z| ≥ |z|) = 1 − erf(|z| / √2). */
export function normalPValue(z: number): number {
  return Math.min(1, Math.max(0, 1 - errorFunction(Math.abs(z) / Math.SQRT2)));
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
    return rejected[i] === true && low > 1 && cellConfidence(c.cell) !== 'low';
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

/** Best-time insights from the estimator's own window (the last 180 days), whatever the report's period. */
export function bestTimeInsights(deps: { bestTimes: BestTimesService }) {
  return async (userId: string, _period: ReportPeriod): Promise<Insight[]> => {
    const { grids } = await deps.bestTimes.grids(userId);
    return claimedBestTimes(grids).map(timingInsight);
  };
}

/** The benchmark of the period's month (for a range, its midpoint's month), when available. */
export function benchmarkInsights(deps: { benchmarks: BenchmarkService }) {
  return async (userId: string, period: ReportPeriod): Promise<Insight[]> => {
    const midpoint = new Date((period.start.getTime() + period.end.getTime()) / 2);
    const month = period.month ?? midpoint.toISOString().slice(0, 7);
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
