// The only code that touches publish attempts: one row per send of one part, written before the
// request and finished after it, so that an outcome lost to a crash or a timeout can be found and
// settled instead of guessed.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { publishAttempts } from './publishing.schema.js';

export type AttemptRow = typeof publishAttempts.$inferSelect;
export type AttemptOutcome = 'sent' | 'failed' | 'unknown' | 'reconciled';

const a = publishAttempts;

export class AttemptsRepository {
  constructor(private readonly db: Db) {}

  async start(item: { id: string; userId: string }, partIndex: number): Promise<string> {
    const [row] = await this.db
      .insert(a)
      .values({ itemId: item.id, userId: item.userId, partIndex })
      .returning({ id: a.id });
    return (row as { id: string }).id;
  }

  async finish(
    id: string,
    outcome: AttemptOutcome,
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
  unresolved(itemId: string): Promise<AttemptRow[]> {
    return this.db
      .select()
      .from(a)
      .where(and(eq(a.itemId, itemId), or(isNull(a.outcome), eq(a.outcome, 'unknown'))))
      .orderBy(asc(a.partIndex), asc(a.startedAt));
  }

  /** Settles every attempt still unresolved with the user's word (`detail`) on what happened. */
  async closeUnresolved(itemId: string, detail: string, tx: Db = this.db): Promise<void> {
    await tx
      .update(a)
      .set({ outcome: 'reconciled', detail, finishedAt: sql`now()` })
      .where(and(eq(a.itemId, itemId), or(isNull(a.outcome), eq(a.outcome, 'unknown'))));
  }

  list(userId: string, itemId: string): Promise<AttemptRow[]> {
    return this.db
      .select()
      .from(a)
      .where(and(eq(a.userId, userId), eq(a.itemId, itemId)))
      .orderBy(asc(a.startedAt));
  }
}
