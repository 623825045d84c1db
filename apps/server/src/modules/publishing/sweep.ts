// The publishing sweep (a periodic task of every worker): re-triggers items that are due but whose
// job may have been lost (an enqueue that failed after the item was written, a queue flushed while
// nothing ran) and items left `publishing` by a worker whose lease ran out. Enqueueing is keyed per
// item, so a sweep that finds a live job changes nothing.
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Publisher } from './publisher.js';
import { enqueuePublish } from './publishing.jobs.js';
import type { ScheduleRepository } from './schedule.repository.js';

const BATCH = 500;

export function publishingSweep(repository: ScheduleRepository, jobs: JobQueue, publisher: Publisher) {
  return async (): Promise<number> => {
    const due = await repository.stranded(BATCH);
    for (const { id } of due) await enqueuePublish(jobs, publisher, { id, scheduledFor: new Date() });
    return due.length;
  };
}
