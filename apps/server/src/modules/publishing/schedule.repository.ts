// The only code that touches scheduled items and their attempts. User-facing queries are scoped to
// one user; the engine's queries are scoped to one item and guarded by the item's lease holder.
import type { Platform, ScheduledItemStatus } from '@brandwright/contracts';
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.js';
import { type ItemStatus, publishAttempts, type StoredPart, scheduledPosts } from './publishing.schema.js';

export type ItemRow = typeof scheduledPosts.$inferSelect;
export type NewItem = Omit<typeof scheduledPosts.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
export type AttemptRow = typeof publishAttempts.$inferSelect;
export type Claim = { claimed: true; item: ItemRow } | { claimed: false; lockedUntil?: Date };

export interface ListFilter {
  from?: Date;
  to?: Date;
  status?: ScheduledItemStatus;
  platform?: Platform;
  contentId?: string;
  after?: { createdAt: Date; id: string };
  limit: number;
}

const t = scheduledPosts;
const a = publishAttempts;
const touched = { version: sql`${t.version} + 1`, updatedAt: sql`now()` };

export class ScheduleRepository {
  constructor(private readonly db: Db) {}

  async insert(tx: Db, items: NewItem[]): Promise<ItemRow[]> {
    return items.length === 0 ? [] : tx.insert(t).values(items).returning();
  }

  byRequestKey(userId: string, requestKey: string, contentId: string): Promise<ItemRow[]> {
    return this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), eq(t.requestKey, requestKey), eq(t.contentId, contentId)))
      .orderBy(asc(t.platform));
  }

  async find(userId: string, id: string): Promise<ItemRow | undefined> {
    const [row] = await this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), eq(t.id, id)));
    return row;
  }

  /** By scheduled time then id; `limit + 1` rows so the caller can tell there is a next page. */
  list(userId: string, filter: ListFilter): Promise<ItemRow[]> {
    const conditions = [
      eq(t.userId, userId),
      filter.from && gte(t.scheduledFor, filter.from),
      filter.to && lte(t.scheduledFor, filter.to),
      filter.status && eq(t.status, filter.status),
      filter.platform && eq(t.platform, filter.platform),
      filter.contentId ? eq(t.contentId, filter.contentId) : undefined,
      filter.after &&
        or(
          gt(t.scheduledFor, filter.after.createdAt),
          and(eq(t.scheduledFor, filter.after.createdAt), gt(t.id, filter.after.id)),
        ),
    ];
    return this.db
      .select()
      .from(t)
      .where(and(...conditions))
      .orderBy(asc(t.scheduledFor), asc(t.id))
      .limit(filter.limit + 1);
  }

  /** Instants already held by live items of this user on this platform (for the queue). */
  async heldInstants(userId: string, platform: Platform, from: Date): Promise<Date[]> {
    const rows = await this.db
      .select({ at: t.scheduledFor })
      .from(t)
      .where(
        and(
          eq(t.userId, userId),
          eq(t.platform, platform),
          gte(t.scheduledFor, from),
          inArray(t.status, ['pending', 'publishing', 'published']),
        ),
      );
    return rows.map((r) => r.at);
  }

  /** Changes a pending item at `version`; undefined when it is not pending at that version. */
  async reschedule(userId: string, id: string, version: number, at: Date): Promise<ItemRow | undefined> {
    const [row] = await this.db
      .update(t)
      .set({ scheduledFor: at, ...touched })
      .where(and(eq(t.userId, userId), eq(t.id, id), eq(t.version, version), eq(t.status, 'pending')))
      .returning();
    return row;
  }

  /** Moves an item from one of `from` to `to` (user actions); undefined when it was in none of them. */
  async transition(
    userId: string,
    id: string,
    from: ItemStatus[],
    changes: Partial<ItemRow> & { status: ItemStatus },
  ): Promise<ItemRow | undefined> {
    const [row] = await this.db
      .update(t)
      .set({ ...changes, ...touched })
      .where(and(eq(t.userId, userId), eq(t.id, id), inArray(t.status, from)))
      .returning();
    return row;
  }

  /**
   * Takes the item for publishing: a pending item, or one left `publishing` by a worker whose lease
   * ran out. Otherwise says why not: gone/finished, or held by a live worker until `lockedUntil`.
   */
  async claim(id: string, worker: string, leaseMs: number): Promise<Claim> {
    const [claimed] = await this.db
      .update(t)
      .set({
        status: 'publishing',
        lockedBy: worker,
        lockedUntil: sql`now() + ${leaseMs} * interval '1 millisecond'`,
        attempts: sql`${t.attempts} + 1`,
        ...touched,
      })
      .where(
        and(
          eq(t.id, id),
          or(eq(t.status, 'pending'), and(eq(t.status, 'publishing'), lt(t.lockedUntil, sql`now()`))),
        ),
      )
      .returning();
    if (claimed) return { claimed: true, item: claimed };
    // Only when it could not be taken: read why.
    const [item] = await this.db.select().from(t).where(eq(t.id, id));
    if (!item) return { claimed: false };
    return item.status === 'publishing' && item.lockedUntil
      ? { claimed: false, lockedUntil: item.lockedUntil }
      : { claimed: false };
  }

  /** Engine writes after the claim: only while this worker still holds the item. */
  async settle(
    id: string,
    worker: string,
    changes: Partial<ItemRow>,
    tx: Db = this.db,
  ): Promise<ItemRow | undefined> {
    const [row] = await tx
      .update(t)
      .set({ ...changes, ...touched })
      .where(and(eq(t.id, id), eq(t.lockedBy, worker)))
      .returning();
    return row;
  }

  async extendLease(id: string, worker: string, leaseMs: number): Promise<boolean> {
    const rows = await this.db
      .update(t)
      .set({ lockedUntil: sql`now() + ${leaseMs} * interval '1 millisecond'` })
      .where(and(eq(t.id, id), eq(t.lockedBy, worker), eq(t.status, 'publishing')))
      .returning({ id: t.id });
    return rows.length > 0;
  }

  async startAttempt(item: ItemRow, partIndex: number): Promise<string> {
    const [row] = await this.db
      .insert(a)
      .values({ itemId: item.id, userId: item.userId, partIndex })
      .returning({ id: a.id });
    return (row as { id: string }).id;
  }

  async finishAttempt(
    id: string,
    outcome: 'sent' | 'failed' | 'unknown' | 'reconciled',
    detail: { code?: string; detail?: string; postId?: string } = {},
    tx: Db = this.db,
  ): Promise<void> {
    await tx
      .update(a)
      .set({
        outcome,
        errorCode: detail.code,
        detail: detail.detail,
        postId: detail.postId,
        finishedAt: sql`now()`,
      })
      .where(eq(a.id, id));
  }

  /** Records a published part and its attempt together, so a crash cannot keep one without the other. */
  async recordPart(
    tx: Db,
    item: ItemRow,
    worker: string,
    part: StoredPart,
    attemptId: string,
  ): Promise<ItemRow | undefined> {
    await this.finishAttempt(attemptId, 'sent', { postId: part.id }, tx);
    return this.settle(
      item.id,
      worker,
      { publishedParts: [...item.publishedParts.filter((p) => p.index !== part.index), part] },
      tx,
    );
  }

  /** The earliest send of this part whose answer was lost (still unknown, or settled by a resend). */
  async lostAnswer(itemId: string, partIndex: number): Promise<AttemptRow | undefined> {
    const [row] = await this.db
      .select()
      .from(a)
      .where(
        and(eq(a.itemId, itemId), eq(a.partIndex, partIndex), inArray(a.outcome, ['unknown', 'reconciled'])),
      )
      .orderBy(asc(a.startedAt))
      .limit(1);
    return row;
  }

  /** Attempts whose outcome nobody knows: in flight when a worker died, or timed out. */
  unresolvedAttempts(itemId: string): Promise<AttemptRow[]> {
    return this.db
      .select()
      .from(a)
      .where(and(eq(a.itemId, itemId), or(isNull(a.outcome), eq(a.outcome, 'unknown'))))
      .orderBy(asc(a.partIndex), asc(a.startedAt));
  }

  attempts(userId: string, itemId: string): Promise<AttemptRow[]> {
    return this.db
      .select()
      .from(a)
      .where(and(eq(a.userId, userId), eq(a.itemId, itemId)))
      .orderBy(asc(a.startedAt));
  }

  /** The latest live or published item of this user on this platform (by scheduled time). */
  async latestOn(userId: string, platform: Platform): Promise<ItemRow | undefined> {
    const [row] = await this.db
      .select()
      .from(t)
      .where(
        and(
          eq(t.userId, userId),
          eq(t.platform, platform),
          inArray(t.status, ['pending', 'publishing', 'published']),
        ),
      )
      .orderBy(desc(t.scheduledFor))
      .limit(1);
    return row;
  }

  /** This piece's items on this platform, newest first. */
  ofPiece(userId: string, contentId: string, platform: Platform): Promise<ItemRow[]> {
    return this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), eq(t.contentId, contentId), eq(t.platform, platform)))
      .orderBy(desc(t.scheduledFor));
  }

  /**
   * Items the sweep re-triggers: due but perhaps without a job (an enqueue that failed after the
   * item was written, a queue flushed while nothing ran), and items held by a lease that ran out.
   */
  stranded(limit: number): Promise<{ id: string }[]> {
    return queryRows<{ id: string }>(
      this.db,
      sql`select id from scheduled_posts
        where (status = 'pending' and scheduled_for <= now() and coalesce(next_attempt_at, scheduled_for) <= now())
           or (status = 'publishing' and locked_until < now())
        order by scheduled_for limit ${limit}`,
    );
  }
}
