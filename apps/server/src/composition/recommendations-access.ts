// What recommendations read from other modules, as its ports: the user's content of the last weeks
// (each piece's title, else its first line, as the topic it covered), a stamp of that content for
// the topics cache, and a guarded fetch for feeds (only public addresses; tests that serve a feed on
// loopback pass their own address policy).
import { and, eq, gte, sql } from 'drizzle-orm';
import { content as contentTable } from '../modules/content/content.schema.js';
import type { ContentModule } from '../modules/content/index.js';
import type { CoverageSource, CoveredTopic } from '../modules/recommendations/index.js';
import type { Database } from '../platform/db/index.js';
import { createGuardedFetch, type judgeAddress, type Resolver } from '../platform/net/index.js';

/** A user with thousands of pieces a month is not the case to tune for: read at most this many. */
const MAX_PIECES = 1_000;

/**
 * One indexed aggregate over the pieces `covered` reads: a new piece changes the count and the
 * latest update, an edit or a status change bumps a version, a deletion or a piece leaving the
 * window changes the count.
 */
async function contentStamp(database: Database, userId: string, since: Date): Promise<string> {
  const t = contentTable;
  const [row] = await database.db
    .select({
      n: sql<number>`count(*)::int`,
      versions: sql<string>`coalesce(sum(${t.version}), 0)::text`,
      latest: sql<string>`coalesce(max(${t.updatedAt})::text, '')`,
    })
    .from(t)
    .where(and(eq(t.userId, userId), gte(t.createdAt, since)));
  return `${row?.n ?? 0}.${row?.versions ?? 0}.${encodeURIComponent(row?.latest ?? '')}`;
}

export function contentCoverage(content: ContentModule, database: Database): CoverageSource {
  return {
    stamp: (userId, since) => contentStamp(database, userId, since),
    async covered(userId, since) {
      const found: CoveredTopic[] = [];
      let cursor: string | undefined;
      while (found.length < MAX_PIECES) {
        const page = await content.content.list(userId, { limit: 100, ...(cursor ? { cursor } : {}) });
        for (const piece of page.items) {
          const at = new Date(piece.createdAt);
          if (at < since || piece.status === 'failed') continue;
          const topic = piece.title?.trim() || piece.bodyMarkdown.split('\n').find((l) => l.trim()) || '';
          found.push({ topic, pillar: piece.pillar ?? null, at });
        }
        const oldest = page.items.at(-1);
        if (!page.nextCursor || !oldest || new Date(oldest.createdAt) < since) break;
        cursor = page.nextCursor;
      }
      return found;
    },
  };
}

export function feedFetch(options: {
  resolveHost?: Resolver;
  judgeAddress?: typeof judgeAddress;
}): typeof fetch {
  return createGuardedFetch({
    ...(options.resolveHost ? { resolve: options.resolveHost } : {}),
    ...(options.judgeAddress ? { judge: options.judgeAddress } : {}),
  });
}
