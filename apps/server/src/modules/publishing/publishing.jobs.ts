// The publishing job: a trigger that names an item. The item row decides what happens, so a job
// that runs twice, late, or after the item was cancelled does no harm.
import { z } from 'zod';
import type { JobDefinition, JobQueue } from '../../platform/jobs/index.js';
import type { Publisher } from './publisher.js';

export const PUBLISH_ITEM_JOB = 'publishing.publish-item';

export const publishJobKey = (itemId: string) => `publish:${itemId}`;

export function publishItemJob(publisher: Publisher): JobDefinition<{ itemId: string }> {
  return {
    name: PUBLISH_ITEM_JOB,
    version: 1,
    schema: z.object({ itemId: z.uuid() }),
    // The item counts its own attempts; job retries only cover crashes of the handler itself.
    maxAttempts: 20,
    handler: ({ itemId }, { signal }) => publisher.publish(itemId, signal),
  };
}

/** Triggers an item at its time; `reschedule` moves a pending trigger to the item's new time. */
export function enqueuePublish(
  jobs: JobQueue,
  publisher: Publisher,
  item: { id: string; scheduledFor: Date },
  reschedule = false,
): Promise<void> {
  return jobs.enqueue(
    publishItemJob(publisher),
    { itemId: item.id },
    {
      key: publishJobKey(item.id),
      runAt: item.scheduledFor,
      reschedule,
    },
  );
}
