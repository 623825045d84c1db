// Tables owned by the calendar module: entries on the user's local calendar days, and one row per
// planned month (the idempotency marker and lock of POST /calendar/plan).
import type { CalendarFormat, CalendarOrigin, CalendarStatus, Platform } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Schema files may reference another module's schema for foreign keys only (see ARCHITECTURE.md).
import { content } from '../content/content.schema.js';
import { userRef } from '../users/users.schema.js';

const stamp = (name: string) => timestamp(name, { withTimezone: true, precision: 3 }).notNull().defaultNow();

export const calendarEntries = pgTable(
  'calendar_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    /** The user's local calendar day: a `date`, not an instant, so a time-zone change never moves it. */
    date: date('date', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    pillar: text('pillar'),
    format: text('format').$type<CalendarFormat>().notNull(),
    platforms: text('platforms').array().$type<Platform[]>().notNull(),
    status: text('status').$type<CalendarStatus>().notNull().default('planned'),
    /** The draft made for this entry; deleting that piece of content leaves the entry without one. */
    contentId: uuid('content_id').references(() => content.id, { onDelete: 'set null' }),
    origin: text('origin').$type<CalendarOrigin>().notNull(),
    /** The month whose plan made this entry ('YYYY-MM'); null for entries the user created. */
    planMonth: text('plan_month'),
    /** Idempotency-Key of the POST that created it, so a retried create returns the same entry. */
    idempotencyKey: text('idempotency_key'),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('calendar_entries_user_date_idx').on(t.userId, t.date),
    uniqueIndex('calendar_entries_user_idempotency_key').on(t.userId, t.idempotencyKey),
    // Text with checks rather than pg enums: a new format or status then needs no enum migration.
    check('calendar_entries_format_check', sql`${t.format} in ('post', 'thread', 'article', 'video_script')`),
    check(
      'calendar_entries_status_check',
      sql`${t.status} in ('planned', 'drafted', 'scheduled', 'published', 'skipped')`,
    ),
    check('calendar_entries_origin_check', sql`${t.origin} in ('user', 'plan')`),
  ],
);

/** One row per planned month: its presence makes a repeated plan call return the existing plan. */
export const calendarPlans = pgTable(
  'calendar_plans',
  {
    userId: userRef(),
    month: text('month').notNull(),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.month] })],
);
