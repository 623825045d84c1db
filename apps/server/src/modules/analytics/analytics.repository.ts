// Reads and writes of the ingestion side of analytics: tracked posts, their fetch schedule state and
// their snapshots, and account snapshots. Every query names the user it acts for; snapshot inserts
// rely on the unique keys (ON CONFLICT DO NOTHING) so that a rerun of a fetch writes nothing twice.
import type { Platform } from '@brandwright/contracts';
import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Database, Db } from '../../platform/db/index.js';
import { analyticsSnapshots, type MetricCounts, type MetricType, trackedPosts } from './analytics.schema.js';

export type { MetricCounts };
export type TrackedPostRow = typeof trackedPosts.$inferSelect;
export type NewTrackedPost = typeof trackedPosts.$inferInsert;
const p = trackedPosts;
const s = analyticsSnapshots;

export interface PostFetchResult {
  post: TrackedPostRow;
  observedAt: Date;
  fetchedAt: Date;
  counts: MetricCounts;
  /** The schedule's next step; undefined ends tracking ('done'). Absent for an on-demand refresh. */
  schedule?: { step: number; next?: { step: number; at: Date } };
}

export class AnalyticsRepository {
  constructor(private readonly database: Database) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Inserts unless the post is already tracked (either unique key); true when it was new. */
  async track(row: NewTrackedPost): Promise<boolean> {
    const inserted = await this.db.insert(p).values(row).onConflictDoNothing().returning({ id: p.id });
    return inserted.length > 0;
  }

  /** Which of these publishing items are already tracked (any user: the sweep's anti-join). */
  async trackedItems(itemIds: string[]): Promise<Set<string>> {
    if (itemIds.length === 0) return new Set();
    const rows = await this.db
      .select({ id: p.scheduledPostId })
      .from(p)
      .where(inArray(p.scheduledPostId, itemIds));
    return new Set(rows.map((r) => r.id as string));
  }

  /** Connections with at least one post due, for the sweep to enqueue one fetch job each. */
  dueConnections(now: Date, limit: number) {
    return this.db
      .selectDistinct({ userId: p.userId, platform: p.platform })
      .from(p)
      .where(and(eq(p.trackingStatus, 'active'), lte(p.nextFetchAt, now)))
      .limit(limit);
  }

  duePosts(userId: string, platform: Platform, now: Date, limit: number): Promise<TrackedPostRow[]> {
    return this.db
      .select()
      .from(p)
      .where(
        and(
          eq(p.userId, userId),
          eq(p.platform, platform),
          eq(p.trackingStatus, 'active'),
          lte(p.nextFetchAt, now),
        ),
      )
      .orderBy(asc(p.nextFetchAt), asc(p.id))
      .limit(limit);
  }

  /** The caller's active posts, by id after `afterId` (an on-demand refresh walks them in pages). */
  activePosts(userId: string, platform: Platform, afterId: string | undefined, limit: number) {
    return this.db
      .select()
      .from(p)
      .where(
        and(
          eq(p.userId, userId),
          eq(p.platform, platform),
          eq(p.trackingStatus, 'active'),
          afterId ? sql`${p.id} > ${afterId}` : undefined,
        ),
      )
      .orderBy(asc(p.id))
      .limit(limit);
  }

  async countActive(userId: string): Promise<{ platform: Platform; posts: number }[]> {
    return this.db
      .select({ platform: p.platform, posts: sql<number>`count(*)::int` })
      .from(p)
      .where(and(eq(p.userId, userId), eq(p.trackingStatus, 'active')))
      .groupBy(p.platform);
  }

  /**
   * Writes a fetch in one transaction: the snapshots (existing ones kept), `latest` only when this
   * observation is newer, and the schedule only forward. Returns how many snapshots were new.
   */
  async recordPostFetch(result: PostFetchResult): Promise<number> {
    const { post, observedAt, counts, schedule } = result;
    const rows = snapshotRows(counts).map(([metricType, metricValue]) => ({
      userId: post.userId,
      platform: post.platform,
      postId: post.id,
      connectionId: post.connectionId,
      metricType,
      metricValue,
      snapshotDate: observedAt,
      metadata: { fetchedAt: result.fetchedAt.toISOString() },
    }));
    return this.database.transaction(async (tx) => {
      const inserted =
        rows.length === 0
          ? []
          : await tx.insert(s).values(rows).onConflictDoNothing().returning({ id: s.id });
      await tx
        .update(p)
        .set({ latest: counts, latestAt: observedAt, updatedAt: result.fetchedAt })
        .where(and(eq(p.id, post.id), or(isNull(p.latestAt), lt(p.latestAt, observedAt))));
      if (schedule) await this.advance(tx, post, schedule, result.fetchedAt);
      return inserted.length;
    });
  }

  private async advance(
    tx: Db,
    post: TrackedPostRow,
    schedule: NonNullable<PostFetchResult['schedule']>,
    now: Date,
  ) {
    const next = schedule.next;
    await tx
      .update(p)
      .set({
        fetchStep: next?.step ?? schedule.step + 1,
        nextFetchAt: next?.at ?? null,
        ...(next ? {} : { trackingStatus: 'done' as const }),
        updatedAt: now,
      })
      // Only forward, and never over a post another path ended (deleted, stopped).
      .where(and(eq(p.id, post.id), lte(p.fetchStep, schedule.step), eq(p.trackingStatus, 'active')));
  }

  /** Puts a post whose due time drifted (a resume) back on its schedule, or ends it past the last step. */
  async reschedule(post: TrackedPostRow, at: Date | undefined, now: Date): Promise<void> {
    await this.db
      .update(p)
      .set(
        at
          ? { nextFetchAt: at, updatedAt: now }
          : { nextFetchAt: null, trackingStatus: 'done', updatedAt: now },
      )
      .where(and(eq(p.userId, post.userId), eq(p.id, post.id), eq(p.trackingStatus, 'active')));
  }

  /** Ends tracking of one post: 'done' (no metrics API) or 'deleted' (gone from the platform). */
  async end(userId: string, postId: string, status: 'done' | 'deleted', now: Date): Promise<void> {
    await this.db
      .update(p)
      .set({ trackingStatus: status, nextFetchAt: null, updatedAt: now })
      .where(and(eq(p.userId, userId), eq(p.id, postId)));
  }

  /** A revoked or expired connection: its active posts stop until the user reconnects. */
  async stopConnection(userId: string, platform: Platform, now: Date): Promise<number> {
    const rows = await this.db
      .update(p)
      .set({ trackingStatus: 'stopped', updatedAt: now })
      .where(and(eq(p.userId, userId), eq(p.platform, platform), eq(p.trackingStatus, 'active')))
      .returning({ id: p.id });
    return rows.length;
  }

  /** After a reconnect: stopped posts resume, due now (the planner skips the steps they missed). */
  async resumeConnection(userId: string, platform: Platform, now: Date): Promise<number> {
    const rows = await this.db
      .update(p)
      .set({ trackingStatus: 'active', nextFetchAt: now, updatedAt: now })
      .where(and(eq(p.userId, userId), eq(p.platform, platform), eq(p.trackingStatus, 'stopped')))
      .returning({ id: p.id });
    return rows.length;
  }

  /** (user, platform) pairs with stopped posts, for the sweep to check for a reconnect. */
  stoppedConnections(limit: number) {
    return this.db
      .selectDistinct({ userId: p.userId, platform: p.platform })
      .from(p)
      .where(eq(p.trackingStatus, 'stopped'))
      .limit(limit);
  }

  async latestFollowers(userId: string, platform: Platform): Promise<number | undefined> {
    const [row] = await this.db
      .select({ value: s.metricValue })
      .from(s)
      .where(
        and(eq(s.userId, userId), eq(s.platform, platform), isNull(s.postId), eq(s.metricType, 'followers')),
      )
      .orderBy(desc(s.snapshotDate))
      .limit(1);
    return row?.value;
  }

  /** One account observation per day; true when it was new. */
  async recordAccount(
    account: { userId: string; platform: Platform; connectionId: string },
    day: Date,
    counts: MetricCounts,
    fetchedAt: Date,
  ): Promise<boolean> {
    const rows = snapshotRows(counts).map(([metricType, metricValue]) => ({
      ...account,
      postId: null,
      metricType,
      metricValue,
      snapshotDate: day,
      metadata: { fetchedAt: fetchedAt.toISOString() },
    }));
    if (rows.length === 0) return false;
    const inserted = await this.db.insert(s).values(rows).onConflictDoNothing().returning({ id: s.id });
    return inserted.length > 0;
  }

  /** The user's tracked posts (tests and the bench read them back). */
  postsOf(userId: string): Promise<TrackedPostRow[]> {
    return this.db.select().from(p).where(eq(p.userId, userId)).orderBy(asc(p.publishedAt));
  }
}

/** Only reported, finite, non-negative counts become snapshots: an absent count is not a zero. */
function snapshotRows(counts: MetricCounts): [MetricType, number][] {
  return (Object.entries(counts) as [MetricType, number | undefined][]).filter(
    (entry): entry is [MetricType, number] =>
      typeof entry[1] === 'number' && Number.isFinite(entry[1]) && entry[1] >= 0,
  );
}
