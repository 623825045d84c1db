// The publishing sweep (a periodic task of every worker): re-triggers items that are due but whose
// job may have been lost (an enqueue that failed after the item was written, a queue flushed while
// nothing ran) and items left `publishing` by a worker whose lease ran out. Enqueueing is keyed per
// item, so a sweep that finds a live job changes nothing.
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../platform/db/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Publisher } from './publisher.js';
import { enqueuePublish } from './publishing.jobs.js';

const BATCH = 500;

export function publishingSweep(database: Database, jobs: JobQueue, publisher: Publisher) {
  return async (): Promise<number> => {
    const due = await queryRows<{ id: string }>(
      database.db,
      sql`select id from scheduled_posts
        where (status = 'pending' and scheduled_for <= now() and coalesce(next_attempt_at, scheduled_for) <= now())
           or (status = 'publishing' and locked_until < now())
        order by scheduled_for limit ${BATCH}`,
    );
    for (const { id } of due) await enqueuePublish(jobs, publisher, { id, scheduledFor: new Date() });
    return due.length;
  };
}
