// Published items as other modules may read them (analytics tracks each one): the first part's post
// id and URL, the publishing time and the text sent, paged by (published_at, id); and every post id
// Brandwright published for a user (all thread parts), which the backfill leaves out.
import type { Platform } from '@brandwright/contracts';
import { and, asc, eq, gt, gte, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { scheduledPosts } from './publishing.schema.js';

const t = scheduledPosts;

export interface PublishedItemView {
  itemId: string;
  userId: string;
  contentId: string;
  platform: Platform;
  postId: string;
  postUrl: string;
  publishedAt: Date;
  /** The first part's text: for a thread, what counts is its first post. */
  text: string;
}

export async function publishedItemsPage(
  db: Db,
  since: Date,
  after: { publishedAt: Date; itemId: string } | undefined,
  limit: number,
): Promise<PublishedItemView[]> {
  const rows = await db
    .select()
    .from(t)
    .where(
      and(
        eq(t.status, 'published'),
        isNotNull(t.postId),
        gte(t.publishedAt, since),
        after
          ? or(
              gt(t.publishedAt, after.publishedAt),
              and(eq(t.publishedAt, after.publishedAt), gt(t.id, after.itemId)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(t.publishedAt), asc(t.id))
    .limit(limit);
  return rows.map(viewOf);
}

/** One published item by id; undefined unless it is published. */
export async function publishedItem(db: Db, itemId: string): Promise<PublishedItemView | undefined> {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.id, itemId), eq(t.status, 'published'), isNotNull(t.postId)));
  return row ? viewOf(row) : undefined;
}

function viewOf(row: typeof t.$inferSelect): PublishedItemView {
  return {
    itemId: row.id,
    userId: row.userId,
    contentId: row.contentId,
    platform: row.platform,
    postId: row.postId as string,
    postUrl: row.postUrl ?? '',
    publishedAt: row.publishedAt as Date,
    text: row.plan.parts[0]?.text ?? '',
  };
}

export async function publishedPostIds(db: Db, userId: string, platform: Platform): Promise<Set<string>> {
  const rows = await db
    .select({ id: sql<string>`part->>'id'` })
    .from(sql`${t}, jsonb_array_elements(${t.publishedParts}) as part`)
    .where(and(eq(t.userId, userId), eq(t.platform, platform)));
  return new Set(rows.map((row) => row.id));
}
