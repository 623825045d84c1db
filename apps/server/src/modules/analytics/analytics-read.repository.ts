// The only file of the read side that touches the analytics tables. Every query takes the caller's
// user id and filters on it first, so one user's rows never reach another's answer.
import type { Platform } from '@brandwright/contracts';
import { and, asc, eq, gt, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { analyticsSnapshots, type MetricCounts, trackedPosts } from './analytics.schema.js';

export interface PostRow {
  id: string;
  platform: Platform;
  contentId: string | null;
  url: string | null;
  text: string;
  source: string;
  publishedAt: Date;
  followersAtPost: number | null;
  latest: MetricCounts;
  latestAt: Date | null;
  trackingStatus: 'active' | 'done' | 'stopped' | 'deleted';
}

export interface SnapshotRow {
  postId: string;
  metricType: string;
  metricValue: number;
  snapshotDate: Date;
}

/** Follower counts of one account at the boundaries an overview needs (null: none recorded before). */
export interface FollowerMarks {
  platform: Platform;
  connectionId: string | null;
  earliest: number;
  beforePrevious: number | null;
  beforeStart: number | null;
  beforeEnd: number | null;
}

export interface FollowerRow {
  platform: Platform;
  connectionId: string | null;
  value: number;
  at: Date;
}

const postColumns = {
  id: trackedPosts.id,
  platform: trackedPosts.platform,
  contentId: trackedPosts.contentId,
  url: trackedPosts.url,
  text: trackedPosts.text,
  source: trackedPosts.source,
  publishedAt: trackedPosts.publishedAt,
  followersAtPost: trackedPosts.followersAtPost,
  latest: trackedPosts.latest,
  latestAt: trackedPosts.latestAt,
  trackingStatus: trackedPosts.trackingStatus,
};

const followerFilter = (userId: string, platform?: Platform): SQL =>
  and(
    eq(analyticsSnapshots.userId, userId),
    isNull(analyticsSnapshots.postId),
    eq(analyticsSnapshots.metricType, 'followers'),
    platform ? eq(analyticsSnapshots.platform, platform) : undefined,
  ) as SQL;

export class AnalyticsReadRepository {
  constructor(private readonly db: Db) {}

  /** The caller's posts published in [start, end), optionally on one platform. */
  postsPublished(userId: string, start: Date, end: Date, platform?: Platform): Promise<PostRow[]> {
    return this.db
      .select(postColumns)
      .from(trackedPosts)
      .where(
        and(
          eq(trackedPosts.userId, userId),
          platform ? eq(trackedPosts.platform, platform) : undefined,
          gte(trackedPosts.publishedAt, start),
          lt(trackedPosts.publishedAt, end),
        ),
      ) as Promise<PostRow[]>;
  }

  /** One page of the export, in publishing order, after the keyset position `after`. */
  exportPage(
    userId: string,
    window: { start: Date; end: Date },
    after: { publishedAt: Date; id: string } | null,
    limit: number,
  ): Promise<PostRow[]> {
    const position = after
      ? or(
          gt(trackedPosts.publishedAt, after.publishedAt),
          and(eq(trackedPosts.publishedAt, after.publishedAt), gt(trackedPosts.id, after.id)),
        )
      : undefined;
    return this.db
      .select(postColumns)
      .from(trackedPosts)
      .where(
        and(
          eq(trackedPosts.userId, userId),
          gte(trackedPosts.publishedAt, window.start),
          lt(trackedPosts.publishedAt, window.end),
          position,
        ),
      )
      .orderBy(asc(trackedPosts.publishedAt), asc(trackedPosts.id))
      .limit(limit) as Promise<PostRow[]>;
  }

  /** The caller's tracked posts of one piece of content (one per platform it went to). */
  postsOfContent(userId: string, contentId: string): Promise<PostRow[]> {
    return this.db
      .select(postColumns)
      .from(trackedPosts)
      .where(and(eq(trackedPosts.userId, userId), eq(trackedPosts.contentId, contentId)))
      .orderBy(asc(trackedPosts.platform), asc(trackedPosts.publishedAt)) as Promise<PostRow[]>;
  }

  async snapshotsOf(userId: string, postIds: string[]): Promise<SnapshotRow[]> {
    if (postIds.length === 0) return [];
    const rows = await this.db
      .select({
        postId: analyticsSnapshots.postId,
        metricType: analyticsSnapshots.metricType,
        metricValue: analyticsSnapshots.metricValue,
        snapshotDate: analyticsSnapshots.snapshotDate,
      })
      .from(analyticsSnapshots)
      .where(and(eq(analyticsSnapshots.userId, userId), inArray(analyticsSnapshots.postId, postIds)))
      .orderBy(asc(analyticsSnapshots.snapshotDate));
    return rows as SnapshotRow[];
  }

  /**
   * Per account: its first follower count ever and the last one before each boundary, in one pass
   * over the account's counts (the account index, then one heap read per count) rather than one
   * pass per boundary.
   */
  async followerMarks(
    userId: string,
    bounds: { previousStart: Date; start: Date; end: Date },
    platform?: Platform,
  ): Promise<FollowerMarks[]> {
    const s = analyticsSnapshots;
    const lastBefore = (b: Date) =>
      sql<
        number | null
      >`(array_agg(${s.metricValue} order by ${s.snapshotDate} desc) filter (where ${s.snapshotDate} < ${b.toISOString()}::timestamptz))[1]`;
    const rows = await this.db
      .select({
        platform: s.platform,
        connectionId: s.connectionId,
        earliest: sql<number>`(array_agg(${s.metricValue} order by ${s.snapshotDate}))[1]`,
        beforePrevious: lastBefore(bounds.previousStart),
        beforeStart: lastBefore(bounds.start),
        beforeEnd: lastBefore(bounds.end),
      })
      .from(s)
      .where(and(followerFilter(userId, platform), lt(s.snapshotDate, bounds.end)))
      .groupBy(s.platform, s.connectionId);
    // Aggregates come back as text from some drivers: numbers here, nulls kept.
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return rows.map((r) => ({
      platform: r.platform,
      connectionId: r.connectionId,
      earliest: Number(r.earliest),
      beforePrevious: num(r.beforePrevious),
      beforeStart: num(r.beforeStart),
      beforeEnd: num(r.beforeEnd),
    }));
  }

  /** Every follower count of one platform's accounts recorded in [start, end), in time order. */
  followerSeries(userId: string, platform: Platform, start: Date, end: Date): Promise<FollowerRow[]> {
    const s = analyticsSnapshots;
    return this.db
      .select({
        platform: s.platform,
        connectionId: s.connectionId,
        value: s.metricValue,
        at: s.snapshotDate,
      })
      .from(s)
      .where(and(followerFilter(userId, platform), gte(s.snapshotDate, start), lt(s.snapshotDate, end)))
      .orderBy(asc(s.snapshotDate), sql`${s.connectionId} nulls first`) as Promise<FollowerRow[]>;
  }
}
