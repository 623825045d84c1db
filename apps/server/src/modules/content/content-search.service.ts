// Search over a user's pieces. Text mode ranks full-text matches by ts_rank_cd; semantic mode ranks
// by cosine similarity between the query's embedding and the pieces' (user-scoped nearest
// neighbours from platform/vectors). Both page by keyset on (score, id), so a page never repeats or
// skips a piece however many share a score, and both honour the list filters.
import type { ContentListItem, ContentSearchMode } from '@brandwright/contracts';
import { DomainError } from '../../platform/errors/index.js';
import type { VectorMatch, VectorStore } from '../../platform/vectors/index.js';
import { presentContent } from './content.presenter.js';
import type { ContentFilters } from './content.repository.js';
import { CONTENT_OWNER, type ContentEmbeddings } from './content-embeddings.js';
import type { ContentSearchRepository, RankPosition } from './content-search.repository.js';

export interface SearchRequest {
  query: string;
  mode: ContentSearchMode;
  filters: ContentFilters;
  limit: number;
  cursor?: string;
}

export interface SearchPage {
  items: ContentListItem[];
  nextCursor: string | null;
}

/** Cursor: the mode, the last item's score (rank, or cosine distance) and its id, base64url JSON. */
function encodeCursor(mode: ContentSearchMode, score: number, id: string): string {
  return Buffer.from(JSON.stringify([mode, score, id])).toString('base64url');
}

function decodeCursor(mode: ContentSearchMode, cursor: string | undefined): RankPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [m, score, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (m !== mode || typeof score !== 'number' || !Number.isFinite(score)) throw new Error('bad cursor');
    if (typeof id !== 'string' || !uuid.test(id)) throw new Error('bad cursor');
    return { rank: score, id };
  } catch {
    throw new DomainError('invalid', 'INVALID_CURSOR', 'The cursor is not valid; start again without it.', {
      fields: [{ path: 'cursor', message: 'Invalid cursor for this search' }],
    });
  }
}

export class ContentSearchService {
  constructor(
    private readonly repository: ContentSearchRepository,
    private readonly embeddings: ContentEmbeddings,
    private readonly vectors: VectorStore,
  ) {}

  search(userId: string, request: SearchRequest): Promise<SearchPage> {
    return request.mode === 'semantic' ? this.semantic(userId, request) : this.text(userId, request);
  }

  private async text(userId: string, r: SearchRequest): Promise<SearchPage> {
    const after = decodeCursor('text', r.cursor);
    const rows = await this.repository.textSearch(userId, r.query, r.filters, r.limit, after);
    const page = rows.slice(0, r.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({ ...presentContent(row), score: row.rank, snippet: row.snippet })),
      nextCursor: rows.length > r.limit && last ? encodeCursor('text', last.rank, last.id) : null,
    };
  }

  private async semantic(userId: string, r: SearchRequest): Promise<SearchPage> {
    const position = decodeCursor('semantic', r.cursor);
    const after: VectorMatch | undefined = position && { distance: position.rank, ownerId: position.id };
    const { vector, model } = await this.embeddings.embedQuery(r.query);
    const matches = await this.vectors.nearest({
      userId,
      ownerType: CONTENT_OWNER,
      vector,
      model,
      k: r.limit + 1,
      after,
      within: this.repository.filteredIds(userId, r.filters),
    });
    const page = matches.slice(0, r.limit);
    const rows = new Map(
      (
        await this.repository.findMany(
          userId,
          page.map((m) => m.ownerId),
        )
      ).map((row) => [row.id, row]),
    );
    // A vector is deleted with its piece in one transaction, so every match has its row.
    const items = page.flatMap((m) => {
      const row = rows.get(m.ownerId);
      return row ? [{ ...presentContent(row), score: 1 - m.distance }] : [];
    });
    const last = page.at(-1);
    return {
      items,
      nextCursor:
        matches.length > r.limit && last ? encodeCursor('semantic', last.distance, last.ownerId) : null,
    };
  }
}
