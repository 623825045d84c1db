// Public surface of insights: the report service and its routes, the statistics other producers
// (best times, benchmarks) reuse, and the producer port they plug in through.
import { insightsRoutes } from './insights.routes.js';
import { type InsightsPorts, InsightsService } from './insights.service.js';

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
