// The SQL of the three ways to find a user's nearest vectors. pgvector: cosine distance on
// `embedding::vector(n)`, served by a partial HNSW index. Quantised (no pgvector): a shortlist by bit
// operations on the stored codes, ranked exactly. Exact: cosine distance over every row, in SQL.
// All three return (owner_id, distance) ordered by (distance, owner_id), distance as float8.
import { type SQL, sql } from 'drizzle-orm';

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

/** Vector literals are passed as text and cast in SQL: both drivers handle text the same way. */
export const arrayLiteral = (v: number[]) => `{${v.join(',')}}`;
const vectorLiteral = (v: number[]) => `[${v.join(',')}]`;

/** Distances are float8 on every path, so a distance read back from a cursor compares exactly. */
function afterClause(distance: SQL, after: VectorMatch | undefined): SQL {
  if (!after) return sql``;
  return sql`and (${distance} > ${after.distance}::float8 or (${distance} = ${after.distance}::float8 and owner_id > ${after.ownerId}::uuid))`;
}

function withinClause(within: SQL | undefined): SQL {
  return within ? sql`and owner_id in (${within})` : sql``;
}

/** The rows of one user, owner type, model and dimension (a literal, so partial indexes apply). */
function scope(q: NearestQuery, alias: SQL): SQL {
  const d = sql.raw(String(q.vector.length));
  return sql`${alias}.user_id = ${q.userId} and ${alias}.owner_type = ${q.ownerType} and ${alias}.model = ${q.model} and ${alias}.dimensions = ${d}`;
}

/**
 * WITH TIES: the index orders by distance alone, so rows tied at the k-th distance all come back and
 * the outer (distance, owner_id) order picks the same ones on every page. Run after
 * `set local hnsw.iterative_scan = strict_order` (the user filter applies after the HNSW scan).
 */
export function pgvectorQuery(q: NearestQuery, k: number): SQL {
  const d = sql.raw(String(q.vector.length));
  const distance = sql`(embedding::vector(${d}) <=> ${vectorLiteral(q.vector)}::vector(${d}))`;
  return sql`select owner_id, distance from (
      select owner_id, ${distance} as distance
      from embeddings e
      where ${scope(q, sql`e`)} ${afterClause(distance, q.after)} ${withinClause(q.within)}
      order by ${distance}
      fetch first ${k} rows with ties
    ) nearest order by distance, owner_id limit ${k}`;
}

/** The query vector and its norm, computed once (MATERIALIZED keeps it from being inlined per row). */
function queryVector(vector: number[]): SQL {
  const target = arrayLiteral(vector);
  return sql`query as materialized (
      select ${target}::real[] as v,
             (select sqrt(sum(x::float8 * x::float8)) from unnest(${target}::real[]) as x) as norm
    )`;
}

/** Exact cosine distance of `e.embedding` to the query, in one pass over both arrays. */
const exactDistance = sql`(1 - s.dot / nullif(sqrt(s.sq) * query.norm, 0))`;
const dotAndNorm = sql`cross join lateral (
      select sum(a::float8 * b::float8) as dot, sum(a::float8 * a::float8) as sq
      from unnest(e.embedding, query.v) as p(a, b)
    ) s`;

/** Every one of the user's vectors, ranked exactly: linear in their number. */
export function exactQuery(q: NearestQuery, k: number): SQL {
  return sql`with ${queryVector(q.vector)}
    select owner_id, distance from (
      select e.owner_id, ${exactDistance} as distance
      from embeddings e cross join query ${dotAndNorm}
      where ${scope(q, sql`e`)} ${withinClause(q.within)}
    ) scored
    where distance is not null ${afterClause(sql`distance`, q.after)}
    order by distance, owner_id
    limit ${k}`;
}

/**
 * The quantised search. Each stored vector has a code of four bit planes (P: x > 0, N: x < 0, and
 * the same for components beyond ±t, see migration 0004), i.e. a level -2..2 per component. The
 * query contributes only its signs: with A = Pq‖Nq‖Pq‖Nq and B = Nq‖Pq‖Nq‖Pq,
 * bit_count(code & A) − bit_count(code & B) = Σ sign(q_i)·level_i, divided by the code's length —
 * a cosine between the query's signs and the stored levels, computed from one index-only scan.
 * The `shortlist` best by that estimate (ties by owner_id, so every page sees the same shortlist)
 * are then ranked by their exact cosine distance, as the exact query does. Paging walks that
 * ranked shortlist, so a search ends after `shortlist` matches.
 */
export function quantizedQuery(q: NearestQuery, k: number, shortlist: number): SQL {
  const d = q.vector.length;
  const planes = sql`substring(c from 1 for ${sql.raw(String(d))}) as p, substring(c from ${sql.raw(String(d + 1))} for ${sql.raw(String(d))}) as n`;
  return sql`with ${queryVector(q.vector)},
    signs as materialized (
      select p || n || p || n as a, n || p || n || p as b
      from (select ${planes} from (select embedding_code(v) as c from query) coded) split
    ),
    candidates as (
      select e.owner_id
      from embeddings e cross join signs
      where ${scope(q, sql`e`)} ${withinClause(q.within)}
      order by (bit_count(e.code & signs.a) - bit_count(e.code & signs.b)) / nullif(e.code_norm, 0) desc nulls last,
               e.owner_id
      limit ${shortlist}
    )
    select owner_id, distance from (
      select e.owner_id, ${exactDistance} as distance
      from candidates c
      join embeddings e on e.owner_type = ${q.ownerType} and e.owner_id = c.owner_id and e.model = ${q.model}
      cross join query ${dotAndNorm}
    ) scored
    where distance is not null ${afterClause(sql`distance`, q.after)}
    order by distance, owner_id
    limit ${k}`;
}
