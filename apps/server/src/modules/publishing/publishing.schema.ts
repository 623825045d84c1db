// Tables of the publishing module. A scheduled item (one piece on one platform at one instant) is
// the source of truth for publishing; jobs only trigger work on it. Attempts record every send so
// that an outcome lost to a crash or timeout can be reconciled instead of guessed.
import type { Platform } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Schema files may reference another module's schema for foreign keys only (see ARCHITECTURE.md).
import { content } from '../content/content.schema.js';
import { userRef, users } from '../users/users.schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const ITEM_STATUSES = [
  'pending',
  'publishing',
  'published',
  'failed',
  'needs_attention',
  'cancelled',
  'missed',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface StoredPlan {
  parts: { text: string }[];
  title?: string;
  format?: 'markdown';
  tags?: string[];
}

export interface StoredPart {
  index: number;
  id: string;
  url: string;
  cid?: string;
  publishedAt: string;
}

export const scheduledPosts = pgTable(
  'scheduled_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    contentId: uuid('content_id')
      .notNull()
      .references(() => content.id, { onDelete: 'cascade' }),
    platform: text('platform').$type<Platform>().notNull(),
    scheduledFor: instant('scheduled_for').notNull(),
    status: text('status', { enum: ITEM_STATUSES }).notNull().default('pending'),
    /** What is sent: fixed when the first part goes out, so a resumed thread stays the same thread. */
    plan: jsonb('plan').$type<StoredPlan>().notNull(),
    publishedParts: jsonb('published_parts').$type<StoredPart[]>().notNull().default([]),
    /** Random per item; the platform idempotency key of part i is `${key}:${i}`. */
    idempotencyKey: uuid('idempotency_key').notNull().defaultRandom(),
    source: text('source', { enum: ['manual', 'queue', 'evergreen'] })
      .notNull()
      .default('manual'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at'),
    errorCode: text('error_code'),
    /** In words, for the user: why it failed or what needs their attention. */
    errorDetail: text('error_detail'),
    postId: text('post_id'),
    postUrl: text('post_url'),
    publishedAt: instant('published_at'),
    lockedBy: text('locked_by'),
    lockedUntil: instant('locked_until'),
    /** Idempotency-Key of the request that created it, so a retried POST returns the same items. */
    requestKey: text('request_key'),
    version: integer('version').notNull().default(1),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('scheduled_posts_user_time_idx').on(t.userId, t.scheduledFor, t.id),
    index('scheduled_posts_due_idx').on(t.scheduledFor).where(sql`${t.status} = 'pending'`),
    index('scheduled_posts_content_idx').on(t.contentId),
    // Analytics' sweep pages published items of the last days by (published_at, id): publishedItemsPage.
    index('scheduled_posts_published_idx').on(t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    uniqueIndex('scheduled_posts_request_key').on(t.userId, t.requestKey, t.contentId, t.platform),
  ],
);

/** One row per send of one part: written before the request, finished after it. */
export const publishAttempts = pgTable(
  'publish_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => scheduledPosts.id, { onDelete: 'cascade' }),
    userId: userRef(),
    partIndex: integer('part_index').notNull(),
    startedAt: instant('started_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
    /** sent | failed | unknown | reconciled — null while in flight (or when the worker died). */
    outcome: text('outcome'),
    errorCode: text('error_code'),
    detail: text('detail'),
    postId: text('post_id'),
  },
  (t) => [index('publish_attempts_item_idx').on(t.itemId, t.partIndex)],
);

export const postingSlots = pgTable(
  'posting_slots',
  {
    userId: userRef(),
    platform: text('platform').$type<Platform>().notNull(),
    weekday: integer('weekday').notNull(),
    time: text('time').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.platform, t.weekday, t.time] }),
    check('posting_slots_weekday', sql`${t.weekday} between 1 and 7`),
    check('posting_slots_time', sql`${t.time} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

export const publishingSettings = pgTable('publishing_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Only approved content may be scheduled. */
  approvalRequired: boolean('approval_required').notNull().default(false),
  /** Items found this late after downtime are marked missed; null publishes however late. */
  missedAfterMinutes: integer('missed_after_minutes').default(60),
  evergreenIntervalDays: integer('evergreen_interval_days').notNull().default(30),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
