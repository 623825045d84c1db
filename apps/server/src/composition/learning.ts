// The learning side of the composition root: what the user's published posts earned (analytics'
// performance history) feeds the engagement model, topic recommendations, best times, the peer
// benchmark and the insights report. Built once here so each reads the same history.

import type { Embedder, InsightsWriter } from '../adapters/ai/index.js';
import { PerformanceRepository } from '../modules/analytics/index.js';
import type { BrandService } from '../modules/brand/index.js';
import type { ContentModule } from '../modules/content/index.js';
import {
  benchmarkInsights,
  bestTimeInsights,
  createBestTimesModule,
  createInsights,
  type NarrativeWriter,
} from '../modules/insights/index.js';
import { createRecommendationsModule } from '../modules/recommendations/index.js';
import type { UsersService } from '../modules/users/index.js';
import type { Database } from '../platform/db/index.js';
import type { JobQueue } from '../platform/jobs/index.js';
import type { Kv } from '../platform/kv/index.js';
import type { VectorStore } from '../platform/vectors/index.js';
import { publishedHistory } from './engagement-history.js';
import { contentCoverage, feedFetch } from './recommendations-access.js';

export interface LearningDeps {
  database: Database;
  kv: Kv;
  jobs: JobQueue;
  vectors: VectorStore;
  embedder: Embedder;
  brand: BrandService;
  users: UsersService;
  content: ContentModule;
  clock: () => Date;
  /** Address policy for feed fetches (tests serve feeds on loopback). */
  net: Parameters<typeof feedFetch>[0];
  log: { warn(details: object, message: string): void };
  /** The AI provider's summary writer when one is configured; reports fall back to the offline composer. */
  insightsWriter?: InsightsWriter | undefined;
}

/** The insights module's narrative port over the AI adapter's writer (its checks stay in insights). */
export function narrativeWriterOf(writer: InsightsWriter | undefined): NarrativeWriter | undefined {
  if (!writer) return undefined;
  return {
    write: async (input) => {
      const { summary, actionItems } = await writer.writeInsightsSummary(input);
      return { summary, actionItems };
    },
  };
}

export function createLearning(deps: LearningDeps) {
  const { database, kv, clock, users } = deps;
  const performance = new PerformanceRepository(database.db);
  const zones = { timezoneOf: async (userId: string) => (await users.get(userId)).profile.timezone };
  const recommendations = createRecommendationsModule({
    database,
    kv,
    queue: deps.jobs,
    vectors: deps.vectors,
    embedder: deps.embedder,
    performance,
    strategies: deps.brand,
    profiles: users,
    coverage: contentCoverage(deps.content, database),
    fetch: feedFetch(deps.net),
    clock,
  });
  const bestTimes = createBestTimesModule({
    database,
    history: performance,
    profiles: { profileOf: async (userId) => (await users.get(userId)).profile },
    clock,
  });
  const insights = createInsights({
    database,
    queue: deps.jobs,
    history: performance,
    extraInsights: [
      bestTimeInsights({ bestTimes: bestTimes.bestTimes }),
      benchmarkInsights({ benchmarks: bestTimes.benchmarks }),
    ],
    kv,
    clock,
    zones,
    log: deps.log,
    writer: narrativeWriterOf(deps.insightsWriter),
  });
  return {
    /** The engagement model's history, refitted when analytics' version moves. */
    engagementHistory: publishedHistory(performance, kv),
    recommendations,
    bestTimes,
    insights,
    routes: [insights.routes, recommendations.routes, bestTimes.routes],
  };
}
