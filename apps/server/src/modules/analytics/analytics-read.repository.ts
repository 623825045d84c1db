// The only file of the read side that touches the analytics tables. Every query takes the caller's
// user id and filters on it first, so one user's rows never reach another's answer.
import type { Platform } from '@brandwright/contracts';
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
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

  /** Per account: its first follower count ever and the last one before each boundary. */
  async followerMarks(
    userId: string,
    bounds: { previousStart: Date; start: Date; end: Date },
    platform?: Platform,
  ): Promise<FollowerMarks[]> {
    const [earliest, beforePrevious, beforeStart, beforeEnd] = await Promise.all([
      this.lastFollowers(userId, null, platform),
      this.lastFollowers(userId, bounds.previousStart, platform),
      this.lastFollowers(userId, bounds.start, platform),
      this.lastFollowers(userId, bounds.end, platform),
    ]);
    const key = (r: FollowerRow) => `${r.platform}|${r.connectionId ?? ''}`;
    const lookup = (rows: FollowerRow[]) => new Map(rows.map((r) => [key(r), r.value]));
    const [p, s, e] = [lookup(beforePrevious), lookup(beforeStart), lookup(beforeEnd)];
    return earliest.map((row) => ({
      platform: row.platform,
      connectionId: row.connectionId,
      earliest: row.value,
      beforePrevious: p.get(key(row)) ?? null,
      beforeStart: s.get(key(row)) ?? null,
      beforeEnd: e.get(key(row)) ?? null,
    }));
  }

  /**
   * The last follower count of each account before `boundary` (the first ever when null), read
   * with DISTINCT ON so each account costs one index descent, not a scan of its history.
   */
  private async lastFollowers(
    userId: string,
    boundary: Date | null,
    platform?: Platform,
  ): Promise<FollowerRow[]> {
    const s = analyticsSnapshots;
    const order = boundary ? desc(s.snapshotDate) : asc(s.snapshotDate);
    const rows = await this.db
      .selectDistinctOn([s.platform, s.connectionId], {
        platform: s.platform,
        connectionId: s.connectionId,
        value: s.metricValue,
        at: s.snapshotDate,
      })
      .from(s)
      .where(and(followerFilter(userId, platform), boundary ? lt(s.snapshotDate, boundary) : undefined))
      .orderBy(s.platform, s.connectionId, order);
    return rows as FollowerRow[];
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
