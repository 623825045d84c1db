// The feed fetch job (one feed; safe to run twice: items are de-duplicated by key) and the sweep
// the worker runs periodically, which queues one job per feed not fetched for FEED_REFRESH_MS.
import { z } from 'zod';
import type { JobDefinition, JobQueue } from '../../platform/jobs/index.js';
import type { FeedsRepository } from './feeds.repository.js';
import type { FeedsService } from './feeds.service.js';

/** How often a feed is fetched again. */
export const FEED_REFRESH_MS = 3 * 3_600_000;
const SWEEP_BATCH = 200;

const payload = z.object({ userId: z.string().uuid(), feedId: z.string().uuid() });

export function feedFetchJob(feeds: FeedsService): JobDefinition<z.infer<typeof payload>> {
  return {
    name: 'recommendations.fetch-feed',
    version: 1,
    schema: payload,
    maxAttempts: 3,
    handler: ({ userId, feedId }) => feeds.refresh(userId, feedId),
  };
}

export async function sweepFeeds(
  queue: JobQueue,
  job: JobDefinition<z.infer<typeof payload>>,
  repository: FeedsRepository,
  now: Date,
): Promise<number> {
  const due = await repository.dueFeeds(new Date(now.getTime() - FEED_REFRESH_MS), SWEEP_BATCH);
  for (const feed of due)
    await queue.enqueue(
      job,
      { userId: feed.userId, feedId: feed.id },
      { key: `recommendations:feed:${feed.id}` },
    );
  return due.length;
}
