// History imports (POST /analytics/imports): the limits a file must keep, and an import's progress
// as the API answers it. `line` in a refusal is the row number a spreadsheet shows (header = 1).
import { z } from 'zod';

/** Data rows one CSV may hold; a longer file is refused at upload. */
export const IMPORT_MAX_ROWS = 50_000;
/** Largest upload (a CSV, a tweets.js or an X archive ZIP). */
export const IMPORT_MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
/** Largest total of tweets files unpacked from an X archive ZIP (a zip bomb is refused past it). */
export const IMPORT_MAX_UNZIPPED_BYTES = 128 * 1024 * 1024;
/** The CSV columns: the first three are required, the others optional (case does not matter). */
export const IMPORT_CSV_REQUIRED_COLUMNS = ['publishedAt', 'platform', 'text'] as const;
export const IMPORT_CSV_COUNT_COLUMNS = [
  'impressions',
  'likes',
  'comments',
  'shares',
  'clicks',
  'followers',
] as const;

export const analyticsImportStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);
export const analyticsImportKindSchema = z.enum(['csv', 'x_archive']);

export const importRefusalSchema = z.object({
  /** CSV: the spreadsheet row (header = 1); X archive: the tweet's position in the file (first = 1). */
  line: z.number().int().positive(),
  reason: z.string(),
});

export const analyticsImportSchema = z.object({
  id: z.string().uuid(),
  kind: analyticsImportKindSchema,
  fileName: z.string(),
  status: analyticsImportStatusSchema,
  trainVoice: z.boolean(),
  rowsRead: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  refused: z.array(importRefusalSchema),
  /** Why a failed import stopped; null otherwise. */
  error: z.string().nullable(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type AnalyticsImport = z.infer<typeof analyticsImportSchema>;

export const analyticsImportIdParamsSchema = z.object({ id: z.string().uuid('Must be an import id') });
