// The computed topic list, cached per user in kv (memory or Redis). The key carries everything the
// list is computed from that can change under it: the analytics version (new metrics), the content
// stamp (a piece written, edited or deleted), the strategy version, the cohort profile and the
// cohort's current aggregates, the user's recommendations version (bumped by feedback and by feed
// changes) and the UTC day (gaps and "not covered in N weeks" move with the date). A change of any
// of them is a new key, so nothing has to be deleted; the TTL is a safety net only.
import { createHash } from 'node:crypto';
import type { TopicRecommendation } from '@brandwright/contracts';
import type { Kv } from '../../platform/kv/index.js';
import { analyticsVersion } from '../analytics/index.js';
import type { CohortProfile } from './cohort.js';
import type { CohortTrend } from './recommendations.repository.js';

/** A safety net only: the key's parts, not time, are what invalidate. */
export const TOPICS_CACHE_TTL_MS = 60 * 60 * 1000;

const versionKey = (userId: string) => `recommendations:version:${userId}`;

export interface TopicsKeyParts {
  userId: string;
  count: number;
  now: Date;
  strategyVersion: number;
  profile: CohortProfile;
  /** The content coverage stamp (changes when the user's recent content does). */
  contentStamp: string;
  /** The cohort's aggregates as the user would be shown them (others' refreshes change them). */
  trends: CohortTrend[];
}

export class TopicsCache {
  constructor(private readonly kv: Kv) {}

  async key(parts: TopicsKeyParts): Promise<string> {
    const { userId, profile } = parts;
    const [analytics, own] = await Promise.all([
      analyticsVersion(this.kv, userId),
      this.kv.get(versionKey(userId)),
    ]);
    const cohort = `${profile.benchmarkOptIn ? 'in' : 'out'}:${profile.industry ?? ''}`;
    return [
      'recommendations:topics',
      userId,
      parts.count,
      parts.now.toISOString().slice(0, 10),
      analytics,
      own ?? '0',
      parts.strategyVersion,
      parts.contentStamp,
      encodeURIComponent(cohort),
      createHash('sha1').update(JSON.stringify(parts.trends)).digest('base64url'),
    ].join(':');
  }

  async get(key: string): Promise<TopicRecommendation[] | null> {
    const hit = await this.kv.get(key);
    return hit === null ? null : (JSON.parse(hit) as TopicRecommendation[]);
  }

  async set(key: string, topics: TopicRecommendation[]): Promise<void> {
    await this.kv.set(key, JSON.stringify(topics), TOPICS_CACHE_TTL_MS);
  }

  /** Makes the user's cached lists stale: after feedback or a feed change commits. */
  async invalidate(userId: string): Promise<void> {
    await this.kv.set(versionKey(userId), `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  }
}
