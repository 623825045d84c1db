// The only code that touches posting slots and publishing settings; every query is for one user.
import type { Platform, PostingSlot, PublishingSettings } from '@brandwright/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/index.js';
import { postingSlots, publishingSettings } from './publishing.schema.js';

export const DEFAULT_SETTINGS: PublishingSettings = {
  approvalRequired: false,
  missedAfterMinutes: 60,
  evergreenIntervalDays: 30,
};

export class SettingsRepository {
  constructor(private readonly database: Database) {}

  async settings(userId: string): Promise<PublishingSettings> {
    const [row] = await this.database.db
      .select()
      .from(publishingSettings)
      .where(eq(publishingSettings.userId, userId));
    if (!row) return DEFAULT_SETTINGS;
    const { approvalRequired, missedAfterMinutes, evergreenIntervalDays } = row;
    return { approvalRequired, missedAfterMinutes, evergreenIntervalDays };
  }

  async saveSettings(userId: string, settings: PublishingSettings): Promise<void> {
    await this.database.db
      .insert(publishingSettings)
      .values({ userId, ...settings })
      .onConflictDoUpdate({ target: publishingSettings.userId, set: { ...settings, updatedAt: sql`now()` } });
  }

  slots(userId: string, platform?: Platform): Promise<PostingSlot[]> {
    const s = postingSlots;
    return this.database.db
      .select({ platform: s.platform, weekday: s.weekday, time: s.time })
      .from(s)
      .where(and(eq(s.userId, userId), platform ? eq(s.platform, platform) : undefined))
      .orderBy(asc(s.platform), asc(s.weekday), asc(s.time));
  }

  /** Replaces the whole set in one transaction (a PUT: retrying it changes nothing). */
  async replaceSlots(userId: string, slots: PostingSlot[]): Promise<void> {
    await this.database.transaction(async (tx) => {
      await tx.delete(postingSlots).where(eq(postingSlots.userId, userId));
      if (slots.length > 0) await tx.insert(postingSlots).values(slots.map((slot) => ({ userId, ...slot })));
    });
  }
}
