// The only code that touches posting slots and publishing settings; every query is for one user.
// A user without a settings row has never set anything: the first access gives them the row and the
// default posting slots together, so a user who later removes every slot keeps an empty set.
import type { Platform, PostingSlot, PublishingSettings } from '@brandwright/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../platform/db/index.js';
import { defaultPostingSlots } from './default-slots.js';
import { postingSlots, publishingSettings } from './publishing.schema.js';

export const DEFAULT_SETTINGS: PublishingSettings = {
  approvalRequired: false,
  missedAfterMinutes: 60,
  evergreenIntervalDays: 30,
};

export class SettingsRepository {
  constructor(private readonly database: Database) {}

  async settings(userId: string): Promise<PublishingSettings> {
    await this.ensureStarted(userId);
    const [row] = await this.database.db
      .select()
      .from(publishingSettings)
      .where(eq(publishingSettings.userId, userId));
    if (!row) return DEFAULT_SETTINGS;
    const { approvalRequired, missedAfterMinutes, evergreenIntervalDays } = row;
    return { approvalRequired, missedAfterMinutes, evergreenIntervalDays };
  }

  async saveSettings(userId: string, settings: PublishingSettings): Promise<void> {
    await this.ensureStarted(userId);
    await this.database.db
      .insert(publishingSettings)
      .values({ userId, ...settings })
      .onConflictDoUpdate({ target: publishingSettings.userId, set: { ...settings, updatedAt: sql`now()` } });
  }

  async slots(userId: string, platform?: Platform): Promise<PostingSlot[]> {
    await this.ensureStarted(userId);
    const s = postingSlots;
    return this.database.db
      .select({ platform: s.platform, weekday: s.weekday, time: s.time })
      .from(s)
      .where(and(eq(s.userId, userId), platform ? eq(s.platform, platform) : undefined))
      .orderBy(asc(s.platform), asc(s.weekday), asc(s.time));
  }

  /** Replaces the whole set in one transaction (a PUT: retrying it changes nothing). */
  async replaceSlots(userId: string, slots: PostingSlot[]): Promise<void> {
    await this.ensureStarted(userId);
    await this.database.transaction(async (tx) => {
      await tx.delete(postingSlots).where(eq(postingSlots.userId, userId));
      if (slots.length > 0) await tx.insert(postingSlots).values(slots.map((slot) => ({ userId, ...slot })));
    });
  }

  /** Creates the settings row with the default slots once; concurrent first calls seed once. */
  private async ensureStarted(userId: string): Promise<void> {
    const [existing] = await this.database.db
      .select({ userId: publishingSettings.userId })
      .from(publishingSettings)
      .where(eq(publishingSettings.userId, userId));
    if (existing) return;
    await this.database.transaction(async (tx: Db) => {
      const created = await tx
        .insert(publishingSettings)
        .values({ userId, ...DEFAULT_SETTINGS })
        .onConflictDoNothing()
        .returning({ userId: publishingSettings.userId });
      if (created.length === 0) return;
      await tx.insert(postingSlots).values(defaultPostingSlots().map((slot) => ({ userId, ...slot })));
    });
  }
}
