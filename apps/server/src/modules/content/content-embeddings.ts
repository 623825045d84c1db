// Keeps every piece's embedding (owner type 'content') in step with its title and body, for
// semantic search. Writes embed right after their transaction commits, never inside it: a slow or
// failing embedder must not hold locks or fail the edit. A failure is reported and left to the
// periodic backfill, which embeds every piece that has no vector for the current model.
import type { Embedder } from '../../adapters/ai/index.js';
import type { VectorStore } from '../../platform/vectors/index.js';
import type { ContentRepository, ContentRow } from './content.repository.js';
import type { ContentSearchRepository } from './content-search.repository.js';

export const CONTENT_OWNER = 'content';
/** Provider embedders cap their input; a piece's opening carries its subject. */
const MAX_EMBED_CHARS = 8_000;
const BACKFILL_BATCH = 64;
/** A concurrent edit can land while a refresh embeds; re-embedding this often settles on the last text. */
const MAX_REFRESHES = 3;

export type EmbeddingFailure = (error: unknown, context: { contentId: string }) => void;

export function embeddingText(row: Pick<ContentRow, 'title' | 'bodyMarkdown'>): string {
  const text = row.title ? `${row.title}\n\n${row.bodyMarkdown}` : row.bodyMarkdown;
  return text.slice(0, MAX_EMBED_CHARS);
}

export class ContentEmbeddings {
  constructor(
    private readonly pieces: ContentRepository,
    private readonly search: ContentSearchRepository,
    private readonly vectors: VectorStore,
    private readonly embedder: Embedder,
    private readonly onFailure: EmbeddingFailure,
  ) {}

  get model(): string {
    return this.embedder.model;
  }

  /**
   * Embeds the piece's current text. Never throws: a failure goes to `onFailure` and the backfill.
   * After the upsert it re-reads the piece; if another edit changed the text meanwhile (and its own
   * refresh may have finished first), it embeds again so the stored vector is the latest text's.
   */
  async refresh(userId: string, contentId: string): Promise<void> {
    try {
      for (let round = 0; round < MAX_REFRESHES; round++) {
        const row = await this.pieces.find(userId, contentId);
        if (!row) return;
        const text = embeddingText(row);
        await this.store(userId, contentId, text);
        const now = await this.pieces.find(userId, contentId);
        if (!now || embeddingText(now) === text) return;
      }
    } catch (error) {
      this.onFailure(error, { contentId });
    }
  }

  /** Embeds up to `maxPieces` pieces that have no vector for the current model; returns how many. */
  async backfill(maxPieces = 2_000): Promise<{ embedded: number }> {
    let embedded = 0;
    while (embedded < maxPieces) {
      const ids = await this.vectors.missing({
        ownerType: CONTENT_OWNER,
        model: this.embedder.model,
        owners: this.search.allIdsNewestFirst(),
        limit: Math.min(BACKFILL_BATCH, maxPieces - embedded),
      });
      if (ids.length === 0) break;
      const rows = await this.search.findForEmbedding(ids);
      const { vectors } = await this.embedder.embed(rows.map(embeddingText));
      const model = this.embedder.model;
      for (const [i, row] of rows.entries()) {
        const vector = vectors[i];
        if (!vector) throw new Error('the embedder returned fewer vectors than texts');
        await this.vectors.upsert({
          userId: row.userId,
          owner: { type: CONTENT_OWNER, id: row.id },
          model,
          vector,
        });
      }
      embedded += rows.length;
      // A piece deleted between the two reads leaves the batch short; the next round moves on.
      if (rows.length === 0) break;
    }
    return { embedded };
  }

  /** The query's vector and the model it belongs to. */
  async embedQuery(query: string): Promise<{ vector: number[]; model: string }> {
    const [vector] = (await this.embedder.embed([query])).vectors;
    if (!vector) throw new Error('the embedder returned no vector for the query');
    return { vector, model: this.embedder.model };
  }

  private async store(userId: string, contentId: string, text: string): Promise<void> {
    // Stored under the embedder's configured model name, the one searches and the backfill ask for.
    const [vector] = (await this.embedder.embed([text])).vectors;
    if (!vector) throw new Error('the embedder returned no vector');
    const model = this.embedder.model;
    await this.vectors.upsert({ userId, owner: { type: CONTENT_OWNER, id: contentId }, model, vector });
  }
}
