// What the publishing engine (Publisher, Reconciler) works with, and the one way it lets go of an item.
import type { Database } from '../../platform/db/index.js';
import type { ContentSource, PlatformAccess } from './ports.js';
import type { PublishingEvents } from './publishing-events.js';
import type { ItemRow, ScheduleRepository } from './schedule.repository.js';
import type { SettingsRepository } from './settings.repository.js';

export interface PublisherDeps {
  database: Database;
  repository: ScheduleRepository;
  settings: SettingsRepository;
  platforms: PlatformAccess;
  content: ContentSource;
  events: PublishingEvents;
  clock: () => Date;
  workerId: string;
  /** How long a worker holds an item before another may take it over (it renews between parts). */
  leaseMs: number;
  /** How long after a send with no answer the post is looked for before sending again. */
  settleMs: number;
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
