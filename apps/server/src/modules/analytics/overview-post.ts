// One tracked post as the per-content analytics show it (pure): latest counts, rate, and the time
// series of its snapshots grouped by observation time.
import type { PostPlatformAnalytics } from '@brandwright/contracts';
import type { MetricCounts } from './analytics.schema.js';
import type { PostRow, SnapshotRow } from './analytics-read.repository.js';
import { engagementsOf, metricsAvailable, postRate } from './engagement.js';
import { metricsView } from './overview.js';

export function postAnalytics(post: PostRow, snapshots: SnapshotRow[]): PostPlatformAnalytics {
  const available = metricsAvailable(post.platform);
  const points = new Map<number, MetricCounts>();
  for (const s of snapshots) {
    if (s.postId !== post.id || s.metricType === 'followers') continue;
    const at = s.snapshotDate.getTime();
    const point = points.get(at) ?? {};
    point[s.metricType as keyof MetricCounts] = s.metricValue;
    points.set(at, point);
  }
  return {
    trackedPostId: post.id,
    platform: post.platform,
    metricsAvailable: available,
    url: post.url,
    publishedAt: post.publishedAt.toISOString(),
    trackingStatus: post.trackingStatus,
    latest: available ? metricsView(post.latest) : {},
    latestAt: post.latestAt?.toISOString() ?? null,
    engagements: engagementsOf(post.platform, post.latest),
    engagementRate: postRate(post.platform, post.latest, post.followersAtPost),
    series: [...points]
      .sort(([a], [b]) => a - b)
      .map(([at, metrics]) => ({ observedAt: new Date(at).toISOString(), metrics })),
  };
}
