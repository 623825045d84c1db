// What the publishing engine (Publisher, Reconciler) works with, and the two writes every path of
// it shares: recording a published part, and letting go of the item.
import type { Database } from '../../platform/db/index.js';
import type { AttemptsRepository } from './attempts.repository.js';
import { LeaseLost } from './lease.js';
import type { ContentSource, PlatformAccess } from './ports.js';
import type { StoredPart } from './publishing.schema.js';
import type { PublishingEvents } from './publishing-events.js';
import type { ItemRow, ScheduleRepository } from './schedule.repository.js';
import type { SettingsRepository } from './settings.repository.js';

export interface PublisherDeps {
  database: Database;
  repository: ScheduleRepository;
  attempts: AttemptsRepository;
  settings: SettingsRepository;
  platforms: PlatformAccess;
  content: ContentSource;
  events: PublishingEvents;
  clock: () => Date;
  workerId: string;
  /** How long a worker holds an item before another may take it over (renewed while it works). */
  leaseMs: number;
  /** How long after a send with no answer the post is looked for before sending again. */
  settleMs: number;
}

/**
 * Records a published part and the attempt that sent it in one transaction. When this worker no
 * longer holds the item the transaction is rolled back (LeaseLost): the attempt stays unresolved,
 * so the new owner reconciles it rather than trusting a write that matched no row.
 */
export function recordPart(
  deps: PublisherDeps,
  item: ItemRow,
  part: StoredPart,
  attemptId: string,
): Promise<ItemRow> {
  return deps.database.transaction(async (tx) => {
    await deps.attempts.finish(attemptId, 'sent', { postId: part.id }, tx);
    const parts = [...item.publishedParts.filter((p) => p.index !== part.index), part];
    const row = await deps.repository.settle(item.id, deps.workerId, { publishedParts: parts }, tx);
    if (!row) throw new LeaseLost();
    return row;
  });
}

/** Writes the item's new state, releasing this worker's hold, and tells the rest of the app. */
export async function releaseItem(
  deps: PublisherDeps,
  item: ItemRow,
  changes: Partial<ItemRow>,
): Promise<void> {
  const row = await deps.repository.settle(item.id, deps.workerId, {
    ...changes,
    lockedBy: null,
    lockedUntil: null,
  });
  if (row) await deps.events.changed(row);
}
