// The only code that touches the refresh_tokens table.
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { refreshTokens } from './auth.schema.js';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

export class RefreshTokenRepository {
  constructor(private readonly db: Db) {}

  async insert(
    tx: Db,
    row: { userId: string; familyId: string; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await tx.insert(refreshTokens).values(row);
  }

  async findByHash(tokenHash: string, db: Db = this.db): Promise<RefreshTokenRow | undefined> {
    const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
    return row;
  }

  /** Marks the token used; false when another request rotated or revoked it first. */
  async markRotated(tx: Db, id: string): Promise<boolean> {
    const rows = await tx
      .update(refreshTokens)
      .set({ rotatedAt: sql`now()` })
      .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.rotatedAt), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    return rows.length > 0;
  }

  async revokeFamily(familyId: string, db: Db = this.db): Promise<void> {
    await db
      .update(refreshTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
  }

  async revokeAllOfUser(userId: string): Promise<void> {
    await this.db
      .update(refreshTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
  }

  /** Housekeeping: expired tokens, and revoked ones kept a day for reuse detection. */
  async deleteStale(): Promise<number> {
    const rows = await this.db
      .delete(refreshTokens)
      .where(
        or(
          lt(refreshTokens.expiresAt, sql`now()`),
          lt(refreshTokens.revokedAt, sql`now() - interval '1 day'`),
        ),
      )
      .returning({ id: refreshTokens.id });
    return rows.length;
  }
}
