// Public surface of the analytics module: the cache version, the read side (overview, platform
// pages, per-content metrics, export), ingestion (metrics on a decaying schedule, account metrics,
// refresh) and history (CSV / X archive imports, backfill on connect).
import type { Database } from '../../platform/db/index.js';
import { DomainError } from '../../platform/errors/index.js';
import { analyticsReadRoutes } from './analytics.routes.js';
import { AnalyticsReadRepository } from './analytics-read.repository.js';
import { type AnalyticsReadPorts, OverviewService } from './overview.service.js';

export { analyticsVersion, bumpAnalyticsVersion } from './cache-version.js';
export { ENGAGEMENT_RULES, engagementsOf, postRate } from './engagement.js';
export { createHistory, type HistoryDeps, type HistoryModule } from './history.js';
export { createIngestionModule, type IngestionModule } from './ingestion.module.js';
export {
  type AnalyticsConnections,
  AnalyticsDisconnectedError,
  type AnalyticsSessions,
  type PublishedItems,
} from './ingestion.ports.js';
export type { OverviewService as AnalyticsReads } from './overview.service.js';
export {
  type PerformanceHistory,
  type PerformanceQuery,
  type PerformanceRecord,
  PerformanceRepository,
} from './performance.js';

/** The read side: overview, platform pages, per-content metrics and the CSV export. */
export function createAnalyticsReads(database: Database, ports: Omit<AnalyticsReadPorts, 'repository'>) {
  const repository = new AnalyticsReadRepository(database.db);
  const service = new OverviewService({ ...ports, repository });
  return { service, routes: analyticsReadRoutes(service) };
}

/** Turns another module's scoped getter into an ownership check: its "not found" means "not yours". */
export function ownershipFrom(
  get: (userId: string, id: string) => Promise<unknown>,
): AnalyticsReadPorts['content'] {
  return {
    owns: (userId, id) =>
      get(userId, id).then(
        () => true,
        (err: unknown) => {
          if (err instanceof DomainError && err.kind === 'not_found') return false;
          throw err;
        },
      ),
  };
}
