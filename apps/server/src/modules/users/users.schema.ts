// Tables owned by the users module: accounts and their profiles.
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('user_role', ['user', 'admin']);
export const subscriptionTierEnum = pgEnum('subscription_tier', ['free', 'pro', 'team']);
export const experienceLevelEnum = pgEnum('experience_level', ['entry', 'mid', 'senior', 'executive']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; uniqueness is on this column. */
    email: text('email').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull().default('user'),
    subscriptionTier: subscriptionTierEnum('subscription_tier').notNull().default('free'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('users_created_at_id_idx').on(t.createdAt, t.id)],
);

/** The owning user of a row in any module's table: deleted with the account. */
export const userRef = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

export const userProfiles = pgTable('user_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  fullName: text('full_name').notNull(),
  headline: text('headline'),
  bio: text('bio'),
  industry: text('industry'),
  experienceLevel: experienceLevelEnum('experience_level'),
  profileImageUrl: text('profile_image_url'),
  brandData: jsonb('brand_data').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  timezone: text('timezone').notNull().default('UTC'),
  /** Opted in to the anonymous industry cohort: benchmarks and trending topics (aggregates only). */
  benchmarkOptIn: boolean('benchmark_opt_in').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Uploaded profile photos, already resized (a few KB each). In the database rather than on disk so
 * that every API replica serves them and a backup holds them.
 */
export const userAvatars = pgTable('user_avatars', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  contentType: text('content_type').notNull(),
  image: bytea('image').notNull(),
  /** Content hash: part of the photo's URL, so a new photo is a new URL and caches can keep forever. */
  etag: text('etag').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
