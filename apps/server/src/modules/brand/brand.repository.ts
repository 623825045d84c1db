// The only code that touches the brand tables.
import type { Assessment, PartialBrandAnswers, Strategy } from '@brandwright/contracts';
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { KeysetPosition } from '../../platform/http/index.js';
import { brandAnswers, brandAssessments, brandStrategyVersions } from './brand.schema.js';

export type AnswersRow = typeof brandAnswers.$inferSelect;
export type AssessmentRow = typeof brandAssessments.$inferSelect;
export type StrategyRow = typeof brandStrategyVersions.$inferSelect;
export type NewStrategy = { strategy: Strategy; modelUsed: string; source: StrategyRow['source'] };

export class BrandRepository {
  constructor(private readonly db: Db) {}

  async findAnswers(userId: string): Promise<AnswersRow | undefined> {
    const [row] = await this.db.select().from(brandAnswers).where(eq(brandAnswers.userId, userId));
    return row;
  }

  async saveAnswers(
    userId: string,
    version: string,
    answers: PartialBrandAnswers,
    db: Db = this.db,
  ): Promise<AnswersRow> {
    const values = { userId, questionnaireVersion: version, answers, updatedAt: sql`now()` };
    const [row] = await db
      .insert(brandAnswers)
      .values(values)
      .onConflictDoUpdate({
        target: brandAnswers.userId,
        set: { questionnaireVersion: version, answers, updatedAt: sql`now()` },
      })
      .returning();
    return row as AnswersRow;
  }

  async latestAssessment(userId: string): Promise<AssessmentRow | undefined> {
    const [row] = await this.db
      .select()
      .from(brandAssessments)
      .where(eq(brandAssessments.userId, userId))
      .orderBy(desc(brandAssessments.createdAt), desc(brandAssessments.id))
      .limit(1);
    return row;
  }

  async insertAssessment(
    tx: Db,
    row: {
      userId: string;
      questionnaireVersion: string;
      answers: PartialBrandAnswers;
      answersHash: string;
      assessment: Assessment;
    },
  ): Promise<AssessmentRow> {
    const [inserted] = await tx.insert(brandAssessments).values(row).returning();
    return inserted as AssessmentRow;
  }

  async currentStrategy(userId: string, db: Db = this.db): Promise<StrategyRow | undefined> {
    const [row] = await db
      .select()
      .from(brandStrategyVersions)
      .where(eq(brandStrategyVersions.userId, userId))
      .orderBy(desc(brandStrategyVersions.version))
      .limit(1);
    return row;
  }

  /** Adds the next version; undefined when `expectedVersion` is no longer the latest (a concurrent edit won). */
  async appendStrategy(
    tx: Db,
    userId: string,
    expectedVersion: number,
    next: NewStrategy,
  ): Promise<StrategyRow | undefined> {
    const [row] = await tx
      .insert(brandStrategyVersions)
      .values({ userId, version: expectedVersion + 1, ...next })
      .onConflictDoNothing({ target: [brandStrategyVersions.userId, brandStrategyVersions.version] })
      .returning();
    return row;
  }

  /** Newest first; `limit + 1` rows so the caller can tell whether there is a next page. */
  async listStrategyVersions(userId: string, limit: number, before?: KeysetPosition): Promise<StrategyRow[]> {
    const t = brandStrategyVersions;
    const beforeClause = before
      ? or(lt(t.createdAt, before.createdAt), and(eq(t.createdAt, before.createdAt), lt(t.id, before.id)))
      : undefined;
    return this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), beforeClause))
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(limit + 1);
  }
}
