// The only file that touches insights' tables: stored monthly reports and the key-phrase memo. The
// monthly sweep also reads the users' zones and whether they have any tracked post; it reads those
// tables by name (as benchmark.repository.ts does) because their modules export no table objects.
import type { InsightsReport } from '@brandwright/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/index.js';
import { insightKeyPhrases, insightReports } from './insights.schema.js';

export interface StoredReport {
  userId: string;
  month: string;
  zone: string;
  computedAt: Date;
  report: InsightsReport;
  inputsVersion: string;
  postCount: number;
}

export interface SweepCandidate {
  userId: string;
  timezone: string;
}

export class InsightsRepository {
  constructor(private readonly db: Db) {}

  async stored(userId: string, month: string): Promise<StoredReport | null> {
    const [row] = await this.db
      .select()
      .from(insightReports)
      .where(and(eq(insightReports.userId, userId), eq(insightReports.month, month)));
    return row ?? null;
  }

  /** The months of `userIds` already stored, as `${userId} ${month}`. */
  async storedKeys(userIds: string[], months: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.db
      .select({ userId: insightReports.userId, month: insightReports.month })
      .from(insightReports)
      .where(
        and(inArray(insightReports.userId, userIds), inArray(insightReports.month, [...new Set(months)])),
      );
    return new Set(rows.map((r) => `${r.userId} ${r.month}`));
  }

  /** Keeps the first report stored for the month: a second writer (rerun, other worker) changes nothing. */
  async insertIfAbsent(row: StoredReport): Promise<boolean> {
    const inserted = await this.db
      .insert(insightReports)
      .values(row)
      .onConflictDoNothing()
      .returning({ month: insightReports.month });
    return inserted.length > 0;
  }

  /** Replaces a stale report; only when the stored one was computed from other inputs. */
  async replace(row: StoredReport): Promise<void> {
    await this.db
      .insert(insightReports)
      .values(row)
      .onConflictDoUpdate({
        target: [insightReports.userId, insightReports.month],
        set: {
          zone: row.zone,
          computedAt: row.computedAt,
          report: row.report,
          inputsVersion: row.inputsVersion,
          postCount: row.postCount,
        },
        setWhere: sql`${insightReports.inputsVersion} <> ${row.inputsVersion}`,
      });
  }

  /** Users (after `afterId`, by id) with at least one tracked post, and their zones. */
  candidates(afterId: string | null, limit: number): Promise<SweepCandidate[]> {
    return queryRows<SweepCandidate>(
      this.db,
      sql`select up.user_id as "userId", up.timezone from user_profiles up
        where (${afterId}::uuid is null or up.user_id > ${afterId}::uuid)
          and exists (select 1 from analytics_posts p where p.user_id = up.user_id)
        order by up.user_id limit ${limit}`,
    );
  }

  async phrases(userId: string, hashes: string[]): Promise<Map<string, string[]>> {
    if (hashes.length === 0) return new Map();
    const rows = await this.db
      .select({ hash: insightKeyPhrases.textHash, phrases: insightKeyPhrases.phrases })
      .from(insightKeyPhrases)
      .where(and(eq(insightKeyPhrases.userId, userId), inArray(insightKeyPhrases.textHash, hashes)));
    return new Map(rows.map((r) => [r.hash, r.phrases]));
  }

  async rememberPhrases(userId: string, entries: Map<string, string[]>): Promise<void> {
    const values = [...entries].map(([textHash, phrases]) => ({ userId, textHash, phrases }));
    // Chunks keep each statement under the driver's parameter limit.
    for (let i = 0; i < values.length; i += 1000)
      await this.db
        .insert(insightKeyPhrases)
        .values(values.slice(i, i + 1000))
        .onConflictDoNothing();
  }
}
