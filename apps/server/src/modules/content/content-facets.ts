// What analytics reasons over about a piece besides its text: its pillar and its type. A scoped bulk
// read for the performance history (insights, best times, recommendations), so other modules learn
// these facts without touching the content table.
import type { ContentType } from '@brandwright/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { content } from './content.schema.js';

export interface ContentFacets {
  pillar: string | null;
  type: ContentType;
}

/** The caller's pieces among `ids`, by id; another user's ids are simply absent. */
export async function contentFacets(
  db: Db,
  userId: string,
  ids: string[],
): Promise<Map<string, ContentFacets>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: content.id, pillar: content.pillar, type: content.type })
    .from(content)
    .where(and(eq(content.userId, userId), inArray(content.id, ids)));
  return new Map(rows.map((row) => [row.id, { pillar: row.pillar, type: row.type }]));
}
