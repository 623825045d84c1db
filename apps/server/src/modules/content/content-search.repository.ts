// Reads of the content table for search: full-text search ranked by ts_rank_cd with keyset pages,
// the filtered-id subquery that semantic search hands to the vector store, and the rows that
// embedding upkeep needs. Every query is scoped to the owning user, except the backfill's
// candidate list, which walks all users' pieces on purpose.
import { and, arrayContains, asc, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import { type ContentFilters, type ContentRow, contentColumns } from './content.repository.js';
import { content } from './content.schema.js';

export interface RankPosition {
  rank: number;
  id: string;
}

export type RankedRow = ContentRow & { rank: number; snippet: string };

const t = content;
/** The stored document (generated column), indexed by `content_search_idx`. */
const document = t.searchVector;
const escapedText = sql`replace(replace(replace(coalesce(${t.title} || E'\\n', '') || ${t.bodyMarkdown}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2';

function filterClauses(userId: string, filters: ContentFilters): (SQL | undefined)[] {
  return [
    eq(t.userId, userId),
    filters.status ? eq(t.status, filters.status) : undefined,
    filters.type ? eq(t.type, filters.type) : undefined,
    filters.pillar ? eq(t.pillar, filters.pillar) : undefined,
    filters.platform ? arrayContains(t.platforms, [filters.platform]) : undefined,
  ];
}

const hasFilters = (f: ContentFilters) => Boolean(f.status || f.type || f.pillar || f.platform);

export class ContentSearchRepository {
  constructor(private readonly db: Db) {}

  /**
   * Pieces matching `websearch_to_tsquery(query)`, best rank first, ties by id; `limit + 1` rows.
   * The rank is read as float8 so the value a cursor carries back compares exactly.
   */
  async textSearch(
    userId: string,
    query: string,
    filters: ContentFilters,
    limit: number,
    after?: RankPosition,
  ): Promise<RankedRow[]> {
    const tsquery = sql`websearch_to_tsquery('english', ${query})`;
    const ranked = this.db
      .select({ id: t.id, rank: sql<number>`ts_rank_cd(${document}, ${tsquery})::float8`.as('rank') })
      .from(t)
      .where(and(...filterClauses(userId, filters), sql`${document} @@ ${tsquery}`))
      .as('ranked');
    const afterClause = after
      ? or(
          lt(ranked.rank, after.rank),
          and(eq(ranked.rank, after.rank), sql`${ranked.id} > ${after.id}::uuid`),
        )
      : undefined;
    const rows = await this.db
      .select({
        ...contentColumns,
        rank: ranked.rank,
        snippet: sql<string>`ts_headline('english', ${escapedText}, ${tsquery}, ${HEADLINE_OPTIONS})`,
      })
      .from(ranked)
      .innerJoin(t, eq(t.id, ranked.id))
      .where(afterClause)
      .orderBy(desc(ranked.rank), asc(ranked.id))
      .limit(limit + 1);
    return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
  }

  /** The ids semantic search may return under these filters; undefined when all of the user's may. */
  filteredIds(userId: string, filters: ContentFilters): SQL | undefined {
    if (!hasFilters(filters)) return undefined;
    return sql`${this.db
      .select({ id: t.id })
      .from(t)
      .where(and(...filterClauses(userId, filters)))}`;
  }

  /** The user's pieces with these ids (in no particular order). */
  async findMany(userId: string, ids: string[]): Promise<ContentRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .select(contentColumns)
      .from(t)
      .where(and(eq(t.userId, userId), inArray(t.id, ids)));
  }

  /** Every piece, newest first, as the candidate list of the embedding backfill. */
  allIdsNewestFirst(): SQL {
    return sql`${this.db.select({ id: t.id }).from(t).orderBy(desc(t.createdAt), desc(t.id))}`;
  }

  /** Pieces by id across users (the backfill embeds them for their owners). */
  async findForEmbedding(
    ids: string[],
  ): Promise<Pick<ContentRow, 'id' | 'userId' | 'title' | 'bodyMarkdown'>[]> {
    if (ids.length === 0) return [];
    return this.db
      .select({ id: t.id, userId: t.userId, title: t.title, bodyMarkdown: t.bodyMarkdown })
      .from(t)
      .where(inArray(t.id, ids));
  }
}
