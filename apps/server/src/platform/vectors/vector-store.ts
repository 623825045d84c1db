// Similarity search over stored embeddings, always scoped to one user. With pgvector it orders by
// cosine distance on `embedding::vector(n)` (served by a partial HNSW index per dimension); without
// it, it shortlists candidates by bit operations on quantised codes and ranks those exactly
// (nearest-queries.ts). Both return exact cosine distances, in (distance, owner_id) order.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Database, Db, DbCapabilities } from '../db/index.js';
import { queryRows } from '../db/index.js';
import {
  arrayLiteral,
  exactQuery,
  type NearestQuery,
  pgvectorQuery,
  quantizedQuery,
  type VectorMatch,
} from './nearest-queries.js';
import { embeddings } from './vectors.schema.js';

export type { NearestQuery, VectorMatch } from './nearest-queries.js';

export interface VectorOwner {
  type: string;
  id: string;
}

/** Above this many dimensions no code is stored (migration 0004), so the fallback scans exactly. */
export const MAX_CODED_DIMENSIONS = 4096;
/**
 * The quantised search ranks exactly the best `max(MIN_SHORTLIST, SHORTLIST_FACTOR × k)` by code:
 * measured on the search benchmark, that keeps recall@10 near 1 (see ARCHITECTURE.md).
 */
const MIN_SHORTLIST = 400;
const SHORTLIST_FACTOR = 20;

/** A subquery of (id uuid, …) rows of some owner type; see `missing`. */
export interface MissingQuery {
  ownerType: string;
  model: string;
  /** Selects the candidate owners' ids as a column named `id`, in the order to fill them. */
  owners: SQL;
  limit: number;
}

function checkVector(vector: number[]): void {
  if (vector.length === 0 || vector.length > 16_000 || !vector.every(Number.isFinite))
    throw new Error('A vector needs 1 to 16000 finite numbers');
}

export class VectorStore {
  constructor(
    private readonly database: Database,
    readonly mode: 'pgvector' | 'quantized',
  ) {}

  /**
   * Creates the partial HNSW index for `dimensions` (idempotent, replica-safe). False when there is
   * none to create: no pgvector, or more dimensions than HNSW on `vector` supports (2000).
   */
  async ensureIndex(dimensions: number): Promise<boolean> {
    if (this.mode !== 'pgvector' || !Number.isInteger(dimensions) || dimensions < 1 || dimensions > 2000)
      return false;
    const name = sql.raw(`embeddings_hnsw_${dimensions}_idx`);
    const d = sql.raw(String(dimensions));
    try {
      await this.database.db.execute(
        sql`create index if not exists ${name} on embeddings using hnsw ((embedding::vector(${d})) vector_cosine_ops) where dimensions = ${d}`,
      );
    } catch (error) {
      // Two replicas starting together may race on the same index: the loser sees it exists.
      if ((error as { code?: string }).code !== '42P07' && (error as { code?: string }).code !== '23505')
        throw error;
    }
    return true;
  }

  async upsert(
    input: { userId: string; owner: VectorOwner; model: string; vector: number[] },
    db: Db = this.database.db,
  ): Promise<void> {
    checkVector(input.vector);
    const values = {
      userId: input.userId,
      ownerType: input.owner.type,
      ownerId: input.owner.id,
      model: input.model,
      dimensions: input.vector.length,
      embedding: sql`${arrayLiteral(input.vector)}::real[]`,
    };
    await db
      .insert(embeddings)
      .values(values)
      .onConflictDoUpdate({
        target: [embeddings.ownerType, embeddings.ownerId, embeddings.model],
        set: { ...values, createdAt: sql`now()` },
      });
  }

  /** Removes every model's vector of an owner (when the content or sample is deleted). */
  async deleteFor(owner: VectorOwner, db: Db = this.database.db): Promise<number> {
    const deleted = await db
      .delete(embeddings)
      .where(and(eq(embeddings.ownerType, owner.type), eq(embeddings.ownerId, owner.id)))
      .returning({ id: embeddings.id });
    return deleted.length;
  }

  /** The k owners of `ownerType` belonging to `userId` closest to the query vector. */
  async nearest(query: NearestQuery): Promise<VectorMatch[]> {
    checkVector(query.vector);
    const k = clampK(query.k);
    if (this.mode === 'pgvector') return this.nearestPgvector(query, k);
    if (query.vector.length > MAX_CODED_DIMENSIONS) return this.run(exactQuery(query, k));
    return this.run(quantizedQuery(query, k, Math.max(MIN_SHORTLIST, SHORTLIST_FACTOR * k)));
  }

  /** The same, ranking every one of the user's vectors exactly (linear): the reference for recall. */
  async nearestExact(query: NearestQuery): Promise<VectorMatch[]> {
    checkVector(query.vector);
    return this.run(exactQuery(query, clampK(query.k)));
  }

  /** Owners among `owners` that have no vector for `model` yet (the backfill's work list). */
  async missing(q: MissingQuery): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.database.db,
      sql`select o.id from (${q.owners}) o
          where not exists (
            select 1 from embeddings e
            where e.owner_type = ${q.ownerType} and e.owner_id = o.id and e.model = ${q.model})
          limit ${Math.max(1, Math.floor(q.limit))}`,
    );
    return rows.map((r) => r.id);
  }

  private async run(query: SQL, db: Db = this.database.db): Promise<VectorMatch[]> {
    const rows = await queryRows<{ owner_id: string; distance: number }>(db, query);
    return rows.map((r) => ({ ownerId: r.owner_id, distance: Number(r.distance) }));
  }

  private nearestPgvector(q: NearestQuery, k: number): Promise<VectorMatch[]> {
    return this.database.transaction(async (tx) => {
      // The user filter applies after the HNSW scan; iterative scans keep going until k rows match.
      await tx.execute(sql`set local hnsw.iterative_scan = strict_order`);
      return this.run(pgvectorQuery(q, k), tx);
    });
  }
}

const clampK = (k: number) => Math.max(1, Math.min(1000, Math.floor(k)));

/** The store for this database: pgvector when the extension exists, unless `forceFallback` (tests). */
export function createVectorStore(
  database: Database,
  capabilities: DbCapabilities,
  options: { forceFallback?: boolean } = {},
): VectorStore {
  return new VectorStore(database, capabilities.vector && !options.forceFallback ? 'pgvector' : 'quantized');
}
