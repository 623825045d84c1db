// Wiring of the history slice of analytics: the import service, its routes and job, and the
// backfill job queued when a platform connection is made (platform.connection.connected).

import type { Database } from '../../platform/db/index.js';
import type { EventBus } from '../../platform/events/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import type { ConnectionConnectedEvent } from '../platforms/index.js';
import { BACKFILL_PLATFORMS, type BackfillDeps, backfillJob } from './backfill.js';
import { importJob, type VoiceSamples } from './imports.jobs.js';
import { ImportsRepository } from './imports.repository.js';
import { importsRoutes } from './imports.routes.js';
import { ImportsService } from './imports.service.js';

export interface HistoryDeps extends Pick<BackfillDeps, 'withSession' | 'publishedIds' | 'clock'> {
  database: Database;
  kv: Kv;
  jobs: JobQueue;
  events: EventBus;
  voice: VoiceSamples;
}

export function createHistory(deps: HistoryDeps) {
  const repository = new ImportsRepository(deps.database.db);
  const job = importJob({ database: deps.database, repository, kv: deps.kv, voice: deps.voice });
  const backfill = backfillJob(deps);
  deps.jobs.register(job as never);
  deps.jobs.register(backfill as never);
  const imports = new ImportsService(repository, (importId) =>
    deps.jobs.enqueue(job, { importId }, { key: `analytics.import:${importId}` }),
  );
  deps.events.on<ConnectionConnectedEvent>('platform.connection.connected', async ({ payload }) => {
    if (!BACKFILL_PLATFORMS.includes(payload.platform)) return;
    const { userId, connectionId } = payload;
    const platform = payload.platform as 'x' | 'mastodon' | 'bluesky';
    await deps.jobs.enqueue(
      backfill,
      { userId, platform, connectionId },
      { key: `analytics.backfill:${connectionId}` },
    );
  });
  return { imports, routes: importsRoutes(imports) };
}
export type HistoryModule = ReturnType<typeof createHistory>;
