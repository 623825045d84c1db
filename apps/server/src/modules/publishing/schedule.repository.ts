// The only code that touches scheduled items (their attempts: attempts.repository.ts). User-facing
// queries are scoped to one user; the engine's are scoped to one item and guarded by its lease holder.
import type { Platform, ScheduledItemStatus } from '@brandwright/contracts';
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.js';
import { type ItemStatus, scheduledPosts } from './publishing.schema.js';

export type ItemRow = typeof scheduledPosts.$inferSelect;
export type NewItem = Omit<typeof scheduledPosts.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>;
export type Claim =
  | { claimed: true; item: ItemRow }
  | { claimed: false; retryInMs?: number; reason?: string };

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
const touched = { version: sql`${t.version} + 1`, updatedAt: sql`now()` };
/** When a pending item may be taken: its time, or its next attempt after a backoff or a wait. */
const dueAt = sql`coalesce(${t.nextAttemptAt}, ${t.scheduledFor})`;

export class ScheduleRepository {
  constructor(private readonly db: Db) {}

  /** Inserts the items; those whose request key another request holds are left out (not an error). */
  async insert(tx: Db, items: NewItem[]): Promise<ItemRow[]> {
    return items.length === 0 ? [] : tx.insert(t).values(items).onConflictDoNothing().returning();
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
    tx: Db = this.db,
  ): Promise<ItemRow | undefined> {
    const [row] = await tx
      .update(t)
      .set({ ...changes, ...touched })
      .where(and(eq(t.userId, userId), eq(t.id, id), inArray(t.status, from)))
      .returning();
    return row;
  }

  /**
   * Takes the item for publishing: a pending item that is due (its time, or its next attempt after
   * a backoff, has come), or one left `publishing` by a worker whose lease ran out. Otherwise says
   * when to look again: when a live worker's lease ends, or when the item falls due (it was moved
   * after its job started); nothing for an item that is gone or finished.
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
          or(
            and(eq(t.status, 'pending'), lte(dueAt, sql`now()`)),
            and(eq(t.status, 'publishing'), lt(t.lockedUntil, sql`now()`)),
          ),
        ),
      )
      .returning();
    return claimed ? { claimed: true, item: claimed } : this.notClaimed(id);
  }

  /** Why a claim took nothing, read only then; times are the database's, as in the claim. */
  private async notClaimed(id: string): Promise<Claim> {
    const [row] = await queryRows<{ status: string; wait_ms: number | null }>(
      this.db,
      sql`select status, greatest(0, extract(epoch from (case when status = 'pending'
          then coalesce(next_attempt_at, scheduled_for) else locked_until end) - now()) * 1000)::float8 as wait_ms
        from scheduled_posts where id = ${id}`,
    );
    if (row?.status === 'pending' && row.wait_ms !== null)
      return { claimed: false, retryInMs: Math.ceil(row.wait_ms), reason: 'the item is not due yet' };
    if (row?.status === 'publishing' && row.wait_ms !== null)
      // A second after the lease ends, in case that worker died.
      return { claimed: false, retryInMs: Math.ceil(row.wait_ms) + 1000, reason: 'item is being published' };
    return { claimed: false };
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
