// Backfill on connect: when an account is connected, a job lists its recent posts where the platform
// lets us (X timeline, Mastodon statuses, Bluesky author feed, through the adapters' recentPosts,
// which carry the counts the listing returns) and stores the ones Brandwright did not publish as
// imported content and tracked posts (source 'backfill'), due for the ingestion sweep per
// `backfillNextFetch`. Idempotent: the tracked posts' unique indexes skip what is already there.
import type { Platform } from '@brandwright/contracts';
import { z } from 'zod';
import {
  isPlatformError,
  type PostMetrics,
  type RecentPost,
  type Session,
  type SocialClient,
} from '../../adapters/social/index.js';
import type { Database, Db } from '../../platform/db/index.js';
import { type JobDefinition, RetryJobLater } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import type { MetricCounts } from './analytics.schema.js';
import { bumpAnalyticsVersion } from './cache-version.js';
import type { HistoryPost } from './history-rows.js';
import { writeHistory } from './history-writer.js';

/** Platforms whose API lists an account's own posts. */
export const BACKFILL_PLATFORMS: readonly Platform[] = ['x', 'mastodon', 'bluesky'];
/** How far back a backfill reaches (the adapters also cap the pages they read). */
export const BACKFILL_DAYS = 90;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The decaying fetch points after publishing (1 h … 30 d, then weekly to 90 d), as issue 13 sets them. */
const FETCH_POINTS = [
  HOUR,
  6 * HOUR,
  DAY,
  3 * DAY,
  7 * DAY,
  30 * DAY,
  ...[37, 44, 51, 58, 65, 72, 79, 86, 90].map((d) => d * DAY),
];

/** The first fetch point after `now`; null once the post is past its last one (nothing left to fetch). */
export function backfillNextFetch(publishedAt: Date, now: Date): Date | null {
  const age = now.getTime() - publishedAt.getTime();
  const point = FETCH_POINTS.find((offset) => offset > age);
  return point === undefined ? null : new Date(publishedAt.getTime() + point);
}

export interface BackfillDeps {
  database: Database;
  kv: Kv;
  clock: () => Date;
  withSession<T>(
    userId: string,
    platform: Platform,
    fn: (session: Session, client: SocialClient) => Promise<T>,
  ): Promise<T>;
  /** Ids of the posts Brandwright published for the user on the platform (every thread part). */
  publishedIds(db: Db, userId: string, platform: Platform): Promise<Set<string>>;
}

const payloadSchema = z.object({
  userId: z.string().uuid(),
  platform: z.enum(['x', 'mastodon', 'bluesky']),
  connectionId: z.string().uuid(),
});
export type BackfillPayload = z.infer<typeof payloadSchema>;

function countsOf(metrics: PostMetrics | undefined): MetricCounts {
  if (!metrics) return {};
  const counts: MetricCounts = { likes: metrics.likes, comments: metrics.comments, shares: metrics.reposts };
  for (const key of ['impressions', 'quotes', 'clicks', 'bookmarks'] as const)
    if (metrics[key] !== undefined) counts[key] = metrics[key];
  return counts;
}

const historyOf = (platform: Platform, post: RecentPost): HistoryPost => ({
  platform,
  text: post.text.trim() || post.url,
  publishedAt: post.publishedAt,
  platformPostId: post.id,
  url: post.url,
  counts: countsOf(post.metrics),
});

async function listRecent(deps: BackfillDeps, { userId, platform }: BackfillPayload, since: Date) {
  try {
    return await deps.withSession(
      userId,
      platform,
      (session, client) => client.recentPosts?.(session, since) ?? Promise.resolve(undefined),
    );
  } catch (error) {
    if (isPlatformError(error, 'RATE_LIMITED'))
      throw new RetryJobLater((error.retryAfterSeconds ?? 60) * 1000, 'backfill rate limited');
    // A connection gone since (disconnected, revoked, no read scope): nothing to backfill or retry.
    const kind = (error as { kind?: string }).kind;
    if (kind === 'not_found' || kind === 'conflict') return undefined;
    if (isPlatformError(error, 'REVOKED') || isPlatformError(error, 'FORBIDDEN')) return undefined;
    throw error;
  }
}

/** Returns how many posts it stored. */
export async function runBackfill(deps: BackfillDeps, payload: BackfillPayload): Promise<number> {
  const now = deps.clock();
  const posts = await listRecent(deps, payload, new Date(now.getTime() - BACKFILL_DAYS * DAY));
  if (!posts || posts.length === 0) return 0;
  const mine = await deps.publishedIds(deps.database.db, payload.userId, payload.platform);
  const outside = posts.filter((post) => !mine.has(post.id)).map((post) => historyOf(payload.platform, post));
  const written = await deps.database.transaction((tx) =>
    writeHistory(tx, {
      userId: payload.userId,
      source: 'backfill',
      connectionId: payload.connectionId,
      observedAt: now,
      nextFetchAt: (post) => backfillNextFetch(post.publishedAt, now),
      posts: outside,
    }),
  );
  if (written.length > 0) await bumpAnalyticsVersion(deps.kv, payload.userId);
  return written.length;
}

export function backfillJob(deps: BackfillDeps): JobDefinition<BackfillPayload> {
  return {
    name: 'analytics.backfill',
    version: 1,
    schema: payloadSchema,
    maxAttempts: 5,
    async handler(payload) {
      await runBackfill(deps, payload);
    },
  };
}
