// The only code that touches the voice_samples and voice_profiles tables. Every query is scoped to
// one user. Profile changes lock the profile row, so concurrent uploads add up instead of racing.
import { and, desc, eq, gt, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { KeysetPosition } from '../../platform/http/index.js';
import { voiceProfiles, voiceSamples } from './voice.schema.js';

export type SampleRow = typeof voiceSamples.$inferSelect;
export type NewSample = Omit<typeof voiceSamples.$inferInsert, 'id' | 'createdAt'>;
export type ProfileRow = typeof voiceProfiles.$inferSelect;
export type ProfileUpdate = Pick<
  ProfileRow,
  'counts' | 'characteristics' | 'description' | 'sampleCount' | 'featuresVersion' | 'calibration'
>;

export class VoiceRepository {
  constructor(private readonly db: Db) {}

  /**
   * The user's profile row, created empty (and so current with `featuresVersion`) if missing,
   * locked until the transaction ends.
   */
  async lockProfile(tx: Db, userId: string, featuresVersion: string): Promise<ProfileRow> {
    await tx
      .insert(voiceProfiles)
      .values({ userId, featuresVersion })
      .onConflictDoNothing({ target: voiceProfiles.userId });
    const [row] = await tx.select().from(voiceProfiles).where(eq(voiceProfiles.userId, userId)).for('update');
    if (!row) throw new Error('voice profile row vanished inside its transaction');
    return row;
  }

  async saveProfile(tx: Db, userId: string, update: ProfileUpdate): Promise<ProfileRow> {
    const [row] = await tx
      .update(voiceProfiles)
      .set({ ...update, lastTrainedAt: sql`now()`, version: sql`${voiceProfiles.version} + 1` })
      .where(eq(voiceProfiles.userId, userId))
      .returning();
    if (!row) throw new Error('voice profile row vanished inside its transaction');
    return row;
  }

  findProfile(userId: string): Promise<ProfileRow | undefined> {
    return this.db
      .select()
      .from(voiceProfiles)
      .where(eq(voiceProfiles.userId, userId))
      .then((rows) => rows[0]);
  }

  /** Inserts the sample, or returns the user's existing sample with the same content hash. */
  async insertSample(tx: Db, sample: NewSample): Promise<{ row: SampleRow; created: boolean }> {
    const [created] = await tx
      .insert(voiceSamples)
      .values(sample)
      .onConflictDoNothing({ target: [voiceSamples.userId, voiceSamples.contentHash] })
      .returning();
    if (created) return { row: created, created: true };
    const [existing] = await tx
      .select()
      .from(voiceSamples)
      .where(and(eq(voiceSamples.userId, sample.userId), eq(voiceSamples.contentHash, sample.contentHash)));
    if (!existing) throw new Error('duplicate voice sample vanished inside its transaction');
    return { row: existing, created: false };
  }

  async deleteSample(tx: Db, userId: string, id: string): Promise<SampleRow | undefined> {
    const [row] = await tx
      .delete(voiceSamples)
      .where(and(eq(voiceSamples.userId, userId), eq(voiceSamples.id, id)))
      .returning();
    return row;
  }

  /** Every sample of the user, oldest first: only for recounting a profile whose features changed. */
  allSamples(tx: Db, userId: string): Promise<SampleRow[]> {
    return tx
      .select()
      .from(voiceSamples)
      .where(eq(voiceSamples.userId, userId))
      .orderBy(voiceSamples.createdAt, voiceSamples.id);
  }

  /** The newest `limit` of the writer's own samples (not feedback on drafts): what calibration scores. */
  recentOwnSamples(tx: Db, userId: string, limit: number): Promise<Pick<SampleRow, 'counts' | 'weight'>[]> {
    return tx
      .select({ counts: voiceSamples.counts, weight: voiceSamples.weight })
      .from(voiceSamples)
      .where(
        and(eq(voiceSamples.userId, userId), gt(voiceSamples.weight, 0), ne(voiceSamples.source, 'feedback')),
      )
      .orderBy(desc(voiceSamples.createdAt), desc(voiceSamples.id))
      .limit(limit);
  }

  async updateSampleCounts(tx: Db, id: string, counts: Record<string, number>): Promise<void> {
    await tx.update(voiceSamples).set({ counts }).where(eq(voiceSamples.id, id));
  }

  /** Newest first; `limit + 1` rows so the caller can tell whether there is a next page. */
  listSamples(userId: string, limit: number, after?: KeysetPosition): Promise<SampleRow[]> {
    const before = after
      ? or(
          lt(voiceSamples.createdAt, after.createdAt),
          and(eq(voiceSamples.createdAt, after.createdAt), lt(voiceSamples.id, after.id)),
        )
      : undefined;
    return this.db
      .select()
      .from(voiceSamples)
      .where(and(eq(voiceSamples.userId, userId), before))
      .orderBy(desc(voiceSamples.createdAt), desc(voiceSamples.id))
      .limit(limit + 1);
  }
}
