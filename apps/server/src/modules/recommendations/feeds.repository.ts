// The only code touching the feed tables. Every query is scoped to the caller's user id, except
// `dueFeeds`, the sweep's work list, which returns ids only (the job then loads by user and id).
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { ParsedItem } from './feed-parse.js';
import { feedItems, userFeeds } from './recommendations.schema.js';

export type FeedRow = typeof userFeeds.$inferSelect;
export type FeedItemRow = typeof feedItems.$inferSelect;

export interface FetchOutcome {
  at: Date;
  error: string | null;
  etag?: string | null;
  lastModified?: string | null;
  title?: string;
}

export class FeedsRepository {
  constructor(private readonly db: Db) {}

  async count(userId: string): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(userFeeds).where(eq(userFeeds.userId, userId));
    return row?.n ?? 0;
  }

  /** Inserts the feed, or finds the one already there for the same URL (a retried add). */
  async insert(userId: string, url: string, title: string): Promise<{ row: FeedRow; created: boolean }> {
    const [inserted] = await this.db
      .insert(userFeeds)
      .values({ userId, url, title })
      .onConflictDoNothing()
      .returning();
    if (inserted) return { row: inserted, created: true };
    const [existing] = await this.db
      .select()
      .from(userFeeds)
      .where(and(eq(userFeeds.userId, userId), eq(userFeeds.url, url)));
    return { row: existing as FeedRow, created: false };
  }

  async list(userId: string): Promise<(FeedRow & { itemCount: number })[]> {
    const items = this.db
      .select({ feedId: feedItems.feedId, n: count().as('n') })
      .from(feedItems)
      .where(eq(feedItems.userId, userId))
      .groupBy(feedItems.feedId)
      .as('items');
    const rows = await this.db
      .select({ feed: userFeeds, n: items.n })
      .from(userFeeds)
      .leftJoin(items, eq(items.feedId, userFeeds.id))
      .where(eq(userFeeds.userId, userId))
      .orderBy(asc(userFeeds.createdAt), asc(userFeeds.id));
    return rows.map((r) => ({ ...r.feed, itemCount: Number(r.n ?? 0) }));
  }

  async find(userId: string, id: string): Promise<FeedRow | undefined> {
    const [row] = await this.db
      .select()
      .from(userFeeds)
      .where(and(eq(userFeeds.userId, userId), eq(userFeeds.id, id)));
    return row;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const gone = await this.db
      .delete(userFeeds)
      .where(and(eq(userFeeds.userId, userId), eq(userFeeds.id, id)))
      .returning({ id: userFeeds.id });
    return gone.length > 0;
  }

  async recordFetch(userId: string, id: string, outcome: FetchOutcome): Promise<void> {
    const set: Partial<FeedRow> = { lastFetchedAt: outcome.at, lastError: outcome.error };
    if (outcome.etag !== undefined) set.etag = outcome.etag;
    if (outcome.lastModified !== undefined) set.lastModified = outcome.lastModified;
    if (outcome.title) set.title = outcome.title;
    await this.db
      .update(userFeeds)
      .set(set)
      .where(and(eq(userFeeds.userId, userId), eq(userFeeds.id, id)));
  }

  /** Stores items not seen before for this user (by dedupe key); returns the new rows' ids. */
  async insertItems(userId: string, feedId: string, items: ParsedItem[]): Promise<string[]> {
    if (items.length === 0) return [];
    const unique = [...new Map(items.map((i) => [i.dedupeKey, i])).values()];
    const rows = await this.db
      .insert(feedItems)
      .values(unique.map((i) => ({ ...i, userId, feedId })))
      .onConflictDoNothing()
      .returning({ id: feedItems.id });
    return rows.map((r) => r.id);
  }

  /** Feeds never fetched or last fetched before `before`, oldest first (the sweep's work list). */
  async dueFeeds(before: Date, limit: number): Promise<{ id: string; userId: string }[]> {
    return this.db
      .select({ id: userFeeds.id, userId: userFeeds.userId })
      .from(userFeeds)
      .where(or(isNull(userFeeds.lastFetchedAt), lt(userFeeds.lastFetchedAt, before)))
      .orderBy(sql`${userFeeds.lastFetchedAt} asc nulls first`, asc(userFeeds.id))
      .limit(limit);
  }

  async items(userId: string, ids: string[]): Promise<(FeedItemRow & { feedTitle: string })[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ item: feedItems, feedTitle: userFeeds.title })
      .from(feedItems)
      .innerJoin(userFeeds, and(eq(userFeeds.id, feedItems.feedId), eq(userFeeds.userId, userId)))
      .where(and(eq(feedItems.userId, userId), inArray(feedItems.id, ids)));
    return rows.map((r) => ({ ...r.item, feedTitle: r.feedTitle }));
  }

  /** Ids of the user's items published (or, undated, stored) since `since`: a vector search's scope. */
  recentItemIds(userId: string, since: Date): SQL {
    return sql`select ${feedItems.id} as id from ${feedItems}
      where ${feedItems.userId} = ${userId}
        and coalesce(${feedItems.publishedAt}, ${feedItems.createdAt}) >= ${since.toISOString()}`;
  }

  /** The same ids newest first, for the embedding backfill. */
  itemIdsNewestFirst(userId: string): SQL {
    return sql`select ${feedItems.id} as id from ${feedItems} where ${feedItems.userId} = ${userId}
      order by ${feedItems.createdAt} desc`;
  }

  async latestItems(userId: string, since: Date, limit: number): Promise<FeedItemRow[]> {
    return this.db
      .select()
      .from(feedItems)
      .where(and(eq(feedItems.userId, userId), gte(feedItems.createdAt, since)))
      .orderBy(desc(feedItems.createdAt), asc(feedItems.id))
      .limit(limit);
  }
}
