// The only code that touches content_templates; every query is scoped to the owning user.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { contentTemplates } from './content.schema.js';

export type TemplateRow = typeof contentTemplates.$inferSelect;
export type TemplateFields = Pick<TemplateRow, 'name' | 'description' | 'structure' | 'format'>;

export class TemplatesRepository {
  constructor(private readonly db: Db) {}

  list(userId: string): Promise<TemplateRow[]> {
    const t = contentTemplates;
    return this.db.select().from(t).where(eq(t.userId, userId)).orderBy(asc(t.createdAt), asc(t.id));
  }

  async find(userId: string, id: string): Promise<TemplateRow | undefined> {
    const t = contentTemplates;
    const [row] = await this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), eq(t.id, id)));
    return row;
  }

  /** Inserts, or returns the row an earlier request with the same idempotency key created. */
  async insert(userId: string, fields: TemplateFields, idempotencyKey?: string): Promise<TemplateRow> {
    const t = contentTemplates;
    const [row] = await this.db
      .insert(t)
      .values({ userId, ...fields, idempotencyKey: idempotencyKey ?? null })
      .onConflictDoNothing()
      .returning();
    if (row) return row;
    const [existing] = await this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), eq(t.idempotencyKey, idempotencyKey ?? '')));
    return existing as TemplateRow;
  }

  async update(
    userId: string,
    id: string,
    fields: Partial<TemplateFields>,
  ): Promise<TemplateRow | undefined> {
    const t = contentTemplates;
    const [row] = await this.db
      .update(t)
      .set({ ...fields, updatedAt: sql`now()` })
      .where(and(eq(t.userId, userId), eq(t.id, id)))
      .returning();
    return row;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const t = contentTemplates;
    const rows = await this.db
      .delete(t)
      .where(and(eq(t.userId, userId), eq(t.id, id)))
      .returning({ id: t.id });
    return rows.length > 0;
  }
}
