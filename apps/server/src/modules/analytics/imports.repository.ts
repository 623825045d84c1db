// The only code that touches analytics_imports. Every query names the owning user, except the
// job's own reads and writes by import id (the job was enqueued for that user's import).
import { and, desc, eq, getTableColumns, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { KeysetPosition } from '../../platform/http/index.js';
import { analyticsImports } from './analytics.schema.js';

export type ImportRow = typeof analyticsImports.$inferSelect;
const { payload: _payload, ...summaryColumns } = getTableColumns(analyticsImports);
export type ImportSummary = Omit<ImportRow, 'payload'>;

export interface NewImport {
  userId: string;
  kind: ImportRow['kind'];
  fileName: string;
  trainVoice: boolean;
  payload: Buffer;
  idempotencyKey: string | null;
}

export interface ImportProgress {
  rowsRead: number;
  imported: number;
  skipped: number;
  refused: { line: number; reason: string }[];
}

export class ImportsRepository {
  constructor(private readonly db: Db) {}

  /** Undefined when the user already has an import with this Idempotency-Key. */
  async insert(row: NewImport): Promise<ImportSummary | undefined> {
    const [inserted] = await this.db
      .insert(analyticsImports)
      .values(row)
      .onConflictDoNothing()
      .returning(summaryColumns);
    return inserted;
  }

  async findByKey(userId: string, key: string): Promise<ImportSummary | undefined> {
    const [row] = await this.db
      .select(summaryColumns)
      .from(analyticsImports)
      .where(and(eq(analyticsImports.userId, userId), eq(analyticsImports.idempotencyKey, key)));
    return row;
  }

  async find(userId: string, id: string): Promise<ImportSummary | undefined> {
    const [row] = await this.db
      .select(summaryColumns)
      .from(analyticsImports)
      .where(and(eq(analyticsImports.userId, userId), eq(analyticsImports.id, id)));
    return row;
  }

  /** Newest first, `limit + 1` rows for the next-page check. */
  async list(userId: string, limit: number, after?: KeysetPosition): Promise<ImportSummary[]> {
    const t = analyticsImports;
    const position = after
      ? or(lt(t.createdAt, after.createdAt), and(eq(t.createdAt, after.createdAt), lt(t.id, after.id)))
      : undefined;
    return this.db
      .select(summaryColumns)
      .from(t)
      .where(and(eq(t.userId, userId), position))
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(limit + 1);
  }

  /** The job's view: the row with its file (null once done). */
  async forJob(id: string, db: Db = this.db): Promise<ImportRow | undefined> {
    const [row] = await db.select().from(analyticsImports).where(eq(analyticsImports.id, id));
    return row;
  }

  async markRunning(id: string): Promise<void> {
    await this.db
      .update(analyticsImports)
      .set({ status: 'running', updatedAt: sql`now()` })
      .where(and(eq(analyticsImports.id, id), eq(analyticsImports.status, 'queued')));
  }

  /** Saves the counters after a batch, in the batch's transaction: they are the resume point. */
  async saveProgress(tx: Db, id: string, progress: ImportProgress): Promise<void> {
    await tx
      .update(analyticsImports)
      .set({ ...progress, updatedAt: sql`now()` })
      .where(eq(analyticsImports.id, id));
  }

  /** Ends the import and drops its file. */
  async finish(id: string, status: 'done' | 'failed', error: string | null = null): Promise<void> {
    await this.db
      .update(analyticsImports)
      .set({ status, error, payload: null, updatedAt: sql`now()` })
      .where(eq(analyticsImports.id, id));
  }
}
