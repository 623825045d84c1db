// Tables owned by the voice module: a user's writing samples and their aggregated voice profile.
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../users/users.schema.js';
import type { WriterCalibration } from './writer-calibration.js';

export const voiceSampleSourceEnum = pgEnum('voice_sample_source', [
  'paste',
  'file',
  'linkedin',
  'x',
  'feedback',
]);

export const voiceSamples = pgTable(
  'voice_samples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    source: voiceSampleSourceEnum('source').notNull(),
    /** sha256 of the normalised text: the same post twice is one sample. */
    contentHash: text('content_hash').notNull(),
    /** How much the sample counts in the profile; negative for rejected drafts. */
    weight: real('weight').notNull().default(1),
    wordCount: integer('word_count').notNull(),
    /** The sample's stylometric counts, kept so removing it updates the profile exactly. */
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('voice_samples_user_hash_idx').on(t.userId, t.contentHash),
    index('voice_samples_user_created_idx').on(t.userId, t.createdAt, t.id),
  ],
);

export const voiceProfiles = pgTable('voice_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Weighted sum of every sample's counts: the sufficient statistics of the profile. */
  counts: jsonb('counts').$type<Record<string, number>>().notNull().default(sql`'{}'::jsonb`),
  characteristics: jsonb('characteristics').$type<Record<string, unknown>>(),
  description: text('description').notNull().default(''),
  sampleCount: integer('sample_count').notNull().default(0),
  lastTrainedAt: timestamp('last_trained_at', { withTimezone: true, precision: 3 }),
  /** Bumped on every change; lets clients and caches tell profiles apart. */
  version: integer('version').notNull().default(0),
  /**
   * The features the counts were computed with (the reference's featuresVersion). Rows from before
   * it existed read '1'; a stale profile has its samples recounted once from their stored text.
   */
  featuresVersion: text('features_version').notNull().default('1'),
  /**
   * The writer's own score curve (writer-calibration.ts), refitted with the counts; null until
   * there are enough samples, and then the background's curve applies.
   */
  calibration: jsonb('calibration').$type<WriterCalibration>(),
});
