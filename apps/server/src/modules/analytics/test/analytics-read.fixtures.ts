// Test seeding for the read side: tracked posts and snapshots written straight through the schema
// (in production the ingestion and import jobs write them), and a caller for the analytics API.
import { createHash } from 'node:crypto';
import type { Platform } from '@brandwright/contracts';
import { call, type TestApp } from '../../../test/test-app.js';
import { analyticsSnapshots, type MetricCounts, trackedPosts } from '../analytics.schema.js';
import { bumpAnalyticsVersion } from '../cache-version.js';

/** Saturday 20 March 2027, noon UTC. */
export const NOW = new Date('2027-03-20T12:00:00Z');

export interface SeedPost {
  platform: Platform;
  publishedAt: string;
  latest: MetricCounts;
  followersAtPost?: number;
  contentId?: string;
  text?: string;
  url?: string;
}

let seq = 0;
export async function seedPost(t: TestApp, userId: string, post: SeedPost): Promise<string> {
  seq += 1;
  const text = post.text ?? `Post ${seq} on ${post.platform}`;
  const [row] = await t.database.db
    .insert(trackedPosts)
    .values({
      userId,
      platform: post.platform,
      platformPostId: `p-${seq}`,
      url: post.url ?? `https://example.com/${post.platform}/${seq}`,
      contentId: post.contentId ?? null,
      source: 'brandwright',
      text,
      textHash: createHash('md5').update(text).digest('hex'),
      publishedAt: new Date(post.publishedAt),
      followersAtPost: post.followersAtPost ?? null,
      latest: post.latest,
      latestAt: NOW,
    })
    .returning({ id: trackedPosts.id });
  await bumpAnalyticsVersion(t.kv, userId);
  return (row as { id: string }).id;
}

export async function seedSnapshots(
  t: TestApp,
  userId: string,
  postId: string,
  platform: Platform,
  points: { at: string; metrics: MetricCounts }[],
): Promise<void> {
  const rows = points.flatMap(({ at, metrics }) =>
    Object.entries(metrics).map(([metricType, metricValue]) => ({
      userId,
      platform,
      postId,
      metricType: metricType as keyof MetricCounts,
      metricValue: metricValue as number,
      snapshotDate: new Date(at),
    })),
  );
  await t.database.db.insert(analyticsSnapshots).values(rows);
  await bumpAnalyticsVersion(t.kv, userId);
}

/** Account follower counts (post_id null), as the daily account fetch records them. */
export async function seedFollowers(
  t: TestApp,
  userId: string,
  platform: Platform,
  points: [at: string, followers: number][],
): Promise<void> {
  await t.database.db.insert(analyticsSnapshots).values(
    points.map(([at, value]) => ({
      userId,
      platform,
      metricType: 'followers' as const,
      metricValue: value,
      snapshotDate: new Date(at),
    })),
  );
  await bumpAnalyticsVersion(t.kv, userId);
}

export function analyticsGet(t: TestApp, token: string, url: string) {
  return call(t, token, { method: 'GET', url: `/api/v1${url}` });
}

export async function setZone(t: TestApp, token: string, timezone: string): Promise<void> {
  const res = await call(t, token, { method: 'PATCH', url: '/api/v1/users/me', payload: { timezone } });
  if (res.statusCode !== 200) throw new Error(`zone not set: ${res.body}`);
}
