// The embeddings table: one vector per (owner, model), always tied to a user so every search can be
// scoped to that user. Stored as real[] so the migration runs on PostgreSQL without pgvector; with
// pgvector the store casts to vector(n) and a partial HNSW index per dimension serves the search.
// Without it, `code` and `code_norm` (generated from the vector by SQL functions of migration 0004)
// let the store shortlist candidates with bit operations before ranking them exactly.
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  integer,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../modules/users/users.schema.js';

/** PostgreSQL's `bit varying`; drizzle has no column type of its own for it. */
const bitVarying = customType<{ data: string }>({ dataType: () => 'bit varying' });

export const embeddings = pgTable(
  'embeddings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What the vector describes, e.g. 'content' or 'voice_sample'; owner_id is that row's id. */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    model: text('model').notNull(),
    dimensions: integer('dimensions').notNull(),
    embedding: real('embedding').array().notNull(),
    /**
     * Four bit planes of the vector, each `dimensions` long: x > 0, x < 0, x > t, x < -t, where t is
     * 1.2 × the root mean square of the non-zero components. Null above 4096 dimensions (the planes
     * would not fit in a btree index entry). See vector-store.ts for how searches use it.
     */
    code: bitVarying('code').generatedAlwaysAs(sql`embedding_code(embedding)`),
    /** The Euclidean length of the code read as levels -2..2, to normalise its scores. */
    codeNorm: real('code_norm').generatedAlwaysAs(sql`embedding_code_norm(embedding)`),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    unique('embeddings_owner_model_unique').on(t.ownerType, t.ownerId, t.model),
    check('embeddings_dimensions_match', sql`cardinality(${t.embedding}) = ${t.dimensions}`),
    // The user-scope index is `embeddings_code_idx` (user_id, owner_type, model, dimensions)
    // INCLUDE (code, code_norm, owner_id), created by hand in migration 0004 (drizzle cannot express
    // INCLUDE): every search filters on its keys, and the fallback's shortlist reads one user's
    // codes from it with an index-only scan. It replaced embeddings_user_scope_idx (same leading keys).
  ],
);
