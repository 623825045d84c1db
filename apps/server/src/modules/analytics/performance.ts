// The performance history other modules reason over (insights, best times, recommendations, the
// engagement model): the caller's tracked posts that have a rate, with the content's pillar and type
// where Brandwright knows the piece (read through the content module's contentFacets). Only posts whose platform reports metrics and whose denominator
// is known are returned, so every record has a real rate (never a made-up 0).
import type { ContentType, Platform, RateDenominator } from '@brandwright/contracts';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { contentFacets } from '../content/index.js';
import { type MetricCounts, type TRACKED_POST_SOURCES, trackedPosts } from './analytics.schema.js';
import { rateParts } from './engagement.js';

export interface PerformanceRecord {
  /** The tracked post's id (one post on one platform). */
  id: string;
  contentId: string | null;
  platform: Platform;
  publishedAt: Date;
  text: string;
  /** The content's pillar; null for posts Brandwright did not write or that have none. */
  pillar: string | null;
  contentType: ContentType | null;
  source: (typeof TRACKED_POST_SOURCES)[number];
  /** Raw counts as last fetched. */
  metrics: MetricCounts;
  engagements: number;
  denominator: RateDenominator;
  /** Impressions or followers at posting time, as `denominator` says. */
  base: number;
  /** engagements ÷ base. */
  rate: number;
}

export interface PerformanceQuery {
  /** Inclusive start instant. */
  from?: Date;
  /** Exclusive end instant. */
  to?: Date;
  platform?: Platform;
}

export interface PerformanceHistory {
  /** The caller's posts with a rate, oldest first. */
  records(userId: string, query?: PerformanceQuery): Promise<PerformanceRecord[]>;
}

export class PerformanceRepository implements PerformanceHistory {
  constructor(private readonly db: Db) {}

  async records(userId: string, query: PerformanceQuery = {}): Promise<PerformanceRecord[]> {
    const t = trackedPosts;
    const rows = await this.db
      .select({
        id: t.id,
        contentId: t.contentId,
        platform: t.platform,
        publishedAt: t.publishedAt,
        text: t.text,
        source: t.source,
        latest: t.latest,
        followersAtPost: t.followersAtPost,
      })
      .from(t)
      .where(
        and(
          eq(t.userId, userId),
          query.platform ? eq(t.platform, query.platform) : undefined,
          query.from ? gte(t.publishedAt, query.from) : undefined,
          query.to ? lt(t.publishedAt, query.to) : undefined,
        ),
      )
      .orderBy(asc(t.publishedAt), asc(t.id));
    const ids = [...new Set(rows.flatMap((row) => (row.contentId ? [row.contentId] : [])))];
    const facets = await contentFacets(this.db, userId, ids);
    return rows.flatMap((row) => {
      const parts = rateParts(row.platform, row.latest, row.followersAtPost);
      if (!parts) return [];
      const { latest, followersAtPost: _followers, ...rest } = row;
      const facet = row.contentId ? facets.get(row.contentId) : undefined;
      return [
        {
          ...rest,
          pillar: facet?.pillar ?? null,
          contentType: facet?.type ?? null,
          metrics: latest,
          ...parts,
          rate: parts.engagements / parts.base,
        },
      ];
    });
  }
}
