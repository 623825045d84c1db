// Public surface of insights: the report service and its routes, best times and peer benchmarks
// (best-times.index.ts), the statistics they share, and the producer port they plug in through.
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
export type { InsightProducer, InsightsPorts, InsightsService } from './insights.service.js';
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

export function createInsights(ports: InsightsPorts) {
  const service = new InsightsService(ports);
  return { service, routes: insightsRoutes(service) };
}
