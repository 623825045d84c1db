// The ingestion jobs on platform/jobs (database queue or BullMQ): per-connection fetches of due
// posts, the daily account fetch, and the on-demand refresh. Each job's key allows one unfinished job
// per connection (and day, or request), so the sweep and the refresh endpoint may enqueue freely.
import { platformSchema } from '@brandwright/contracts';
import { z } from 'zod';
import type { JobDefinition, JobQueue } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import type { AnalyticsRepository } from './analytics.repository.js';
import type { PublishedItems } from './ingestion.ports.js';
import type { Ingestion } from './ingestion.service.js';
import type { Tracking } from './ingestion-tracking.js';

const connectionPayload = z.object({ userId: z.string().uuid(), platform: platformSchema });
const accountPayload = connectionPayload.extend({ day: z.string().date() });
const trackPayload = z.object({ itemId: z.string().uuid() });
const refreshPayload = connectionPayload.extend({ at: z.string().datetime() });
const REFRESH_PAGE = 200;

export interface IngestionJobs {
  fetchDue: JobDefinition<z.infer<typeof connectionPayload>>;
  fetchAccount: JobDefinition<z.infer<typeof accountPayload>>;
  refresh: JobDefinition<z.infer<typeof refreshPayload>>;
  track: JobDefinition<z.infer<typeof trackPayload>>;
}

/** Marks the connection's day as fetched, so the sweep does not enqueue it again until tomorrow. */
export const accountDoneKey = (userId: string, platform: string, day: string) =>
  `analytics:account-done:${userId}:${platform}:${day}`;

export interface IngestionJobDeps {
  ingestion: Ingestion;
  tracking: Tracking;
  published: PublishedItems;
  repository: AnalyticsRepository;
  kv: Kv;
}

export function ingestionJobs({
  ingestion,
  tracking,
  published,
  repository,
  kv,
}: IngestionJobDeps): IngestionJobs {
  return {
    track: {
      name: 'analytics.track-item',
      version: 1,
      schema: trackPayload,
      handler: async ({ itemId }) => {
        const item = await published.find(itemId);
        if (item) await tracking.track(item);
      },
    },
    fetchDue: {
      name: 'analytics.fetch-due',
      version: 1,
      schema: connectionPayload,
      handler: async ({ userId, platform }, { signal }) => {
        await ingestion.fetchDue(userId, platform, signal);
      },
    },
    fetchAccount: {
      name: 'analytics.fetch-account',
      version: 1,
      schema: accountPayload,
      handler: async ({ userId, platform, day }) => {
        await ingestion.fetchAccount(userId, platform);
        await kv.set(accountDoneKey(userId, platform, day), '1', 2 * 86_400_000);
      },
    },
    refresh: {
      name: 'analytics.refresh',
      version: 1,
      schema: refreshPayload,
      handler: async ({ userId, platform, at }, { signal }) => {
        const observedAt = new Date(at);
        let after: string | undefined;
        for (;;) {
          const page = await repository.activePosts(userId, platform, after, REFRESH_PAGE);
          if (page.length > 0) await ingestion.fetchNow(page, observedAt, signal);
          after = page.at(-1)?.id;
          if (!after || page.length < REFRESH_PAGE || signal.aborted) return;
        }
      },
    },
  };
}

export function registerIngestionJobs(queue: JobQueue, jobs: IngestionJobs): void {
  for (const job of [jobs.track, jobs.fetchDue, jobs.fetchAccount, jobs.refresh])
    queue.register(job as never);
}
