// Public surface of the recommendations module: topic recommendations (gaps, trending from the
// cohort and the user's feeds, embedding neighbours, evergreen posts), feedback, feeds, the feed
// job on the app's queue and the worker's periodic tasks.
import type { Embedder } from '../../adapters/ai/index.js';
import type { Database } from '../../platform/db/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import type { VectorStore } from '../../platform/vectors/index.js';
import type { PerformanceHistory } from '../analytics/index.js';
import { CohortSignals } from './cohort.js';
import { feedFetchJob, sweepFeeds } from './feeds.jobs.js';
import { FeedsRepository } from './feeds.repository.js';
import { FeedsService } from './feeds.service.js';
import { RecommendationsRepository } from './recommendations.repository.js';
import { recommendationsRoutes } from './recommendations.routes.js';
import {
  type CoverageSource,
  type ProfileSource,
  RecommendationsService,
  type StrategySource,
} from './recommendations.service.js';
import { TopicSpace } from './topic-space.js';
import { TopicsCache } from './topics-cache.js';

export type { CoveredTopic } from './producers.js';
export type { CoverageSource, ProfileSource, StrategySource } from './recommendations.service.js';

export interface RecommendationsModuleDeps {
  database: Database;
  queue: JobQueue;
  /** Where computed topic lists are cached (under the analytics, content and feedback versions). */
  kv: Kv;
  vectors: VectorStore;
  embedder: Embedder;
  performance: PerformanceHistory;
  strategies: StrategySource;
  profiles: ProfileSource;
  coverage: CoverageSource;
  /** The guarded fetch for feeds (platform/net). */
  fetch: typeof fetch;
  clock: () => Date;
}

const SIGNAL_REFRESH_BATCH = 100;

export function createRecommendationsModule(deps: RecommendationsModuleDeps) {
  const repository = new RecommendationsRepository(deps.database.db);
  const feedsRepository = new FeedsRepository(deps.database.db);
  const space = new TopicSpace({ ...deps, repository, feeds: feedsRepository });
  const cohort = new CohortSignals(repository, deps.clock);
  const cache = new TopicsCache(deps.kv);
  const service = new RecommendationsService({ ...deps, repository, space, cohort, cache });
  const feeds = new FeedsService({
    repository: feedsRepository,
    space,
    fetch: deps.fetch,
    clock: deps.clock,
    changed: (userId) => cache.invalidate(userId),
  });
  const fetchJob = feedFetchJob(feeds);
  deps.queue.register(fetchJob as never);
  return {
    service,
    feeds,
    fetchJob,
    routes: recommendationsRoutes(service, feeds),
    /** Periodic: queue a fetch for every feed not fetched recently. */
    sweepFeeds: () => sweepFeeds(deps.queue, fetchJob, feedsRepository, deps.clock()),
    /** Periodic: refresh (or, after an opt-out, drop) the oldest cohort signals. */
    refreshSignals: async () => {
      const owners = await cohort.staleOwners(SIGNAL_REFRESH_BATCH);
      for (const userId of owners) await service.refreshSignals(userId);
      return owners.length;
    },
    /** For the calendar planner: the user's current recommendations that name a pillar. */
    suggestions: async (userId: string, count: number) =>
      (await service.topics(userId, count)).flatMap((r) =>
        r.pillar ? [{ topic: r.topic, pillar: r.pillar }] : [],
      ),
  };
}
export type RecommendationsModule = ReturnType<typeof createRecommendationsModule>;
