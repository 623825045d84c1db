// Writes a batch of history posts (import or backfill) in the caller's transaction: one published
// piece of content, one tracked post and its counts as snapshots per new post. The unique indexes of
// analytics_posts decide what is new (same platform + post id, or same platform + time + text), so
// a second import, a rerun after a crash, or two workers at once write each post once.

import type { Db } from '../../platform/db/index.js';
import { discardImported, insertImported } from '../content/index.js';
import { analyticsSnapshots, type MetricType, trackedPosts } from './analytics.schema.js';
import { type HistoryPost, textHashOf } from './history-rows.js';

export interface HistoryBatch {
  userId: string;
  source: 'imported' | 'backfill';
  connectionId?: string;
  /** The snapshots' observation time: when the counts were read (the upload, or the listing). */
  observedAt: Date;
  /** Backfill: when the ingestion sweep should fetch the post next; imports are not fetched. */
  nextFetchAt?: (post: HistoryPost) => Date | null;
  posts: HistoryPost[];
}

const idKey = (post: HistoryPost) => (post.platformPostId ? `${post.platform}|${post.platformPostId}` : null);
const timeKey = (post: HistoryPost, hash: string) => `${post.platform}|${post.publishedAt.getTime()}|${hash}`;

/** Keeps the first of posts that are duplicates of each other within the batch. */
function distinct(posts: HistoryPost[]): { post: HistoryPost; hash: string }[] {
  const seen = new Set<string>();
  const kept: { post: HistoryPost; hash: string }[] = [];
  for (const post of posts) {
    const hash = textHashOf(post.text);
    const keys = [idKey(post), timeKey(post, hash)].filter((k): k is string => k !== null);
    if (keys.some((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    kept.push({ post, hash });
  }
  return kept;
}

function snapshotsOf(batch: HistoryBatch, postId: string, post: HistoryPost) {
  return Object.entries(post.counts).map(([metric, value]) => ({
    userId: batch.userId,
    platform: post.platform,
    postId,
    connectionId: batch.connectionId ?? null,
    metricType: metric as MetricType,
    metricValue: value as number,
    snapshotDate: batch.observedAt,
    metadata: { source: batch.source },
  }));
}

function trackedRowOf(
  batch: HistoryBatch,
  { post, hash }: { post: HistoryPost; hash: string },
  contentId: string,
) {
  const nextFetchAt = batch.nextFetchAt?.(post) ?? null;
  return {
    userId: batch.userId,
    platform: post.platform,
    connectionId: batch.connectionId ?? null,
    platformPostId: post.platformPostId,
    url: post.url,
    contentId,
    source: batch.source,
    text: post.text,
    textHash: hash,
    publishedAt: post.publishedAt,
    followersAtPost: post.followersAtPost ?? null,
    latest: post.counts,
    latestAt: Object.keys(post.counts).length > 0 ? batch.observedAt : null,
    nextFetchAt,
    // Imported posts are history only; backfilled ones are kept fresh by the ingestion sweep.
    trackingStatus: nextFetchAt ? ('active' as const) : ('done' as const),
  };
}

/** The posts of the batch that were new (written now); the rest were already there. */
export async function writeHistory(tx: Db, batch: HistoryBatch): Promise<HistoryPost[]> {
  const candidates = distinct(batch.posts);
  if (candidates.length === 0) return [];
  const contentIds = await insertImported(
    tx,
    batch.userId,
    candidates.map(({ post }) => post),
  );
  const inserted = await tx
    .insert(trackedPosts)
    .values(candidates.map((candidate, index) => trackedRowOf(batch, candidate, contentIds[index] as string)))
    .onConflictDoNothing()
    .returning({ id: trackedPosts.id, contentId: trackedPosts.contentId });
  const written = new Map(inserted.map((row) => [row.contentId, row.id]));
  await discardImported(
    tx,
    batch.userId,
    contentIds.filter((id) => !written.has(id)),
  );
  const fresh: HistoryPost[] = [];
  const snapshots: ReturnType<typeof snapshotsOf> = [];
  candidates.forEach(({ post }, index) => {
    const postId = written.get(contentIds[index] as string);
    if (!postId) return;
    fresh.push(post);
    snapshots.push(...snapshotsOf(batch, postId, post));
  });
  if (snapshots.length > 0) await tx.insert(analyticsSnapshots).values(snapshots).onConflictDoNothing();
  return fresh;
}
