// Joins the engagement model (content/generation's PublishedHistory port) to analytics' performance
// history, for the composition root: each tracked post with a real rate becomes a PublishedPost, and
// the analytics cache version tells the model cache when new metrics have landed.
import type { Platform } from '@brandwright/contracts';
import { analyticsVersion, type PerformanceHistory } from '../modules/analytics/index.js';
import type { PublishedHistory } from '../modules/content/index.js';
import type { Kv } from '../platform/kv/index.js';

export function publishedHistory(performance: PerformanceHistory, kv: Kv): PublishedHistory {
  return {
    async postsWithPerformance(userId, platform: Platform) {
      const records = await performance.records(userId, { platform });
      return records.reverse().map((r) => ({
        platform: r.platform,
        text: r.text,
        hook:
          r.text
            .split('\n')
            .find((line) => line.trim())
            ?.trim() ?? '',
        publishedAt: r.publishedAt,
        engagements: r.engagements,
        denominator: r.denominator,
        base: r.base,
      }));
    },
    version: (userId) => analyticsVersion(kv, userId),
  };
}
