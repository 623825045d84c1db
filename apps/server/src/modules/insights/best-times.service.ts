// Best-times use case: reads the caller's performance history (the analytics module's shared
// reader), runs the estimator per platform in the caller's zone and presents the grid, top slots,
// source and confidence. The prior is the platform's default curve (best-times-priors.ts).
import {
  type BestTimes,
  type BestTimesPlatform,
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
import { defaultCurve } from './best-times-priors.js';

/** How far back own posts count: long enough for a sample, short enough to follow a changing audience. */
export const BEST_TIMES_WINDOW_DAYS = 180;
const DAY_MS = 86_400_000;

export interface BestTimesDeps {
  history: PerformanceHistory;
  zones: { timezoneOf(userId: string): Promise<string> };
  clock: () => Date;
}

export interface PlatformGrid {
  platform: BestTimesPlatform;
  estimate: GridEstimate;
}

export class BestTimesService {
  constructor(private readonly deps: BestTimesDeps) {}

  /** The raw estimates per platform (used by the insight producer and the calendar). */
  async grids(
    userId: string,
    platform?: BestTimesPlatform,
  ): Promise<{ timezone: string; grids: PlatformGrid[] }> {
    const timezone = await this.deps.zones.timezoneOf(userId);
    const from = new Date(this.deps.clock().getTime() - BEST_TIMES_WINDOW_DAYS * DAY_MS);
    const records = await this.deps.history.records(userId, { from, ...(platform ? { platform } : {}) });
    const platforms = platform ? [platform] : bestTimesPlatformSchema.options;
    const grids = platforms.map((p) => {
      const posts: TimedPost[] = records.filter((r) => r.platform === p);
      return { platform: p, estimate: estimateGrid(posts, timezone, defaultCurve(p)) };
    });
    return { timezone, grids };
  }

  async bestTimes(userId: string, platform?: BestTimesPlatform): Promise<BestTimes> {
    const { timezone, grids } = await this.grids(userId, platform);
    return { timezone, windowDays: BEST_TIMES_WINDOW_DAYS, platforms: grids.map(presentGrid) };
  }
}

export function presentGrid({ platform, estimate }: PlatformGrid): PlatformBestTimes {
  const top = topCells(estimate.cells);
  return {
    platform,
    source: estimate.source,
    prior: 'platform_default',
    confidence: top[0] ? cellConfidence(top[0]) : 'low',
    posts: estimate.posts,
    ownWeight: Math.round(estimate.ownWeight * 1000) / 1000,
    cells: estimate.cells.map(presentCell),
    topSlots: top.map(presentCell),
  };
}
