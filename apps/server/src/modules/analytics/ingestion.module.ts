// Wires the ingestion slice of analytics: repository, budgets, tracking, fetches, the jobs on the
// app's queue, the sweeps the worker runs, and the refresh endpoint. Published items are tracked
// from publishing's event through a job, so publishing never waits for an analytics call.

import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { ingestionJobs, registerIngestionJobs } from './ingestion.jobs.js';
import type { AnalyticsConnections, AnalyticsSessions, PublishedItems } from './ingestion.ports.js';
import { Ingestion } from './ingestion.service.js';
import { IngestionSweep } from './ingestion-sweep.js';
import { Tracking } from './ingestion-tracking.js';
import { RateBudget } from './rate-budget.js';
import { refreshRoutes } from './refresh.routes.js';
import { RefreshService } from './refresh.service.js';

export interface IngestionModuleDeps {
  database: Database;
  kv: Kv;
  queue: JobQueue;
  events: EventBus;
  sessions: AnalyticsSessions;
  connections: AnalyticsConnections;
  published: PublishedItems;
  clock: () => Date;
  /** Where a failure to enqueue tracking is reported; the sweep tracks the item later anyway. */
  onTrackingError: (error: unknown) => void;
}

interface PublishedEvent {
  type: 'publishing.item.published';
  payload: { itemId: string };
}

export function createIngestionModule(deps: IngestionModuleDeps) {
  const repository = new AnalyticsRepository(deps.database);
  const budget = new RateBudget(deps.kv, deps.clock);
  const tracking = new Tracking({ ...deps, repository });
  const ingestion = new Ingestion({ ...deps, repository, budget });
  const jobs = ingestionJobs({ ingestion, tracking, published: deps.published, repository, kv: deps.kv });
  registerIngestionJobs(deps.queue, jobs);
  deps.events.on<PublishedEvent>('publishing.item.published', async ({ payload }) => {
    // Never fail or delay the publish: the sweep catches an item whose tracking was not queued.
    await deps.queue
      .enqueue(jobs.track, { itemId: payload.itemId }, { key: `analytics:track:${payload.itemId}` })
      .catch(deps.onTrackingError);
  });
  const sweep = new IngestionSweep({ ...deps, repository, tracking, jobs });
  const refresh = new RefreshService({ ...deps, repository, jobs });
  return {
    repository,
    tracking,
    ingestion,
    jobs,
    /** The worker's recurring tasks. */
    sweepDue: () => sweep.due(),
    sweepAccounts: () => sweep.accounts(),
    routes: refreshRoutes(refresh),
  };
}
export type IngestionModule = ReturnType<typeof createIngestionModule>;
