// The only code that touches generation_feedback and generation_drafts. Every query is scoped to one
// user. A retried feedback request finds the record made moments ago instead of adding a second one.
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database, Db } from '../../../platform/db/index.js';
import { generationDrafts, generationFeedback, type StoredVariant } from './generation.schema.js';

export type FeedbackRow = typeof generationFeedback.$inferSelect;
export type GeneratedDraftRow = typeof generationDrafts.$inferSelect;
export type Decision = Pick<GeneratedDraftRow, 'decision' | 'decidedVariant' | 'decidedTextHash' | 'reason'>;
export type NewFeedback = Omit<typeof generationFeedback.$inferInsert, 'id' | 'createdAt'>;

export class GenerationRepository {
  constructor(private readonly database: Database) {}

  /** The same (user, action, text) recorded within the last `windowSeconds`, newest first. */
  async findRecent(
    userId: string,
    action: FeedbackRow['action'],
    textHash: string,
    windowSeconds: number,
    db: Db = this.database.db,
  ): Promise<FeedbackRow | undefined> {
    const [row] = await db
      .select()
      .from(generationFeedback)
      .where(
        and(
          eq(generationFeedback.userId, userId),
          eq(generationFeedback.action, action),
          eq(generationFeedback.textHash, textHash),
          gt(generationFeedback.createdAt, sql`now() - make_interval(secs => ${windowSeconds})`),
        ),
      )
      .orderBy(desc(generationFeedback.createdAt))
      .limit(1);
    return row;
  }

  /**
   * Inserts unless the same feedback landed within the window. The advisory lock serialises two
   * concurrent retries of one request, so exactly one of them inserts.
   */
  insertOnce(feedback: NewFeedback, windowSeconds: number): Promise<{ row: FeedbackRow; created: boolean }> {
    return this.database.transaction(async (tx) => {
      const key = `${feedback.userId}:${feedback.action}:${feedback.textHash}`;
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
      const existing = await this.findRecent(
        feedback.userId,
        feedback.action,
        feedback.textHash,
        windowSeconds,
        tx,
      );
      if (existing) return { row: existing, created: false };
      const [row] = await tx.insert(generationFeedback).values(feedback).returning();
      if (!row) throw new Error('generation feedback insert returned nothing');
      return { row, created: true };
    });
  }

  /** The variants of a newly stored draft; a second call for the same draft changes nothing. */
  async saveVariants(userId: string, contentId: string, variants: StoredVariant[]): Promise<void> {
    await this.database.db
      .insert(generationDrafts)
      .values({ userId, contentId, variants })
      .onConflictDoNothing({ target: generationDrafts.contentId });
  }

  async findDraft(userId: string, contentId: string): Promise<GeneratedDraftRow | undefined> {
    const [row] = await this.database.db
      .select()
      .from(generationDrafts)
      .where(and(eq(generationDrafts.userId, userId), eq(generationDrafts.contentId, contentId)));
    return row;
  }

  /**
   * Adds a rewrite to the piece's variants (making the row for a piece written by hand), unless a
   * variant with the same Idempotency-Key or the same text is there: that one is returned instead.
   * The advisory lock makes two concurrent retries add it once. `full` when the draft holds `cap`.
   */
  appendRewrite(
    userId: string,
    contentId: string,
    variant: StoredVariant,
    cap: number,
  ): Promise<{ index: number; variant: StoredVariant; created: boolean } | { full: true }> {
    return this.database.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`rewrite:${contentId}`}, 0))`);
      const [row] = await tx
        .select()
        .from(generationDrafts)
        .where(and(eq(generationDrafts.userId, userId), eq(generationDrafts.contentId, contentId)));
      const variants = row?.variants ?? [];
      const found = findRewrite(variants, variant);
      if (found >= 0) return { index: found, variant: variants[found] as StoredVariant, created: false };
      if (variants.length >= cap) return { full: true as const };
      if (!row) await tx.insert(generationDrafts).values({ userId, contentId, variants: [variant] });
      else
        await tx
          .update(generationDrafts)
          .set({ variants: sql`${generationDrafts.variants} || ${JSON.stringify([variant])}::jsonb` })
          .where(eq(generationDrafts.contentId, contentId));
      return { index: variants.length, variant, created: true };
    });
  }

  /** Records the writer's latest decision on a draft; the row keeps only the latest one. */
  async decide(
    userId: string,
    contentId: string,
    decision: Decision,
  ): Promise<GeneratedDraftRow | undefined> {
    const [row] = await this.database.db
      .update(generationDrafts)
      .set({ ...decision, decidedAt: sql`now()` })
      .where(and(eq(generationDrafts.userId, userId), eq(generationDrafts.contentId, contentId)))
      .returning();
    return row;
  }
}

/** The stored rewrite a new one repeats: the same Idempotency-Key, or the same kind, version and text. */
export function findRewrite(variants: readonly StoredVariant[], wanted: StoredVariant): number {
  const key = wanted.rewrite?.key;
  return variants.findIndex(
    (v) =>
      (key && v.rewrite?.key === key) ||
      (v.rewrite?.kind === wanted.rewrite?.kind &&
        v.rewrite?.fromVersion === wanted.rewrite?.fromVersion &&
        v.body === wanted.body),
  );
}
