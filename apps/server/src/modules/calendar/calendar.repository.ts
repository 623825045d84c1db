// The only code that touches the calendar tables. Every query is scoped to one user.
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { calendarEntries, calendarPlans } from './calendar.schema.js';

export type EntryRow = typeof calendarEntries.$inferSelect;
export type NewEntry = Omit<
  typeof calendarEntries.$inferInsert,
  'id' | 'userId' | 'createdAt' | 'updatedAt' | 'version'
>;
export type EntryChanges = Partial<
  Pick<EntryRow, 'date' | 'topic' | 'pillar' | 'format' | 'platforms' | 'status' | 'origin'>
>;

const t = calendarEntries;
const inRange = (first: string, last: string) => and(gte(t.date, first), lte(t.date, last));

export class CalendarRepository {
  constructor(private readonly db: Db) {}

  /** Entries between two days inclusive, in date order (then creation order). */
  listBetween(userId: string, first: string, last: string, db: Db = this.db): Promise<EntryRow[]> {
    return db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), inRange(first, last)))
      .orderBy(asc(t.date), asc(t.createdAt), asc(t.id));
  }

  async find(userId: string, id: string): Promise<EntryRow | undefined> {
    const [row] = await this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), eq(t.id, id)));
    return row;
  }

  /** Inserts; with an idempotency key already used by this user, returns the entry it made instead. */
  async create(userId: string, entry: NewEntry): Promise<EntryRow> {
    const [row] = await this.db
      .insert(t)
      .values({ ...entry, userId })
      .onConflictDoNothing({ target: [t.userId, t.idempotencyKey] })
      .returning();
    if (row) return row;
    const [existing] = await this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), eq(t.idempotencyKey, entry.idempotencyKey as string)));
    return existing as EntryRow;
  }

  async createMany(tx: Db, userId: string, entries: NewEntry[]): Promise<void> {
    if (entries.length > 0) await tx.insert(t).values(entries.map((e) => ({ ...e, userId })));
  }

  /** Applies changes only if the entry is still at `version`; undefined when it is not (or not there). */
  async update(
    userId: string,
    id: string,
    version: number,
    changes: EntryChanges & { contentId?: string },
  ): Promise<EntryRow | undefined> {
    const [row] = await this.db
      .update(t)
      .set({ ...changes, version: sql`${t.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(t.userId, userId), eq(t.id, id), eq(t.version, version)))
      .returning();
    return row;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const rows = await this.db
      .delete(t)
      .where(and(eq(t.userId, userId), eq(t.id, id)))
      .returning({ id: t.id });
    return rows.length > 0;
  }

  /** Deletes what re-planning may replace: entries the plan made that are still only planned. */
  async deleteReplaceable(tx: Db, userId: string, first: string, last: string): Promise<void> {
    await tx
      .delete(t)
      .where(and(eq(t.userId, userId), inRange(first, last), eq(t.origin, 'plan'), eq(t.status, 'planned')));
  }

  /** When the month was last planned (its marker's updated_at); undefined when it never was. */
  async plannedAt(userId: string, month: string): Promise<Date | undefined> {
    const [row] = await this.db
      .select({ at: calendarPlans.updatedAt })
      .from(calendarPlans)
      .where(and(eq(calendarPlans.userId, userId), eq(calendarPlans.month, month)));
    return row?.at;
  }

  /**
   * Marks the month as planned; true when it had not been. With `replace`, also locks the month's row
   * until the transaction ends, so two re-plans of one month run one after the other. (A first plan
   * is serialised by the primary key itself: the second insert waits for the first to commit.)
   */
  async claimMonth(tx: Db, userId: string, month: string, replace: boolean): Promise<boolean> {
    const inserted = await tx
      .insert(calendarPlans)
      .values({ userId, month })
      .onConflictDoNothing()
      .returning({ month: calendarPlans.month });
    if (inserted.length > 0) return true;
    if (replace) {
      await tx
        .update(calendarPlans)
        .set({ updatedAt: sql`now()` })
        .where(and(eq(calendarPlans.userId, userId), eq(calendarPlans.month, month)));
    }
    return false;
  }
}
