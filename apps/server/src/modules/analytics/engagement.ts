// What "engagements" and "engagement rate" mean on each platform (pure). Engagements are the
// deliberate interactions each platform itself counts as engagement; the rate divides them by
// impressions where the platform reports impressions (LinkedIn, X) and by followers at posting time
// where it does not (Bluesky, Mastodon). Medium has no metrics API, so it has no rate at all.
import type { EngagementRate, Platform, RateDenominator } from '@brandwright/contracts';
import type { MetricCounts, MetricType } from './analytics.schema.js';

export interface EngagementRule {
  metricsAvailable: boolean;
  /** The counts summed into "engagements". */
  counts: readonly MetricType[];
  denominator: RateDenominator | null;
}

/**
 * Why these counts:
 * - LinkedIn: its organization statistics define engagement as clicks + likes + comments + shares over
 *   impressions; personal posts report no clicks, so the sum simply has none for them.
 * - X: its analytics count every interaction (likes, replies, reposts, quotes, bookmarks, link
 *   clicks) as an engagement, as Buffer and Typefully do; impressions are reported on every post.
 * - Bluesky: likes, replies, reposts and quotes are all getPosts reports; no impressions exist.
 * - Mastodon: favourites, replies and boosts (stored as likes, comments, shares); no impressions.
 */
export const ENGAGEMENT_RULES: Record<Platform, EngagementRule> = {
  linkedin: {
    metricsAvailable: true,
    counts: ['likes', 'comments', 'shares', 'clicks'],
    denominator: 'impressions',
  },
  x: {
    metricsAvailable: true,
    counts: ['likes', 'comments', 'shares', 'quotes', 'bookmarks', 'clicks'],
    denominator: 'impressions',
  },
  bluesky: {
    metricsAvailable: true,
    counts: ['likes', 'comments', 'shares', 'quotes'],
    denominator: 'followers',
  },
  mastodon: { metricsAvailable: true, counts: ['likes', 'comments', 'shares'], denominator: 'followers' },
  medium: { metricsAvailable: false, counts: [], denominator: null },
};

export function metricsAvailable(platform: Platform): boolean {
  return ENGAGEMENT_RULES[platform].metricsAvailable;
}

/** The post's engagements; null where the platform has no metrics (never a made-up 0). */
export function engagementsOf(platform: Platform, metrics: MetricCounts): number | null {
  const rule = ENGAGEMENT_RULES[platform];
  if (!rule.metricsAvailable) return null;
  return rule.counts.reduce((sum, key) => sum + (metrics[key] ?? 0), 0);
}

/** What one post contributes to a rate: engagements over its denominator, when it has one. */
export interface RateParts {
  denominator: RateDenominator;
  engagements: number;
  base: number;
}

/** The post's share of a rate, or null when its denominator is unknown or zero. */
export function rateParts(
  platform: Platform,
  metrics: MetricCounts,
  followersAtPost: number | null,
): RateParts | null {
  const denominator = ENGAGEMENT_RULES[platform].denominator;
  const engagements = engagementsOf(platform, metrics);
  if (denominator === null || engagements === null) return null;
  const base = denominator === 'impressions' ? metrics.impressions : followersAtPost;
  if (base === undefined || base === null || base <= 0) return null;
  return { denominator, engagements, base };
}

/** Sum of engagements over sum of denominators (a weighted mean, not a mean of per-post rates). */
export function combineRates(
  parts: readonly RateParts[],
  denominator: RateDenominator,
): EngagementRate | null {
  const own = parts.filter((p) => p.denominator === denominator);
  const base = own.reduce((sum, p) => sum + p.base, 0);
  if (base <= 0) return null;
  return { value: own.reduce((sum, p) => sum + p.engagements, 0) / base, denominator };
}

export function postRate(
  platform: Platform,
  metrics: MetricCounts,
  followersAtPost: number | null,
): EngagementRate | null {
  const parts = rateParts(platform, metrics, followersAtPost);
  return parts ? { value: parts.engagements / parts.base, denominator: parts.denominator } : null;
}
