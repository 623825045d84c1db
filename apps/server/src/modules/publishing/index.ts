// Public surface of the publishing module: scheduling use cases, the engine's job and sweep, and
// the ports the composition root fills (platform sessions, content, time zones).
import { randomUUID } from 'node:crypto';
import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import { AttemptsRepository } from './attempts.repository.js';
import { evergreenRequeue } from './evergreen.js';
import { ItemAttempts } from './item-attempts.js';
import type { ContentSource, PlatformAccess, ZoneSource } from './ports.js';
import { type PublishedItemView, publishedItem, publishedItemsPage } from './published-items.js';
import { Publisher } from './publisher.js';
import { enqueuePublish, publishItemJob } from './publishing.jobs.js';
import { publishingRoutes } from './publishing.routes.js';
import { PublishingEvents } from './publishing-events.js';
import { PublishingSettingsService } from './publishing-settings.service.js';
import { ScheduleRepository } from './schedule.repository.js';
import { ScheduleService } from './schedule.service.js';
import { SettingsRepository } from './settings.repository.js';
import { publishingSweep } from './sweep.js';

export { type ContentSource, NotConnectedError, type PlatformAccess, type ZoneSource } from './ports.js';
export type { PublishedItemView } from './published-items.js';
export { publishedPostIds } from './published-items.js';
export type { Publisher } from './publisher.js';
export type { ItemChangedEvent } from './publishing-events.js';
export type { ScheduleService } from './schedule.service.js';

export interface PublishingDeps {
  database: Database;
  jobs: JobQueue;
  events: EventBus;
  platforms: PlatformAccess;
  content: ContentSource;
  zones: ZoneSource;
  clock?: () => Date;
  /** How long a worker holds an item it is publishing before another may take over (default 2 min). */
  leaseMs?: number;
  /** How long to wait before reading back a post whose send got no answer (default 30 s). */
  settleMs?: number;
}

export interface PublishingModule {
  schedule: ScheduleService;
  settings: PublishingSettingsService;
  attempts: ItemAttempts;
  publisher: Publisher;
  /** The worker's periodic sweep; returns how many items it re-triggered. */
  sweep: () => Promise<number>;
  /** The worker's periodic evergreen re-queue; returns how many items it queued. */
  evergreen: () => Promise<number>;
  routes: ReturnType<typeof publishingRoutes>;
  /** Enqueues the publish trigger of items written in bulk (benchmarks seed rows directly). */
  trigger(items: { id: string; scheduledFor: Date }[]): Promise<void>;
  /** Published items of every user since `since`, oldest first (analytics tracks them). */
  published(
    since: Date,
    after: { publishedAt: Date; itemId: string } | undefined,
    limit: number,
  ): Promise<PublishedItemView[]>;
  publishedItem(itemId: string): Promise<PublishedItemView | undefined>;
}

export function createPublishingModule(deps: PublishingDeps): PublishingModule {
  const clock = deps.clock ?? (() => new Date());
  const repository = new ScheduleRepository(deps.database.db);
  const attemptsRepository = new AttemptsRepository(deps.database.db);
  const settingsRepository = new SettingsRepository(deps.database);
  const events = new PublishingEvents(deps.events);
  const publisher = new Publisher({
    database: deps.database,
    repository,
    attempts: attemptsRepository,
    settings: settingsRepository,
    platforms: deps.platforms,
    content: deps.content,
    events,
    clock,
    workerId: `publisher-${randomUUID()}`,
    leaseMs: deps.leaseMs ?? 120_000,
    settleMs: deps.settleMs ?? 30_000,
  });
  deps.jobs.register(publishItemJob(publisher) as never);
  const schedule = new ScheduleService({
    ...deps,
    repository,
    attempts: attemptsRepository,
    settings: settingsRepository,
    publisher,
    events,
    clock,
  });
  const settings = new PublishingSettingsService(settingsRepository);
  const attempts = new ItemAttempts(repository, attemptsRepository);
  return {
    schedule,
    settings,
    attempts,
    publisher,
    sweep: publishingSweep(repository, deps.jobs, publisher),
    evergreen: evergreenRequeue({
      content: deps.content,
      repository,
      settings: settingsRepository,
      schedule,
      clock,
    }),
    routes: publishingRoutes(schedule, settings, attempts),
    async trigger(items) {
      for (const item of items) await enqueuePublish(deps.jobs, publisher, item);
    },
    published: (since, after, limit) => publishedItemsPage(deps.database.db, since, after, limit),
    publishedItem: (itemId) => publishedItem(deps.database.db, itemId),
  };
}
