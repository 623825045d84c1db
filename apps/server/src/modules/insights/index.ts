// Public surface of insights: the report service and its routes, the monthly job and its sweep,
// the stored monthly reports (read by reports), best times and peer benchmarks
// (best-times.index.ts), the statistics they share, and the producer port they plug in through.
import type { InsightsReport } from '@brandwright/contracts';
import type { Database } from '../../platform/db/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import { monthlyReportJob, sweepMonthlyReports } from './insights.jobs.js';
import { InsightsRepository } from './insights.repository.js';
import { insightsRoutes } from './insights.routes.js';
import { type InsightsPorts, InsightsService } from './insights.service.js';

export {
  BENCHMARK_MIN_PEERS,
  BENCHMARK_MIN_POSTS,
  BenchmarkService,
  BestTimesService,
  benchmarkInsights,
  bestTimeInsights,
  createBestTimesModule,
} from './best-times.index.js';
export { monthlyJobKey } from './insights.jobs.js';
export type { StoredReport } from './insights.repository.js';
export type { InsightProducer, InsightsPorts, InsightsService, InsightsStore } from './insights.service.js';
export type { Narrative, NarrativeWriter } from './narrative.js';
export type { ReportPeriod } from './period.js';
export {
  adjustedPValues,
  benjaminiHochberg,
  betweenGroupVariance,
  compareSamples,
  correctedRate,
  FALSE_DISCOVERY_RATE,
  isClaimable,
  logRatiosByAccount,
  MIN_GROUP_POSTS,
  ratioInterval,
  shrinkGroups,
} from './stats.js';

export interface InsightsModuleDeps extends Omit<InsightsPorts, 'store'> {
  database: Database;
  queue: JobQueue;
}

export function createInsights({ database, queue, ...ports }: InsightsModuleDeps) {
  const repository = new InsightsRepository(database.db);
  const service = new InsightsService({ ...ports, store: repository });
  const monthlyJob = monthlyReportJob(service);
  queue.register(monthlyJob as never);
  return {
    service,
    routes: insightsRoutes(service),
    /** Periodic: queue last month's report for every user whose zone has reached the 1st. */
    sweepMonthly: () => sweepMonthlyReports(queue, monthlyJob, repository, ports.clock()),
    /**
     * The stored report of a month (YYYY-MM, the user's zone) exactly as kept, null when none is
     * stored yet; `service.report(userId, {month})` also computes a missing or stale one.
     */
    storedReport: async (userId: string, month: string): Promise<InsightsReport | null> =>
      (await repository.stored(userId, month))?.report ?? null,
  };
}

export type InsightsModule = ReturnType<typeof createInsights>;
