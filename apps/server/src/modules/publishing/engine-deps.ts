// What the publishing engine (Publisher, Reconciler) works with.
import type { Database } from '../../platform/db/index.js';
import type { ContentSource, PlatformAccess } from './ports.js';
import type { PublishingEvents } from './publishing-events.js';
import type { ScheduleRepository } from './schedule.repository.js';
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
