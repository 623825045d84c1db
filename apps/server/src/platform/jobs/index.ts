// Background jobs: one JobQueue interface with a database backend (default) and a BullMQ backend
// (REDIS_URL). Modules define jobs with {name, version, schema, handler} and enqueue them.
import type { Database } from '../db/index.js';
import { BullJobQueue } from './bullmq-queue.js';
import { DatabaseJobQueue } from './database-queue.js';
import type { JobQueue } from './job.js';

export { BullJobQueue } from './bullmq-queue.js';
export { DatabaseJobQueue } from './database-queue.js';
export {
  backoffMs,
  type EnqueueOptions,
  type JobContext,
  type JobDefinition,
  type JobQueue,
  RetryJobLater,
  type WorkerOptions,
} from './job.js';

export interface JobQueueSettings {
  database: Database;
  redisUrl?: string;
  redisPrefix: string;
  leaseMs?: number;
  onError?: (error: unknown, job: { id: string; name: string; attempt: number }) => void;
}

export function createJobQueue(settings: JobQueueSettings): JobQueue {
  return settings.redisUrl
    ? new BullJobQueue({
        redisUrl: settings.redisUrl,
        prefix: settings.redisPrefix,
        lockMs: settings.leaseMs,
        onError: settings.onError,
      })
    : new DatabaseJobQueue(settings.database, { leaseMs: settings.leaseMs, onError: settings.onError });
}
