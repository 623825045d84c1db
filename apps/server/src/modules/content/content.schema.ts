// Tables owned by the content module: content pieces, their text versions, and user templates.
import type { AiMetadata, ContentMetadata, Platform } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
// Schema files may reference another module's schema for foreign keys only (see ARCHITECTURE.md).
import { userRef } from '../users/users.schema.js';

/** Postgres full-text document; drizzle has no built-in type for it. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const stamp = (name: string) => timestamp(name, { withTimezone: true, precision: 3 }).notNull().defaultNow();

export const content = pgTable(
  'content',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    type: text('type', { enum: ['post', 'thread', 'article', 'video_script'] }).notNull(),
    title: text('title'),
    /** Posts/threads/scripts: plain text; articles: sanitised HTML. */
    body: text('body').notNull(),
    /** Articles' Markdown rendition; the plain text for every other type. */
    bodyMarkdown: text('body_markdown').notNull(),
    platforms: text('platforms').array().$type<Platform[]>().notNull(),
    pillar: text('pillar'),
    /** Re-queued by publishing after the user's evergreen interval. */
    evergreen: boolean('evergreen').notNull().default(false),
    metadata: jsonb('metadata').$type<ContentMetadata>().notNull(),
    aiMetadata: jsonb('ai_metadata').$type<AiMetadata>(),
    status: text('status', { enum: ['draft', 'approved', 'scheduled', 'published', 'failed'] })
      .notNull()
      .default('draft'),
    /** Written here, or brought in by an analytics history import (published elsewhere). */
    source: text('source', { enum: ['brandwright', 'imported'] })
      .notNull()
      .default('brandwright'),
    performanceData: jsonb('performance_data').$type<Record<string, unknown>>(),
    /** Revision counter: bumped by every change, and the ETag. */
    version: integer('version').notNull().default(1),
    /** Client-chosen key of the creating request, so a retried POST returns the same row. */
    idempotencyKey: text('idempotency_key'),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
    /**
     * The full-text document, stored: ranking (ts_rank_cd) reads it for every match, and parsing
     * the text again per match made a common word's search take seconds at 100k pieces.
     */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english', coalesce(title, '') || ' ' || body_markdown)`),
  },
  (t) => [
    index('content_user_created_idx').on(t.userId, t.createdAt, t.id),
    uniqueIndex('content_user_idempotency_key').on(t.userId, t.idempotencyKey),
    // For full-text search (websearch_to_tsquery … @@ search_vector).
    index('content_search_idx').using('gin', t.searchVector),
  ],
);

/** The text of a piece at each revision where its title or body changed. */
export const contentVersions = pgTable(
  'content_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contentId: uuid('content_id')
      .notNull()
      .references(() => content.id, { onDelete: 'cascade' }),
    userId: userRef(),
    version: integer('version').notNull(),
    title: text('title'),
    body: text('body').notNull(),
    bodyMarkdown: text('body_markdown').notNull(),
    author: text('author', { enum: ['user', 'ai'] }).notNull(),
    changeNote: text('change_note'),
    createdAt: stamp('created_at'),
  },
  (t) => [unique('content_versions_content_version_key').on(t.contentId, t.version)],
);

export const contentTemplates = pgTable(
  'content_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: userRef(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    structure: text('structure').notNull(),
    format: text('format', { enum: ['post', 'thread', 'article', 'video_script', 'carousel'] }).notNull(),
    idempotencyKey: text('idempotency_key'),
    createdAt: stamp('created_at'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    index('content_templates_user_created_idx').on(t.userId, t.createdAt, t.id),
    uniqueIndex('content_templates_user_idempotency_key').on(t.userId, t.idempotencyKey),
  ],
);
