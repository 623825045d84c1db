// The content API: drafts and published pieces with computed metadata, their version history and
// diffs, and content templates (built-in and the user's own).
import { z } from 'zod';
import { platformSchema } from './brand.js';

export const contentTypeSchema = z.enum(['post', 'thread', 'article', 'video_script']);
export type ContentType = z.infer<typeof contentTypeSchema>;

export const contentStatusSchema = z.enum(['draft', 'approved', 'scheduled', 'published', 'failed']);
export type ContentStatus = z.infer<typeof contentStatusSchema>;

export const contentAuthorSchema = z.enum(['user', 'ai']);
export type ContentAuthor = z.infer<typeof contentAuthorSchema>;

/** How `body` is written: articles take HTML (sanitised) or Markdown; other types plain text. */
export const bodyFormatSchema = z.enum(['html', 'markdown', 'text']);
export type BodyFormat = z.infer<typeof bodyFormatSchema>;

/** Longest body accepted, in characters (an article of ~25k words). */
export const CONTENT_BODY_MAX_CHARS = 200_000;
export const CONTENT_TITLE_MAX_CHARS = 300;

export const platformLengthSchema = z.object({
  length: z.number().int(),
  /** null when the platform has no length limit (Medium). */
  limit: z.number().int().nullable(),
  unit: z.enum(['weighted', 'graphemes', 'characters']),
  fits: z.boolean(),
});

export const contentMetadataSchema = z.object({
  wordCount: z.number().int(),
  readingTimeMinutes: z.number().int(),
  hashtags: z.array(z.string()),
  mentions: z.array(z.string()),
  perPlatform: z.partialRecord(platformSchema, platformLengthSchema),
});
export type ContentMetadata = z.infer<typeof contentMetadataSchema>;

export const aiMetadataSchema = z
  .object({
    generatedFrom: z.string().max(2000).optional(),
    modelUsed: z.string().max(200).optional(),
    voiceScore: z.number().min(0).max(100).optional(),
    template: z.string().max(200).optional(),
  })
  .strict();
export type AiMetadata = z.infer<typeof aiMetadataSchema>;

const title = z.string().trim().min(1, 'Must not be empty').max(CONTENT_TITLE_MAX_CHARS);
const body = z
  .string()
  .max(CONTENT_BODY_MAX_CHARS, `At most ${CONTENT_BODY_MAX_CHARS} characters`)
  .refine((s) => s.trim().length > 0, 'Must not be empty');
const platforms = z
  .array(platformSchema)
  .min(1, 'Pick at least one platform')
  .max(5)
  .refine((list) => new Set(list).size === list.length, 'Each platform once');
const pillar = z.string().trim().min(1).max(120);

export const createContentSchema = z
  .object({
    type: contentTypeSchema,
    title: title.optional(),
    body,
    /** Default: `html` for articles, `text` otherwise. */
    bodyFormat: bodyFormatSchema.optional(),
    platforms,
    pillar: pillar.optional(),
    aiMetadata: aiMetadataSchema.optional(),
    /** Re-queued into a posting slot after the evergreen interval (see publishing settings). */
    evergreen: z.boolean().optional(),
  })
  .strict();
export type CreateContentInput = z.infer<typeof createContentSchema>;

export const updateContentSchema = z
  .object({
    title: title.nullable(),
    body,
    bodyFormat: bodyFormatSchema,
    platforms,
    pillar: pillar.nullable(),
    status: contentStatusSchema,
    evergreen: z.boolean(),
    changeNote: z.string().trim().min(1).max(300),
    /** Saved by the editor while typing: autosaves within a quarter of an hour make one version. */
    autosave: z.boolean(),
  })
  .partial()
  .strict()
  .refine(
    (p) => Object.keys(p).some((k) => k !== 'changeNote' && k !== 'bodyFormat' && k !== 'autosave'),
    'Change at least one field',
  );
export type UpdateContentInput = z.infer<typeof updateContentSchema>;

export const contentSchema = z.object({
  id: z.string().uuid(),
  type: contentTypeSchema,
  title: z.string().nullable(),
  body: z.string(),
  bodyMarkdown: z.string(),
  platforms: z.array(platformSchema),
  pillar: z.string().nullable(),
  evergreen: z.boolean(),
  metadata: contentMetadataSchema,
  aiMetadata: aiMetadataSchema.nullable(),
  status: contentStatusSchema,
  performanceData: z.record(z.string(), z.unknown()).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Content = z.infer<typeof contentSchema>;

/** Longest search query accepted, in characters. */
export const CONTENT_QUERY_MAX_CHARS = 300;

export const contentSearchModeSchema = z.enum(['text', 'semantic']);
export type ContentSearchMode = z.infer<typeof contentSearchModeSchema>;

/**
 * Lists pieces newest first, or searches them when `query` is given: `mode=text` (default) is
 * full-text search ranked by relevance, `mode=semantic` ranks by meaning (cosine similarity of
 * embeddings). Filters apply in every mode. Cursors are opaque and belong to the mode that made them.
 */
export const contentListQuerySchema = z
  .object({
    query: z
      .string()
      .trim()
      .min(1, 'Must not be empty')
      .max(CONTENT_QUERY_MAX_CHARS, `At most ${CONTENT_QUERY_MAX_CHARS} characters`)
      .optional(),
    mode: contentSearchModeSchema.optional(),
    status: contentStatusSchema.optional(),
    platform: platformSchema.optional(),
    pillar: pillar.optional(),
    type: contentTypeSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().min(1).max(500).optional(),
  })
  .refine((q) => q.mode !== 'semantic' || q.query !== undefined, {
    path: ['query'],
    message: 'Semantic search needs a query',
  });
export type ContentListQuery = z.infer<typeof contentListQuerySchema>;

/** A listed piece; search results add the relevance `score` and, for text search, a `snippet`. */
export const contentListItemSchema = contentSchema.extend({
  /** Text mode: ts_rank_cd rank (higher is better); semantic mode: cosine similarity, -1..1. */
  score: z.number().optional(),
  /** Text mode: an HTML-escaped excerpt with the matched words wrapped in <mark>…</mark>. */
  snippet: z.string().optional(),
});
export type ContentListItem = z.infer<typeof contentListItemSchema>;

export const contentIdParamsSchema = z.object({ id: z.string().uuid('Must be a content id') });

export const contentVersionSchema = z.object({
  version: z.number().int(),
  title: z.string().nullable(),
  body: z.string(),
  bodyMarkdown: z.string(),
  author: contentAuthorSchema,
  changeNote: z.string().nullable(),
  createdAt: z.string(),
});
export type ContentVersion = z.infer<typeof contentVersionSchema>;

export const versionParamsSchema = contentIdParamsSchema.extend({
  version: z.coerce.number().int().min(1),
});

export const versionDiffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

export const diffPartSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffPart = z.infer<typeof diffPartSchema>;

export const versionDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  title: z.object({ from: z.string().nullable(), to: z.string().nullable(), changed: z.boolean() }),
  /** Word-level changes of the Markdown rendition, in order. */
  words: z.array(diffPartSchema),
  /** The same change as a unified patch (line level). */
  patch: z.string(),
});
export type VersionDiff = z.infer<typeof versionDiffSchema>;

export const templateFormatSchema = z.enum(['post', 'thread', 'article', 'video_script', 'carousel']);

export const contentTemplateSchema = z.object({
  /** `builtin:<slug>` for the shipped library, a uuid for the user's own. */
  id: z.string(),
  builtin: z.boolean(),
  name: z.string(),
  description: z.string(),
  structure: z.string(),
  format: templateFormatSchema,
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ContentTemplate = z.infer<typeof contentTemplateSchema>;

export const createTemplateSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    description: z.string().trim().max(500).default(''),
    structure: z.string().trim().min(1).max(5000),
    format: templateFormatSchema,
  })
  .strict();
export type CreateTemplateInput = z.infer<typeof createTemplateSchema>;

export const updateTemplateSchema = createTemplateSchema
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Change at least one field');
export type UpdateTemplateInput = z.infer<typeof updateTemplateSchema>;

export const templateIdParamsSchema = z.object({
  id: z.union([z.string().uuid(), z.string().regex(/^builtin:[a-z0-9-]+$/)], 'Must be a template id'),
});
