// The opt-in cohort's side of trending topics. Each opted-in user's own topic signals (lift per
// topic over their recent posts, from their performance history) are written under their
// industry; the cohort's trends are read only as aggregates over at least MIN_COHORT_USERS people
// (RecommendationsRepository.cohortTrends). A user who opts out has their signals dropped at their
// next request or by the refresh task, and signals older than SIGNAL_MAX_AGE_DAYS never count.

import { type NormalisedPost, topicLifts } from './engagement-model.js';
import { DAY_MS } from './producers.js';
import type { CohortTrend, RecommendationsRepository } from './recommendations.repository.js';
import { topicKey } from './topic-key.js';

/** Recent posts: the window a signal (and so a trend) describes. */
export const COHORT_WINDOW_DAYS = 30;
/** A signal not refreshed for this long no longer counts toward a trend. */
export const SIGNAL_MAX_AGE_DAYS = 7;
const TRENDS_READ = 50;

export interface CohortProfile {
  industry: string | null;
  benchmarkOptIn: boolean;
}

export class CohortSignals {
  constructor(
    private readonly repository: RecommendationsRepository,
    private readonly clock: () => Date,
  ) {}

  /** Writes (opted in, with an industry) or drops (otherwise) the user's own signals. */
  async refresh(userId: string, profile: CohortProfile, posts: NormalisedPost[]): Promise<void> {
    const industry = profile.industry ? topicKey(profile.industry) : '';
    if (!profile.benchmarkOptIn || !industry) {
      await this.repository.dropSignals(userId);
      return;
    }
    const now = this.clock();
    const since = now.getTime() - COHORT_WINDOW_DAYS * DAY_MS;
    const recent = posts.filter((p) => p.record.publishedAt.getTime() >= since);
    await this.repository.replaceSignals(userId, industry, topicLifts(recent), now);
  }

  /** The cohort's aggregates for the user's industry; none for a user who has not opted in. */
  async trends(profile: CohortProfile): Promise<CohortTrend[]> {
    const industry = profile.industry ? topicKey(profile.industry) : '';
    if (!profile.benchmarkOptIn || !industry) return [];
    const since = new Date(this.clock().getTime() - SIGNAL_MAX_AGE_DAYS * DAY_MS);
    return this.repository.cohortTrends(industry, since, TRENDS_READ);
  }

  /** Users whose signals are oldest: the refresh task's batch. */
  staleOwners(limit: number): Promise<string[]> {
    const before = new Date(this.clock().getTime() - DAY_MS);
    return this.repository.staleSignalOwners(before, limit);
  }
}
