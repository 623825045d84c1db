// Use cases of topic recommendations: gather the user's strategy, coverage, engagement history,
// feeds and (opted in) cohort aggregates; run the four producers; apply feedback (dismissed topics
// stay away for DISMISS_DAYS, used ones drop in rank and count as covered); rank deterministically;
// record what was handed out so feedback on an id finds its topic. No SQL, no HTTP.
import type {
  ContentPillar,
  RecommendationFeedbackAction,
  RecommendationFeedbackResult,
  StoredStrategy,
  TopicRecommendation,
} from '@brandwright/contracts';
import { DomainError } from '../../platform/errors/index.js';
import type { PerformanceHistory } from '../analytics/index.js';
import { COHORT_WINDOW_DAYS, type CohortProfile, type CohortSignals } from './cohort.js';
import { EngagementModel, normalise } from './engagement-model.js';
import {
  type Candidate,
  COVERED_DAYS,
  type CoveredTopic,
  cohortTrends,
  DAY_MS,
  evergreen,
  feedTrends,
  gaps,
  neighbours,
} from './producers.js';
import { RecommendationsError } from './recommendations.errors.js';
import type { FeedbackRow, RecommendationsRepository } from './recommendations.repository.js';
import { recommendationId, topicKey } from './topic-key.js';
import type { TopicSpace } from './topic-space.js';
import type { TopicsCache } from './topics-cache.js';

/** A dismissed topic is not offered again for this long. */
export const DISMISS_DAYS = 90;
/** A used topic keeps this share of its relevance. */
export const USED_RANK_FACTOR = 0.5;
/** Feed items older than this are not trending any more. */
export const FEED_WINDOW_DAYS = 14;
/** How far back engagement history is read (medians, evergreen posts). */
const HISTORY_DAYS = 730;
const NEIGHBOURS_PER_PILLAR = 6;
const FEED_ITEMS_PER_PILLAR = 5;
/** Equal relevance: the order types are listed in. */
const TYPE_ORDER = ['gap', 'trending', 'evergreen', 'neighbour'];

export interface StrategySource {
  strategy(userId: string): Promise<StoredStrategy>;
}
export interface ProfileSource {
  get(userId: string): Promise<{ profile: CohortProfile }>;
}
/** What the user has written or planned since a date (content pieces, calendar entries). */
export interface CoverageSource {
  covered(userId: string, since: Date): Promise<CoveredTopic[]>;
  /** A cheap fingerprint of the same content: it changes whenever `covered` could answer differently. */
  stamp(userId: string, since: Date): Promise<string>;
}

export interface RecommendationsDeps {
  repository: RecommendationsRepository;
  strategies: StrategySource;
  profiles: ProfileSource;
  coverage: CoverageSource;
  performance: PerformanceHistory;
  space: TopicSpace;
  cohort: CohortSignals;
  cache: TopicsCache;
  clock: () => Date;
}

interface Context {
  userId: string;
  now: Date;
  pillars: ContentPillar[];
  covered: CoveredTopic[];
  profile: CohortProfile;
}

export class RecommendationsService {
  constructor(private readonly deps: RecommendationsDeps) {}

  /** The ranked list, from the cache while nothing it is computed from has changed. */
  async topics(userId: string, count: number): Promise<TopicRecommendation[]> {
    const now = this.deps.clock();
    const since = new Date(now.getTime() - COVERED_DAYS * DAY_MS);
    const [stored, { profile }, contentStamp] = await Promise.all([
      this.strategyOf(userId),
      this.deps.profiles.get(userId),
      this.deps.coverage.stamp(userId, since),
    ]);
    // The cohort's aggregates are one cheap query; other users' signals change them, so they key too.
    const trends = await this.deps.cohort.trends(profile);
    const { cache } = this.deps;
    const key = await cache.key({
      userId,
      count,
      now,
      strategyVersion: stored.version,
      profile,
      contentStamp,
      trends,
    });
    const hit = await cache.get(key);
    if (hit) return hit;
    const computed = await this.compute({ userId, count, now, since, stored, profile });
    await cache.set(key, computed);
    return computed;
  }

  /** Uncached: every producer run on the database as it is now. */
  private async compute(input: {
    userId: string;
    count: number;
    now: Date;
    since: Date;
    stored: StoredStrategy;
    profile: CohortProfile;
  }): Promise<TopicRecommendation[]> {
    const { userId, count, now, stored, profile } = input;
    const [covered, records, feedback] = await Promise.all([
      this.deps.coverage.covered(userId, input.since),
      this.deps.performance.records(userId, { from: new Date(now.getTime() - HISTORY_DAYS * DAY_MS) }),
      this.deps.repository.feedback(userId),
    ]);
    const used = feedback.filter((f) => f.action === 'use');
    const context: Context = {
      userId,
      now,
      pillars: stored.strategy.contentPillars,
      covered: [...covered, ...used.map((f) => ({ topic: f.topicKey, pillar: f.pillar, at: f.at }))],
      profile,
    };
    const posts = normalise(records);
    await this.deps.cohort.refresh(userId, profile, posts);
    await this.deps.space.syncCandidates(userId, stored.strategy);
    const candidates = [
      ...gaps(context.pillars, context.covered, now),
      ...(await this.trending(context)),
      ...evergreen(posts, context.covered, now),
      ...(await this.neighbours(context)),
    ];
    return this.issue(userId, rank(candidates, feedback, now).slice(0, count), posts);
  }

  /** The ranked candidates as handed out, recorded so that feedback on an id finds its topic. */
  private async issue(
    userId: string,
    ranked: Candidate[],
    posts: ReturnType<typeof normalise>,
  ): Promise<TopicRecommendation[]> {
    const model = new EngagementModel(posts);
    const out = ranked.map((c) => {
      const potential = model.potential(c.topic, c.pillar);
      return {
        id: recommendationId(userId, c.type, c.topic),
        topic: c.topic,
        pillar: c.pillar,
        type: c.type,
        relevance: c.relevance,
        engagementPotential: potential.value,
        engagementNote: potential.note,
        reason: c.reason,
      };
    });
    await this.deps.repository.issue(
      userId,
      out.map((r) => ({
        id: r.id,
        type: r.type,
        topic: r.topic,
        topicKey: topicKey(r.topic),
        pillar: r.pillar,
      })),
    );
    return out;
  }

  /** Use or dismiss a recommendation handed to this user; repeating it changes nothing. */
  async feedback(
    userId: string,
    id: string,
    action: RecommendationFeedbackAction,
  ): Promise<RecommendationFeedbackResult> {
    const issued = await this.deps.repository.findIssued(userId, id);
    if (!issued) throw new RecommendationsError('RECOMMENDATION_NOT_FOUND');
    const row = await this.deps.repository.setFeedback(
      userId,
      issued.topicKey,
      action,
      issued.pillar,
      this.deps.clock(),
    );
    await this.deps.cache.invalidate(userId);
    return { id, topic: issued.topic, action: row.action, at: row.at.toISOString() };
  }

  /** Re-reads an opted-in user's own signals (or drops them after an opt-out): the periodic task. */
  async refreshSignals(userId: string): Promise<void> {
    const now = this.deps.clock();
    const [{ profile }, records] = await Promise.all([
      this.deps.profiles.get(userId),
      this.deps.performance.records(userId, { from: new Date(now.getTime() - HISTORY_DAYS * DAY_MS) }),
    ]);
    await this.deps.cohort.refresh(userId, profile, normalise(records));
  }

  private async trending(context: Context): Promise<Candidate[]> {
    const { userId, pillars, now } = context;
    const vectors = await this.deps.space.pillarVectors(pillars);
    const since = new Date(now.getTime() - FEED_WINDOW_DAYS * DAY_MS);
    const fromFeeds = await this.deps.space.nearestFeedItems(
      userId,
      pillars,
      vectors,
      since,
      FEED_ITEMS_PER_PILLAR,
    );
    const trends = await this.deps.cohort.trends(context.profile);
    const trendVectors = await this.deps.space.embed(trends.map((t) => t.topicKey));
    const fromCohort = trends.map((t, i) => ({
      ...t,
      ...closestPillar(pillars, vectors, trendVectors[i] ?? []),
    }));
    return [...feedTrends(fromFeeds, now, FEED_WINDOW_DAYS), ...cohortTrends(fromCohort, COHORT_WINDOW_DAYS)];
  }

  private async neighbours(context: Context): Promise<Candidate[]> {
    const vectors = await this.deps.space.pillarVectors(context.pillars);
    const matches = await this.deps.space.nearestCandidates(
      context.userId,
      context.pillars,
      vectors,
      NEIGHBOURS_PER_PILLAR,
    );
    return neighbours(matches, context.pillars, context.covered, context.now);
  }

  private async strategyOf(userId: string): Promise<StoredStrategy> {
    try {
      return await this.deps.strategies.strategy(userId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NO_STRATEGY')
        throw new RecommendationsError('NO_STRATEGY');
      throw error;
    }
  }
}

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

/** The pillar whose vector is nearest (cosine; vectors are unit length), or none below 0.05. */
function closestPillar(pillars: ContentPillar[], vectors: number[][], vector: number[]) {
  let best = { pillar: null as string | null, similarity: 0 };
  for (const [i, p] of pillars.entries()) {
    const similarity = dot(vectors[i] ?? [], vector);
    if (similarity > best.similarity) best = { pillar: p.name, similarity };
  }
  return best.similarity >= 0.05 ? best : { pillar: null, similarity: best.similarity };
}

/**
 * One candidate per topic (the most relevant), dismissed ones left out, used ones demoted; ranked by
 * relevance, then type, then topic, so the same state always gives the same list.
 */
export function rank(candidates: Candidate[], feedback: FeedbackRow[], now: Date): Candidate[] {
  const dismissedSince = now.getTime() - DISMISS_DAYS * DAY_MS;
  const actions = new Map(feedback.map((f) => [f.topicKey, f]));
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = topicKey(c.topic);
    const f = actions.get(key);
    if (!key || (f?.action === 'dismiss' && f.at.getTime() >= dismissedSince)) continue;
    const relevance =
      f?.action === 'use' ? Math.round(c.relevance * USED_RANK_FACTOR * 100) / 100 : c.relevance;
    const current = best.get(key);
    if (!current || relevance > current.relevance) best.set(key, { ...c, relevance });
  }
  return [...best.values()].sort(
    (a, b) =>
      b.relevance - a.relevance ||
      TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
      a.topic.localeCompare(b.topic),
  );
}
