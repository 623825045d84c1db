// The only code that touches platform_connections. Reads are scoped to one user; the maintenance and
// key-rotation passes that span users go by id and change rows only under compare-and-swap
// conditions, so they never overwrite a concurrent reconnect or refresh.
import type { Platform } from '@brandwright/contracts';
import { and, asc, eq, gt, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { type ConnectionStatus, platformConnections } from './platforms.schema.js';

export type ConnectionRow = typeof platformConnections.$inferSelect;
export type ConnectionWrite = Pick<
  typeof platformConnections.$inferInsert,
  | 'sandbox'
  | 'accountId'
  | 'handle'
  | 'displayName'
  | 'avatarUrl'
  | 'profileUrl'
  | 'serverUrl'
  | 'instanceUrl'
  | 'redirectUri'
  | 'oauthAppId'
  | 'maxPostLength'
  | 'accessToken'
  | 'refreshToken'
  | 'expiresAt'
  | 'refreshExpiresAt'
  | 'scopes'
>;
export type RefreshedTokens = Pick<
  ConnectionRow,
  'accessToken' | 'refreshToken' | 'expiresAt' | 'refreshExpiresAt' | 'scopes'
>;
export interface SecretColumns {
  id: string;
  userId: string;
  platform: Platform;
  accessToken: string;
  refreshToken: string | null;
}

const t = platformConnections;

export class ConnectionsRepository {
  constructor(private readonly db: Db) {}

  list(userId: string): Promise<ConnectionRow[]> {
    return this.db.select().from(t).where(eq(t.userId, userId));
  }

  /** Active connections of every user, by id after `afterId` (analytics' daily account sweep). */
  activePage(afterId: string | undefined, limit: number): Promise<ConnectionRow[]> {
    return this.db
      .select()
      .from(t)
      .where(and(eq(t.status, 'active'), afterId ? gt(t.id, afterId) : undefined))
      .orderBy(asc(t.id))
      .limit(limit);
  }

  async find(userId: string, platform: Platform): Promise<ConnectionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(t)
      .where(and(eq(t.userId, userId), eq(t.platform, platform)));
    return row;
  }

  /** Locks the row until the transaction ends: refreshes of one connection run one at a time. */
  async lock(tx: Db, id: string): Promise<ConnectionRow | undefined> {
    const [row] = await tx.select().from(t).where(eq(t.id, id)).for('update');
    return row;
  }

  /** Connects or reconnects: new tokens, active again, reminders start over. */
  async upsert(
    userId: string,
    platform: Platform,
    write: ConnectionWrite,
    now: Date,
  ): Promise<ConnectionRow> {
    const fresh = {
      ...write,
      status: 'active' as const,
      remindersSent: [],
      connectedAt: now,
      updatedAt: now,
    };
    const [row] = await this.db
      .insert(t)
      .values({ ...fresh, userId, platform })
      .onConflictDoUpdate({
        target: [t.userId, t.platform],
        set: { ...fresh, refreshedAt: null, version: sql`${t.version} + 1` },
      })
      .returning();
    return row as ConnectionRow;
  }

  /** Stores refreshed tokens if nobody changed the row since `version` was read (under lock). */
  async storeRefreshed(
    tx: Db,
    id: string,
    version: number,
    tokens: RefreshedTokens,
    now: Date,
  ): Promise<ConnectionRow | undefined> {
    const [row] = await tx
      .update(t)
      .set({ ...tokens, refreshedAt: now, updatedAt: now, version: sql`${t.version} + 1` })
      .where(and(eq(t.id, id), eq(t.version, version)))
      .returning();
    return row;
  }

  /** Active → revoked | expired, once: true only for the call that made the change. */
  async endConnection(id: string, status: Exclude<ConnectionStatus, 'active'>, now: Date, db: Db = this.db) {
    const rows = await db
      .update(t)
      .set({ status, updatedAt: now, version: sql`${t.version} + 1` })
      .where(and(eq(t.id, id), eq(t.status, 'active')))
      .returning({ id: t.id });
    return rows.length > 0;
  }

  async delete(userId: string, platform: Platform): Promise<ConnectionRow | undefined> {
    const [row] = await this.db
      .delete(t)
      .where(and(eq(t.userId, userId), eq(t.platform, platform)))
      .returning();
    return row;
  }

  /** Active renewable connections whose access token ends before `before`, soonest first. */
  dueForRefresh(before: Date, limit: number): Promise<ConnectionRow[]> {
    return this.db
      .select()
      .from(t)
      .where(and(eq(t.status, 'active'), isNotNull(t.refreshToken), lt(t.expiresAt, before)))
      .orderBy(asc(t.expiresAt))
      .limit(limit);
  }

  /** Active connections with an access or refresh token ending before `horizon` (reminders, expiry). */
  endingBefore(horizon: Date, afterId: string, limit: number): Promise<ConnectionRow[]> {
    return this.db
      .select()
      .from(t)
      .where(
        and(
          eq(t.status, 'active'),
          gt(t.id, afterId),
          or(lt(t.expiresAt, horizon), lt(t.refreshExpiresAt, horizon)),
        ),
      )
      .orderBy(asc(t.id))
      .limit(limit);
  }

  /**
   * Records `reminder` (and the thresholds it covers) as sent, unless another worker did first or the
   * tokens changed since the row was read: true only for the one call that should emit it.
   */
  async markReminded(
    row: Pick<ConnectionRow, 'id' | 'version' | 'remindersSent'>,
    covered: number[],
    reminder: number,
  ) {
    const merged = [...new Set([...row.remindersSent, ...covered])].sort((a, b) => b - a);
    const rows = await this.db
      .update(t)
      .set({ remindersSent: merged })
      .where(
        and(eq(t.id, row.id), eq(t.version, row.version), sql`not (${reminder} = any(${t.remindersSent}))`),
      )
      .returning({ id: t.id });
    return rows.length > 0;
  }

  secretsAfter(afterId: string, limit: number): Promise<SecretColumns[]> {
    return this.db
      .select({
        id: t.id,
        userId: t.userId,
        platform: t.platform,
        accessToken: t.accessToken,
        refreshToken: t.refreshToken,
      })
      .from(t)
      .where(gt(t.id, afterId))
      .orderBy(asc(t.id))
      .limit(limit);
  }

  /** Replaces the ciphertexts only if they are still the ones read (a refresh may have replaced them). */
  async swapSecrets(
    row: SecretColumns,
    next: Pick<SecretColumns, 'accessToken' | 'refreshToken'>,
  ): Promise<boolean> {
    const sameRefresh =
      row.refreshToken === null ? sql`${t.refreshToken} is null` : eq(t.refreshToken, row.refreshToken);
    const rows = await this.db
      .update(t)
      .set(next)
      .where(and(eq(t.id, row.id), eq(t.accessToken, row.accessToken), sameRefresh))
      .returning({ id: t.id });
    return rows.length > 0;
  }
}
