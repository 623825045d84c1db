// Which platform post ids Brandwright itself published for a user (every part of a thread), so that
// analytics' backfill of an account's timeline leaves them to the tracking of published posts.
import type { Platform } from '@brandwright/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { scheduledPosts } from './publishing.schema.js';

export async function publishedPostIds(db: Db, userId: string, platform: Platform): Promise<Set<string>> {
  const rows = await db
    .select({ id: sql<string>`part->>'id'` })
    .from(sql`${scheduledPosts}, jsonb_array_elements(${scheduledPosts.publishedParts}) as part`)
    .where(and(eq(scheduledPosts.userId, userId), eq(scheduledPosts.platform, platform)));
  return new Set(rows.map((row) => row.id));
}
