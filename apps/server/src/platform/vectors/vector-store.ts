// Similarity search over stored embeddings, always scoped to one user. With pgvector it orders by
// cosine distance on `embedding::vector(n)` (served by a partial HNSW index per dimension); without
// it computes the same cosine distance exactly in SQL over real[]. Both rank identically.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Database, Db, DbCapabilities } from '../db/index.js';
import { queryRows } from '../db/index.js';
import { embeddings } from './vectors.schema.js';

export interface VectorOwner {
  type: string;
  id: string;
}

export interface VectorMatch {
  ownerId: string;
  /** Cosine distance, 0 (same direction) to 2 (opposite). */
  distance: number;
}

export interface NearestQuery {
  userId: string;
  ownerType: string;
  vector: number[];
  model: string;
  k: number;
  /** Keyset paging: only matches ranked after this one in (distance, ownerId) order. */
  after?: VectorMatch;
  /**
   * A subquery selecting the owner ids allowed (the owning module's filters). Leave it out when
   * every owner qualifies: it can keep the planner from using the HNSW index.
   */
  within?: SQL;
}

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

/** Vector literals are passed as text and cast in SQL: both drivers handle text the same way. */
const arrayLiteral = (v: number[]) => `{${v.join(',')}}`;
const vectorLiteral = (v: number[]) => `[${v.join(',')}]`;

export class VectorStore {
  constructor(
    private readonly database: Database,
    readonly mode: 'pgvector' | 'exact',
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
    const k = Math.max(1, Math.min(1000, Math.floor(query.k)));
    const rows =
      this.mode === 'pgvector' ? await this.nearestPgvector(query, k) : await this.nearestExact(query, k);
    return rows.map((r) => ({ ownerId: r.owner_id, distance: Number(r.distance) }));
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

  private nearestPgvector(q: NearestQuery, k: number) {
    const d = sql.raw(String(q.vector.length));
    const target = vectorLiteral(q.vector);
    const distance = sql`(embedding::vector(${d}) <=> ${target}::vector(${d}))`;
    return this.database.transaction(async (tx) => {
      // The user filter applies after the HNSW scan; iterative scans keep going until k rows match.
      await tx.execute(sql`set local hnsw.iterative_scan = strict_order`);
      // WITH TIES: the index orders by distance alone, so rows tied at the k-th distance all come
      // back and the outer (distance, owner_id) order picks the same ones on every page.
      return queryRows<{ owner_id: string; distance: number }>(
        tx,
        sql`select owner_id, distance from (
              select owner_id, ${distance} as distance
              from embeddings
              where user_id = ${q.userId} and owner_type = ${q.ownerType} and model = ${q.model} and dimensions = ${d}
                ${afterClause(distance, q.after)} ${withinClause(q.within)}
              order by ${distance}
              fetch first ${k} rows with ties
            ) nearest order by distance, owner_id limit ${k}`,
      );
    });
  }

  private nearestExact(q: NearestQuery, k: number) {
    const target = arrayLiteral(q.vector);
    return queryRows<{ owner_id: string; distance: number }>(
      this.database.db,
      sql`with query as (
            select ${target}::real[] as v,
                   (select sqrt(sum(x::float8 * x::float8)) from unnest(${target}::real[]) as x) as norm
          )
          select owner_id, distance from (
            select e.owner_id, 1 - s.dot / nullif(sqrt(s.sq) * query.norm, 0) as distance
            from embeddings e
            cross join query
            -- One pass over both arrays for the dot product and the stored vector's norm.
            cross join lateral (
              select sum(a::float8 * b::float8) as dot, sum(a::float8 * a::float8) as sq
              from unnest(e.embedding, query.v) as p(a, b)
            ) s
            where e.user_id = ${q.userId} and e.owner_type = ${q.ownerType} and e.model = ${q.model}
              and e.dimensions = ${q.vector.length} ${withinClause(q.within)}
          ) scored
          where distance is not null ${afterClause(sql`distance`, q.after)}
          order by distance, owner_id
          limit ${k}`,
    );
  }
}

/** Distances are float8 on both paths, so a distance read back from a cursor compares exactly. */
function afterClause(distance: SQL, after: VectorMatch | undefined): SQL {
  if (!after) return sql``;
  return sql`and (${distance} > ${after.distance}::float8 or (${distance} = ${after.distance}::float8 and owner_id > ${after.ownerId}::uuid))`;
}

function withinClause(within: SQL | undefined): SQL {
  return within ? sql`and owner_id in (${within})` : sql``;
}

/** The store for this database: pgvector when the extension exists, unless `forceExact` (tests). */
export function createVectorStore(
  database: Database,
  capabilities: DbCapabilities,
  options: { forceExact?: boolean } = {},
): VectorStore {
  return new VectorStore(database, capabilities.vector && !options.forceExact ? 'pgvector' : 'exact');
}
