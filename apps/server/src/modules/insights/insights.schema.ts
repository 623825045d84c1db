// Tables owned by insights: the stored monthly reports (one per user and calendar month in the
// user's zone, written by the monthly job or by the first read of a past month) and the memo of key
// phrases per post text, so a report does not run the part-of-speech tagger over texts it has
// already read. Both are per user and go with the account.
import type { InsightsReport } from '@brandwright/contracts';
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
// Schema files may reference another module's schema for foreign keys only (see ARCHITECTURE.md).
import { userRef } from '../users/users.schema.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const insightReports = pgTable(
  'insight_reports',
  {
    userId: userRef(),
    /** YYYY-MM, a calendar month in `zone`. */
    month: text('month').notNull(),
    zone: text('zone').notNull(),
    computedAt: instant('computed_at').notNull(),
    report: jsonb('report').$type<InsightsReport>().notNull(),
    /** The user's analytics version the report was computed from: a newer one makes it stale. */
    inputsVersion: text('inputs_version').notNull(),
    /** Posts with metrics in the month when computed. */
    postCount: integer('post_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.month] })],
);

export const insightKeyPhrases = pgTable(
  'insight_key_phrases',
  {
    userId: userRef(),
    /** sha256 of the extractor's version and the exact text it read. */
    textHash: text('text_hash').notNull(),
    phrases: jsonb('phrases').$type<string[]>().notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.textHash] })],
);
