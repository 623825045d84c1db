-- Quantised codes of the stored vectors, for similarity search without pgvector (vector-store.ts).
-- embedding_code: four bit planes, each as long as the vector: x > 0, x < 0, x > t, x < -t, where t is
-- 1.2 × the root mean square of the non-zero components (so the last two mark the large components).
-- Null above 4096 dimensions: a code that long would not fit in a btree index entry.
CREATE FUNCTION embedding_code(v real[]) RETURNS bit varying
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN cardinality(v) <= 4096 THEN (
      string_agg((x > 0)::int::text, '' ORDER BY i) || string_agg((x < 0)::int::text, '' ORDER BY i) ||
      string_agg((x > t)::int::text, '' ORDER BY i) || string_agg((x < -t)::int::text, '' ORDER BY i)
    )::bit varying END
  FROM unnest(v) WITH ORDINALITY AS u(x, i),
    (SELECT 1.2 * coalesce(sqrt(avg(y::float8 * y::float8) FILTER (WHERE y <> 0)), 0) AS t FROM unnest(v) AS y) AS s
$$;--> statement-breakpoint
-- The length of the code read as levels -2..2 per component (sign plus large), to normalise scores.
CREATE FUNCTION embedding_code_norm(v real[]) RETURNS real
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT sqrt(count(*) FILTER (WHERE x <> 0) + 3 * count(*) FILTER (WHERE abs(x) > t))::real
  FROM unnest(v) AS x,
    (SELECT 1.2 * coalesce(sqrt(avg(y::float8 * y::float8) FILTER (WHERE y <> 0)), 0) AS t FROM unnest(v) AS y) AS s
$$;--> statement-breakpoint
-- One ALTER, so the table is rewritten (and the codes of existing rows computed) once.
ALTER TABLE "embeddings"
  ADD COLUMN "code" bit varying GENERATED ALWAYS AS (embedding_code(embedding)) STORED,
  ADD COLUMN "code_norm" real GENERATED ALWAYS AS (embedding_code_norm(embedding)) STORED;--> statement-breakpoint
-- Written by hand (drizzle cannot express INCLUDE). It takes over from embeddings_user_scope_idx
-- (same leading keys, so every user-scoped query keeps an index) and gives the fallback's shortlist
-- one user's codes in an index-only scan. Codes above 4096 dimensions are null, so entries stay small.
DROP INDEX "embeddings_user_scope_idx";--> statement-breakpoint
CREATE INDEX "embeddings_code_idx" ON "embeddings" USING btree ("user_id","owner_type","model","dimensions")
  INCLUDE ("code","code_norm","owner_id");
