// Tables of the analytics module. A tracked post is one post on one platform whose metrics we keep:
// published by Brandwright, found by a backfill of the account, or brought in by an import. Its
// snapshots are the time series (raw counts, never only rates); the latest values are also kept on
// the tracked post itself so that overviews read one row per post.
import type { Platform } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Schema files may reference another module's schema for foreign keys only (see ARCHITECTURE.md).
import { content } from '../content/content.schema.js';
import { platformConnections } from '../platforms/platforms.schema.js';
import { userRef } from '../users/users.schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Raw counts as the platform reports them; absent keys were not reported (never a made-up 0). */
export type MetricCounts = Partial<Record<MetricType, number>>;

export const METRIC_TYPES = [
  'impressions',
  'reach',
  'likes',
  'comments',
  'shares',
  'quotes',
  'clicks',
  'bookmarks',
  'saves',
  'sends',
  'followers',
] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

export const TRACKED_POST_SOURCES = ['brandwright', 'backfill', 'imported'] as const;
export const TRACKING_STATUSES = ['active', 'done', 'stopped', 'deleted'] as const;

export const trackedPosts = pgTable(
  'analytics_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    platform: text('platform').$type<Platform>().notNull(),
    /** Null for imported rows whose platform id is unknown (a CSV without urls). */
    connectionId: uuid('connection_id').references(() => platformConnections.id, { onDelete: 'set null' }),
    /** The post's id on the platform (the first part's, for a thread); null when an import lacks it. */
    platformPostId: text('platform_post_id'),
    url: text('url'),
    contentId: uuid('content_id').references(() => content.id, { onDelete: 'set null' }),
    /** The publishing item that produced it, when Brandwright published it. */
    scheduledPostId: uuid('scheduled_post_id'),
    source: text('source', { enum: TRACKED_POST_SOURCES }).notNull(),
    text: text('text').notNull().default(''),
    /** md5 of the normalised text: the import's "same platform + time + text" duplicate key. */
    textHash: text('text_hash').notNull(),
    publishedAt: instant('published_at').notNull(),
    /** Followers when it was published: the rate's denominator where the platform has no impressions. */
    followersAtPost: integer('followers_at_post'),
    latest: jsonb('latest').$type<MetricCounts>().notNull().default({}),
    latestAt: instant('latest_at'),
    /** Index into the fetch schedule of the next fetch; the schedule lives in code. */
    fetchStep: integer('fetch_step').notNull().default(0),
    nextFetchAt: instant('next_fetch_at'),
    trackingStatus: text('tracking_status', { enum: TRACKING_STATUSES }).notNull().default('active'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('analytics_posts_platform_id_key')
      .on(t.userId, t.platform, t.platformPostId)
      .where(sql`${t.platformPostId} is not null`),
    uniqueIndex('analytics_posts_time_text_key').on(t.userId, t.platform, t.publishedAt, t.textHash),
    index('analytics_posts_user_time_idx').on(t.userId, t.platform, t.publishedAt),
    index('analytics_posts_due_idx').on(t.nextFetchAt).where(sql`${t.trackingStatus} = 'active'`),
    index('analytics_posts_content_idx').on(t.contentId),
  ],
);

/**
 * The time series, as the seed's analytics_snapshots: one row per metric per observation, for a
 * post (post_id set) or for an account (post_id null, connection_id set). `observed_at` is the
 * scheduled observation time, not the fetch time, so a rerun of the same fetch writes nothing twice.
 */
export const analyticsSnapshots = pgTable(
  'analytics_snapshots',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: userRef(),
    platform: text('platform').$type<Platform>().notNull(),
    postId: uuid('post_id').references(() => trackedPosts.id, { onDelete: 'cascade' }),
    connectionId: uuid('connection_id').references(() => platformConnections.id, { onDelete: 'set null' }),
    metricType: text('metric_type', { enum: METRIC_TYPES }).notNull(),
    metricValue: doublePrecision('metric_value').notNull(),
    snapshotDate: instant('snapshot_date').notNull(),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('analytics_snapshots_user_platform_time_idx').on(t.userId, t.platform, t.snapshotDate),
    uniqueIndex('analytics_snapshots_post_key')
      .on(t.postId, t.metricType, t.snapshotDate)
      .where(sql`${t.postId} is not null`),
    uniqueIndex('analytics_snapshots_account_key')
      .on(t.userId, t.platform, t.connectionId, t.metricType, t.snapshotDate)
      .where(sql`${t.postId} is null`),
    check('analytics_snapshots_value_check', sql`${t.metricValue} >= 0`),
  ],
);

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const IMPORT_KINDS = ['csv', 'x_archive'] as const;

/** One uploaded history file and its progress; the file itself is kept until the import ends. */
export const analyticsImports = pgTable(
  'analytics_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('queued'),
    /** Imported posts also become voice samples when the user ticks that box. */
    trainVoice: boolean('train_voice').notNull().default(false),
    payload: bytea('payload'),
    rowsRead: integer('rows_read').notNull().default(0),
    imported: integer('imported').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    refused: jsonb('refused').$type<{ line: number; reason: string }[]>().notNull().default([]),
    error: text('error'),
    idempotencyKey: text('idempotency_key'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('analytics_imports_user_created_idx').on(t.userId, t.createdAt),
    uniqueIndex('analytics_imports_user_idempotency_key').on(t.userId, t.idempotencyKey),
  ],
);
