// Best-times use case: reads the caller's performance history (the analytics module's shared
// reader), runs the estimator per platform in the caller's zone and presents the grid, top slots,
// source and confidence. The prior is the platform's default curve, or the opt-in cohort's pooled
// curve shrunk toward it once the cohort is big enough (best-times-priors.ts); the answer names which.
import {
  type BestTimes,
  type BestTimesPlatform,
  type BestTimesPrior,
  bestTimesPlatformSchema,
  type PlatformBestTimes,
} from '@brandwright/contracts';
import type { PerformanceHistory } from '../analytics/index.js';
import {
  cellConfidence,
  estimateGrid,
  type GridEstimate,
  presentCell,
  type TimedPost,
  topCells,
} from './best-times-estimator.js';
import { type CohortCells, cohortCurve, defaultCurve, type PriorCurve } from './best-times-priors.js';

/** How far back own posts count: long enough for a sample, short enough to follow a changing audience. */
export const BEST_TIMES_WINDOW_DAYS = 180;
const DAY_MS = 86_400_000;

export interface BestTimesDeps {
  history: PerformanceHistory;
  profiles: {
    profileOf(
      userId: string,
    ): Promise<{ timezone: string; industry: string | null; benchmarkOptIn: boolean }>;
  };
  /** The opt-in cohort's pooled curve on a platform (aggregates only; the caller left out). */
  cohort?: {
    pooledCurve(
      userId: string,
      window: { industry: string; platform: BestTimesPlatform; from: Date; to: Date },
    ): Promise<CohortCells>;
  };
  clock: () => Date;
}

export interface PlatformGrid {
  platform: BestTimesPlatform;
  estimate: GridEstimate;
  prior: BestTimesPrior;
}

export class BestTimesService {
  constructor(private readonly deps: BestTimesDeps) {}

  /** The raw estimates per platform (used by the insight producer and the calendar). */
  async grids(
    userId: string,
    platform?: BestTimesPlatform,
  ): Promise<{ timezone: string; grids: PlatformGrid[] }> {
    const profile = await this.deps.profiles.profileOf(userId);
    const to = this.deps.clock();
    const from = new Date(to.getTime() - BEST_TIMES_WINDOW_DAYS * DAY_MS);
    const records = await this.deps.history.records(userId, { from, ...(platform ? { platform } : {}) });
    const platforms = platform ? [platform] : bestTimesPlatformSchema.options;
    const grids = await Promise.all(
      platforms.map(async (p) => {
        const posts: TimedPost[] = records.filter((r) => r.platform === p);
        const { curve, prior } = await this.priorOf(userId, profile, p, { from, to });
        return { platform: p, estimate: estimateGrid(posts, profile.timezone, curve), prior };
      }),
    );
    return { timezone: profile.timezone, grids };
  }

  /** The cohort's curve for an opted-in user whose cohort is big enough; the platform default else. */
  private async priorOf(
    userId: string,
    profile: { industry: string | null; benchmarkOptIn: boolean },
    platform: BestTimesPlatform,
    span: { from: Date; to: Date },
  ): Promise<{ curve: PriorCurve; prior: BestTimesPrior }> {
    const base = defaultCurve(platform);
    const industry = profile.industry?.trim();
    if (!this.deps.cohort || !profile.benchmarkOptIn || !industry)
      return { curve: base, prior: 'platform_default' };
    const pooled = await this.deps.cohort.pooledCurve(userId, { industry, platform, ...span });
    const curve = cohortCurve(base, pooled);
    return curve ? { curve, prior: 'cohort' } : { curve: base, prior: 'platform_default' };
  }

  async bestTimes(userId: string, platform?: BestTimesPlatform): Promise<BestTimes> {
    const { timezone, grids } = await this.grids(userId, platform);
    return { timezone, windowDays: BEST_TIMES_WINDOW_DAYS, platforms: grids.map(presentGrid) };
  }
}

export function presentGrid({ platform, estimate, prior }: PlatformGrid): PlatformBestTimes {
  const top = topCells(estimate.cells);
  return {
    platform,
    source: estimate.source,
    prior,
    confidence: top[0] ? cellConfidence(top[0]) : 'low',
    posts: estimate.posts,
    ownWeight: Math.round(estimate.ownWeight * 1000) / 1000,
    cells: estimate.cells.map(presentCell),
    topSlots: top.map(presentCell),
  };
}
