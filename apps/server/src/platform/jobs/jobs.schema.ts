// The job table of the database backend. A partial unique index keeps at most one unfinished job
// per key; claiming uses FOR UPDATE SKIP LOCKED plus a lease so several workers never run one job
// at the same time, and a job whose worker died is claimed again when its lease runs out.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    version: integer('version').notNull(),
    key: text('key'),
    payload: jsonb('payload').notNull(),
    /** queued | running | succeeded | failed */
    status: text('status').notNull().default('queued'),
    runAt: instant('run_at').notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    lockedBy: text('locked_by'),
    lockedUntil: instant('locked_until'),
    lastError: text('last_error'),
    createdAt: instant('created_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    uniqueIndex('jobs_unfinished_key_unique').on(t.key).where(sql`${t.status} in ('queued', 'running')`),
    index('jobs_due_idx').on(t.runAt).where(sql`${t.status} = 'queued'`),
    index('jobs_lease_idx').on(t.lockedUntil).where(sql`${t.status} = 'running'`),
  ],
);
