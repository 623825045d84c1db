// Public surface of best times and peer benchmarks (part of the insights module; the insights
// module's own index.ts re-exports what it needs from here): the services, their routes, the insight
// producers and the weekday preference the calendar planner uses.
import type { Database } from '../../platform/db/index.js';
import type { PerformanceHistory } from '../analytics/index.js';
import { BenchmarkRepository } from './benchmark.repository.js';
import { type BenchmarkProfile, BenchmarkService } from './benchmark.service.js';
import { bestTimesRoutes } from './best-times.routes.js';
import { BestTimesService } from './best-times.service.js';
import { preferredWeekdays } from './best-times-preference.js';

export { BENCHMARK_MIN_PEERS, BENCHMARK_MIN_POSTS, BenchmarkService } from './benchmark.service.js';
export { benchmarkInsights, bestTimeInsights } from './best-times.insights.js';
export { BestTimesService } from './best-times.service.js';

export interface BestTimesModuleDeps {
  database: Database;
  history: PerformanceHistory;
  profiles: { profileOf(userId: string): Promise<BenchmarkProfile> };
  clock: () => Date;
}

export function createBestTimesModule(deps: BestTimesModuleDeps) {
  const repository = new BenchmarkRepository(deps.database.db);
  const bestTimes = new BestTimesService({
    history: deps.history,
    profiles: deps.profiles,
    cohort: repository,
    clock: deps.clock,
  });
  const benchmarks = new BenchmarkService({
    repository,
    profiles: deps.profiles,
    clock: deps.clock,
  });
  return {
    bestTimes,
    benchmarks,
    routes: bestTimesRoutes(bestTimes, benchmarks),
    /** For the calendar planner: weekdays best first, or null while confidence is below medium. */
    weekdayPreference: { preferredWeekdays: (userId: string) => preferredWeekdays(bestTimes, userId) },
  };
}
