// The only code that touches oauth_states and mastodon_apps. A state is consumed by one conditional
// UPDATE, so of two callbacks with the same state exactly one gets the row.
import type { Platform } from '@brandwright/contracts';
import { and, asc, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { mastodonApps, oauthStates } from './platforms.schema.js';

export type StateRow = typeof oauthStates.$inferSelect;
export type NewState = Omit<typeof oauthStates.$inferInsert, 'id' | 'createdAt' | 'consumedAt'>;
export type MastodonAppRow = typeof mastodonApps.$inferSelect;

export class OAuthRepository {
  constructor(private readonly db: Db) {}

  async createState(state: NewState, now: Date): Promise<void> {
    await this.db.insert(oauthStates).values({ ...state, createdAt: now });
  }

  /** Marks the state used and returns it, only if it exists for this platform and was not used. */
  async consumeState(stateHash: string, platform: Platform, now: Date): Promise<StateRow | undefined> {
    const [row] = await this.db
      .update(oauthStates)
      .set({ consumedAt: now })
      .where(
        and(
          eq(oauthStates.stateHash, stateHash),
          eq(oauthStates.platform, platform),
          isNull(oauthStates.consumedAt),
        ),
      )
      .returning();
    return row;
  }

  /** For explaining why a state was refused (used, other platform); never used to connect. */
  async findState(stateHash: string): Promise<StateRow | undefined> {
    const [row] = await this.db.select().from(oauthStates).where(eq(oauthStates.stateHash, stateHash));
    return row;
  }

  async purgeStates(expiredBefore: Date): Promise<number> {
    const rows = await this.db
      .delete(oauthStates)
      .where(lt(oauthStates.expiresAt, expiredBefore))
      .returning({ id: oauthStates.id });
    return rows.length;
  }

  statesAfter(afterId: string, limit: number): Promise<StateRow[]> {
    return this.db
      .select()
      .from(oauthStates)
      .where(gt(oauthStates.id, afterId))
      .orderBy(asc(oauthStates.id))
      .limit(limit);
  }

  async swapVerifier(id: string, old: string, next: string): Promise<boolean> {
    const rows = await this.db
      .update(oauthStates)
      .set({ codeVerifier: next })
      .where(and(eq(oauthStates.id, id), eq(oauthStates.codeVerifier, old)))
      .returning({ id: oauthStates.id });
    return rows.length > 0;
  }

  async findApp(serverUrl: string, redirectUri: string): Promise<MastodonAppRow | undefined> {
    const [row] = await this.db
      .select()
      .from(mastodonApps)
      .where(and(eq(mastodonApps.serverUrl, serverUrl), eq(mastodonApps.redirectUri, redirectUri)));
    return row;
  }

  async findAppById(id: string): Promise<MastodonAppRow | undefined> {
    const [row] = await this.db.select().from(mastodonApps).where(eq(mastodonApps.id, id));
    return row;
  }

  /** Keeps the first app registered for (server, redirect URI): a concurrent registration loses. */
  async saveApp(app: Omit<typeof mastodonApps.$inferInsert, 'id' | 'createdAt'>): Promise<MastodonAppRow> {
    const [row] = await this.db.insert(mastodonApps).values(app).onConflictDoNothing().returning();
    return row ?? ((await this.findApp(app.serverUrl, app.redirectUri)) as MastodonAppRow);
  }

  appsAfter(afterId: string, limit: number): Promise<MastodonAppRow[]> {
    return this.db
      .select()
      .from(mastodonApps)
      .where(gt(mastodonApps.id, afterId))
      .orderBy(asc(mastodonApps.id))
      .limit(limit);
  }

  async swapAppSecret(id: string, old: string, next: string): Promise<boolean> {
    const rows = await this.db
      .update(mastodonApps)
      .set({ clientSecret: next })
      .where(and(eq(mastodonApps.id, id), eq(mastodonApps.clientSecret, old)))
      .returning({ id: mastodonApps.id });
    return rows.length > 0;
  }
}
