// Use cases of the analytics reads: the overview, one platform's page and one piece's metrics, for
// the caller only. Overviews are cached in kv under the user's analytics version, so a writer's
// bumpAnalyticsVersion (after new snapshots commit) makes every cached answer stale on every replica.

import type { Readable } from 'node:stream';
import type {
  AnalyticsOverview,
  AnalyticsPlatformView,
  AnalyticsRangeQuery,
  ContentAnalytics,
  Platform,
} from '@brandwright/contracts';
import type { Kv } from '../../platform/kv/index.js';
import { AnalyticsReadError } from './analytics-read.errors.js';
import type { AnalyticsReadRepository, FollowerRow } from './analytics-read.repository.js';
import { localDay, type ResolvedRange, resolveRange } from './analytics-read-dates.js';
import { analyticsVersion } from './cache-version.js';
import { exportCsv } from './export.js';
import {
  dailySeries,
  platformSummary,
  ratesByDenominator,
  splitPeriods,
  topPosts,
  totals,
} from './overview.js';
import { postAnalytics } from './overview-post.js';

/** A safety net only: versions, not time, are what invalidate (a day still rolls the key by its range). */
const CACHE_TTL_MS = 60 * 60 * 1000;

export interface AnalyticsReadPorts {
  repository: AnalyticsReadRepository;
  kv: Kv;
  clock: () => Date;
  zones: { timezoneOf(userId: string): Promise<string> };
  /** Whether the caller owns the content (another user's id is "not found"). */
  content: { owns(userId: string, contentId: string): Promise<boolean> };
}

export class OverviewService {
  constructor(private readonly ports: AnalyticsReadPorts) {}

  async range(userId: string, query: AnalyticsRangeQuery): Promise<ResolvedRange> {
    const zone = await this.ports.zones.timezoneOf(userId);
    return resolveRange(zone, this.ports.clock(), query);
  }

  async overview(userId: string, query: AnalyticsRangeQuery): Promise<AnalyticsOverview> {
    const range = await this.range(userId, query);
    return this.cached(userId, `all:${range.zone}:${range.range.from}:${range.range.to}`, () =>
      this.computeOverview(userId, range),
    );
  }

  async platform(
    userId: string,
    platform: Platform,
    query: AnalyticsRangeQuery,
  ): Promise<AnalyticsPlatformView> {
    const range = await this.range(userId, query);
    return this.cached(userId, `${platform}:${range.zone}:${range.range.from}:${range.range.to}`, () =>
      this.computePlatform(userId, platform, range),
    );
  }

  async content(userId: string, contentId: string): Promise<ContentAnalytics> {
    if (!(await this.ports.content.owns(userId, contentId)))
      throw new AnalyticsReadError('CONTENT_NOT_FOUND');
    const posts = await this.ports.repository.postsOfContent(userId, contentId);
    const snapshots = await this.ports.repository.snapshotsOf(
      userId,
      posts.map((p) => p.id),
    );
    return { contentId, platforms: posts.map((post) => postAnalytics(post, snapshots)) };
  }

  /** The CSV of the caller's posts published in the range, as a stream. */
  exportCsv(userId: string, range: ResolvedRange): Readable {
    return exportCsv(this.ports.repository, userId, range);
  }

  /** Uncached: the figures as the database has them now (the bench measures this path). */
  async computeOverview(userId: string, range: ResolvedRange): Promise<AnalyticsOverview> {
    const { repository } = this.ports;
    const [rows, marks] = await Promise.all([
      repository.postsPublished(userId, range.previousStart, range.end),
      repository.followerMarks(userId, range),
    ]);
    const posts = splitPeriods(rows, range);
    const platforms = [...new Set([...rows.map((p) => p.platform), ...marks.map((m) => m.platform)])].sort();
    return {
      ...header(range),
      totals: totals(posts, marks),
      engagementRates: ratesByDenominator(posts),
      platforms: platforms.map((p) => platformSummary(p, posts, marks, range)),
      series: dailySeries(posts.current, range),
      topPosts: topPosts(posts.current),
    };
  }

  async computePlatform(
    userId: string,
    platform: Platform,
    range: ResolvedRange,
  ): Promise<AnalyticsPlatformView> {
    const { repository } = this.ports;
    const [rows, marks, followers] = await Promise.all([
      repository.postsPublished(userId, range.previousStart, range.end, platform),
      repository.followerMarks(userId, range, platform),
      repository.followerSeries(userId, platform, range.start, range.end),
    ]);
    const posts = splitPeriods(rows, range);
    return {
      ...header(range),
      ...platformSummary(platform, posts, marks, range),
      followers: followerSeries(followers, range.zone),
      topPosts: topPosts(posts.current),
    };
  }

  private async cached<T>(userId: string, scope: string, compute: () => Promise<T>): Promise<T> {
    const { kv } = this.ports;
    const key = `analytics:overview:${userId}:${await analyticsVersion(kv, userId)}:${scope}`;
    const hit = await kv.get(key);
    if (hit !== null) return JSON.parse(hit) as T;
    const answer = await compute();
    await kv.set(key, JSON.stringify(answer), CACHE_TTL_MS);
    return answer;
  }
}

function header(range: ResolvedRange) {
  return { timezone: range.zone, range: range.range, previousRange: range.previous };
}

/** The followers on each local day: each account's last count of the day, summed over accounts. */
export function followerSeries(rows: FollowerRow[], zone: string): { date: string; followers: number }[] {
  const latest = new Map<string, number>();
  const days = new Map<string, number>();
  for (const row of rows) {
    latest.set(`${row.platform}|${row.connectionId ?? ''}`, row.value);
    days.set(
      localDay(row.at, zone),
      [...latest.values()].reduce((a, b) => a + b, 0),
    );
  }
  return [...days].map(([date, followers]) => ({ date, followers }));
}
