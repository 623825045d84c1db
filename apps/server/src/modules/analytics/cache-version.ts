// One version number per user's analytics, kept in kv (memory or Redis): every writer of snapshots
// (ingestion, imports) bumps it after committing, and cached overviews carry it in their key, so a
// new snapshot makes every cached answer for that user stale at once, on every replica.
import type { Kv } from '../../platform/kv/index.js';

const versionKey = (userId: string) => `analytics:version:${userId}`;

/** The user's current analytics version; '0' before anything was written. */
export async function analyticsVersion(kv: Kv, userId: string): Promise<string> {
  return (await kv.get(versionKey(userId))) ?? '0';
}

/** Marks the user's cached analytics stale; call after the writing transaction commits. */
export async function bumpAnalyticsVersion(kv: Kv, userId: string): Promise<void> {
  await kv.set(versionKey(userId), `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
}
