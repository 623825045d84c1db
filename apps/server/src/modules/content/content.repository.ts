// The only code that touches the content and content_versions tables. Every query is scoped to the
// owning user; updates are conditional on the revision the caller read (optimistic concurrency).
import type { ContentStatus, ContentType, Platform } from '@brandwright/contracts';
import { and, arrayContains, asc, desc, eq, getTableColumns, gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { KeysetPosition } from '../../platform/http/index.js';
import { content, contentVersions } from './content.schema.js';

/** Every column but the stored full-text document, which only search queries read. */
const { searchVector: _searchVector, ...rowColumns } = getTableColumns(content);
export const contentColumns = rowColumns;

export type ContentRow = Omit<typeof content.$inferSelect, 'searchVector'>;
export type NewContentRow = Omit<typeof content.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type ContentChanges = Partial<
  Pick<
    ContentRow,
    'title' | 'body' | 'bodyMarkdown' | 'platforms' | 'pillar' | 'metadata' | 'status' | 'evergreen'
  >
>;
export type VersionRow = typeof contentVersions.$inferSelect;
export type NewVersionRow = Omit<typeof contentVersions.$inferInsert, 'id' | 'createdAt'>;

export interface ContentFilters {
  status?: ContentStatus;
  platform?: Platform;
  pillar?: string;
  type?: ContentType;
}

export class ContentRepository {
  constructor(private readonly db: Db) {}

  async find(userId: string, id: string, db: Db = this.db): Promise<ContentRow | undefined> {
    const [row] = await db
      .select(contentColumns)
      .from(content)
      .where(and(eq(content.userId, userId), eq(content.id, id)));
    return row;
  }

  /** Evergreen pieces of every user, by id (the publishing task pages through them). */
  evergreen(afterId: string | undefined, limit: number) {
    const c = content;
    return this.db
      .select({ id: c.id, userId: c.userId, platforms: c.platforms })
      .from(c)
      .where(and(eq(c.evergreen, true), afterId ? gt(c.id, afterId) : undefined))
      .orderBy(asc(c.id))
      .limit(limit);
  }

  async findByIdempotencyKey(userId: string, key: string): Promise<ContentRow | undefined> {
    const [row] = await this.db
      .select(contentColumns)
      .from(content)
      .where(and(eq(content.userId, userId), eq(content.idempotencyKey, key)));
    return row;
  }

  /** Undefined when a row with the same idempotency key already exists (a concurrent retry won). */
  async insert(tx: Db, row: NewContentRow): Promise<ContentRow | undefined> {
    const [inserted] = await tx.insert(content).values(row).onConflictDoNothing().returning(contentColumns);
    return inserted;
  }

  /** Applies `changes` as revision `expectedVersion + 1`; undefined when the row moved on meanwhile. */
  async update(
    tx: Db,
    userId: string,
    id: string,
    expectedVersion: number,
    changes: ContentChanges,
  ): Promise<ContentRow | undefined> {
    const [row] = await tx
      .update(content)
      .set({ ...changes, version: expectedVersion + 1, updatedAt: sql`now()` })
      .where(and(eq(content.userId, userId), eq(content.id, id), eq(content.version, expectedVersion)))
      .returning(contentColumns);
    return row;
  }

  async delete(userId: string, id: string, db: Db = this.db): Promise<boolean> {
    const rows = await db
      .delete(content)
      .where(and(eq(content.userId, userId), eq(content.id, id)))
      .returning({ id: content.id });
    return rows.length > 0;
  }

  /** Newest first; `limit + 1` rows so the caller can tell whether there is a next page. */
  async list(userId: string, filters: ContentFilters, limit: number, before?: KeysetPosition) {
    const t = content;
    const beforeClause = before
      ? or(lt(t.createdAt, before.createdAt), and(eq(t.createdAt, before.createdAt), lt(t.id, before.id)))
      : undefined;
    return this.db
      .select(contentColumns)
      .from(t)
      .where(
        and(
          eq(t.userId, userId),
          filters.status ? eq(t.status, filters.status) : undefined,
          filters.type ? eq(t.type, filters.type) : undefined,
          filters.pillar ? eq(t.pillar, filters.pillar) : undefined,
          filters.platform ? arrayContains(t.platforms, [filters.platform]) : undefined,
          beforeClause,
        ),
      )
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(limit + 1);
  }

  async insertVersion(tx: Db, row: NewVersionRow): Promise<VersionRow> {
    const [inserted] = await tx.insert(contentVersions).values(row).returning();
    return inserted as VersionRow;
  }

  async latestVersion(tx: Db, userId: string, contentId: string): Promise<VersionRow | undefined> {
    const v = contentVersions;
    const [row] = await tx
      .select()
      .from(v)
      .where(and(eq(v.userId, userId), eq(v.contentId, contentId)))
      .orderBy(desc(v.version))
      .limit(1);
    return row;
  }

  /** An autosaved version absorbs the next autosave: same row, the new number, text and time. */
  async replaceVersion(
    tx: Db,
    id: string,
    next: Pick<VersionRow, 'version' | 'title' | 'body' | 'bodyMarkdown'>,
  ): Promise<VersionRow> {
    const [row] = await tx
      .update(contentVersions)
      .set({ ...next, createdAt: new Date() })
      .where(eq(contentVersions.id, id))
      .returning();
    return row as VersionRow;
  }

  async findVersion(userId: string, contentId: string, version: number): Promise<VersionRow | undefined> {
    const v = contentVersions;
    const [row] = await this.db
      .select()
      .from(v)
      .where(and(eq(v.userId, userId), eq(v.contentId, contentId), eq(v.version, version)));
    return row;
  }

  /** Newest first, below `beforeVersion` when given; `limit + 1` rows for the next-page check. */
  async listVersions(userId: string, contentId: string, limit: number, beforeVersion?: number) {
    const v = contentVersions;
    return this.db
      .select()
      .from(v)
      .where(
        and(
          eq(v.userId, userId),
          eq(v.contentId, contentId),
          beforeVersion === undefined ? undefined : lt(v.version, beforeVersion),
        ),
      )
      .orderBy(desc(v.version))
      .limit(limit + 1);
  }
}
