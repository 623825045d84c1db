// The embeddings table: one vector per (owner, model), always tied to a user so every search can be
// scoped to that user. Stored as real[] so the migration runs on PostgreSQL without pgvector; with
// pgvector the store casts to vector(n) and a partial HNSW index per dimension serves the search.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../modules/users/users.schema.js';

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
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    unique('embeddings_owner_model_unique').on(t.ownerType, t.ownerId, t.model),
    index('embeddings_user_scope_idx').on(t.userId, t.ownerType, t.model),
    check('embeddings_dimensions_match', sql`cardinality(${t.embedding}) = ${t.dimensions}`),
  ],
);
