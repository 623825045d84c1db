// The history import job: reads the stored file in batches, writes each batch and the counters in
// one transaction (the counters are the resume point, so a rerun after a crash continues where the
// last commit ended and counts nothing twice), then clears the file. Observation time of the
// imported counts and the "is it in the future" check both use the upload time, so reruns agree.
// Voice samples are added after each batch commits; a rerun first offers the last committed batch's
// posts to the voice module again (it keeps texts it already holds once), so a crash between the
// commit and the samples loses none.
import type { VoiceSampleSource } from '@brandwright/contracts';
import { z } from 'zod';
import type { Database } from '../../platform/db/index.js';
import type { JobContext, JobDefinition } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import { bumpAnalyticsVersion } from './cache-version.js';
import { csvRows } from './csv-history.js';
import type { HistoryPost, HistoryRow } from './history-rows.js';
import { writeHistory } from './history-writer.js';
import type { ImportProgress, ImportRow, ImportsRepository } from './imports.repository.js';
import { xArchiveRows } from './x-archive.js';

/** Rows per transaction: progress shows after each, and a batch stays well under 65,535 parameters. */
export const IMPORT_BATCH_ROWS = 500;
/** Refusals kept for the answer; the count of all of them is rowsRead − imported − skipped. */
export const MAX_REFUSALS_KEPT = 1000;
const MAX_ATTEMPTS = 5;

/** What the import needs of the voice module: add one sample (duplicates and short texts are its call). */
export interface VoiceSamples {
  addText(
    userId: string,
    input: { text: string; source: Exclude<VoiceSampleSource, 'feedback'> },
  ): Promise<unknown>;
}

export interface ImportJobDeps {
  database: Database;
  repository: ImportsRepository;
  kv: Kv;
  voice: VoiceSamples;
}

const payloadSchema = z.object({ importId: z.string().uuid() });

const rowsOf = (row: ImportRow, payload: Buffer) =>
  row.kind === 'csv' ? csvRows(payload, row.createdAt, row.rowsRead) : xArchiveRows(payload, row.rowsRead);

const voiceSource = (post: HistoryPost) =>
  post.platform === 'x' || post.platform === 'linkedin' ? post.platform : ('file' as const);

async function train(deps: ImportJobDeps, userId: string, posts: HistoryPost[]): Promise<void> {
  // A text too short or unreadable for a sample is not a failure of the import.
  for (const post of posts)
    await deps.voice
      .addText(userId, { text: post.text, source: voiceSource(post) })
      .catch((error: unknown) => {
        if ((error as { kind?: string }).kind !== 'invalid') throw error;
      });
}

/** Rows of the batch committed last: batches are IMPORT_BATCH_ROWS long except the final one. */
const lastBatchStart = (rowsRead: number) => rowsRead - (rowsRead % IMPORT_BATCH_ROWS || IMPORT_BATCH_ROWS);

async function retrainLastBatch(deps: ImportJobDeps, row: ImportRow, payload: Buffer): Promise<void> {
  if (!row.trainVoice || row.rowsRead === 0) return;
  const start = lastBatchStart(row.rowsRead);
  const posts: HistoryPost[] = [];
  let read = start;
  for (const next of rowsOf({ ...row, rowsRead: start }, payload)) {
    if (read++ >= row.rowsRead) break;
    if ('post' in next) posts.push(next.post);
  }
  await train(deps, row.userId, posts);
}

async function writeBatch(
  deps: ImportJobDeps,
  row: ImportRow,
  progress: ImportProgress,
  batch: HistoryRow[],
) {
  const posts = batch.flatMap((r) => ('post' in r ? [r.post] : []));
  const refused = batch.flatMap((r) => ('reason' in r ? [{ line: r.line, reason: r.reason }] : []));
  const fresh = await deps.database.transaction(async (tx) => {
    const written = await writeHistory(tx, {
      userId: row.userId,
      source: 'imported',
      observedAt: row.createdAt,
      posts,
    });
    progress.rowsRead += batch.length;
    progress.imported += written.length;
    progress.skipped += posts.length - written.length;
    progress.refused = [...progress.refused, ...refused].slice(0, MAX_REFUSALS_KEPT);
    await deps.repository.saveProgress(tx, row.id, progress);
    return written;
  });
  if (fresh.length === 0) return;
  await bumpAnalyticsVersion(deps.kv, row.userId);
  if (row.trainVoice) await train(deps, row.userId, fresh);
}

async function runImport(deps: ImportJobDeps, importId: string, context: JobContext): Promise<void> {
  const row = await deps.repository.forJob(importId);
  if (!row?.payload || row.status === 'done' || row.status === 'failed') return;
  await deps.repository.markRunning(importId);
  await retrainLastBatch(deps, row, row.payload);
  const progress: ImportProgress = {
    rowsRead: row.rowsRead,
    imported: row.imported,
    skipped: row.skipped,
    refused: row.refused,
  };
  let batch: HistoryRow[] = [];
  for (const next of rowsOf(row, row.payload)) {
    batch.push(next);
    if (batch.length < IMPORT_BATCH_ROWS) continue;
    await writeBatch(deps, row, progress, batch);
    batch = [];
    // Stopping between batches loses nothing: the next run resumes after the last commit.
    if (context.signal.aborted) throw new Error('import interrupted; it resumes on the next run');
  }
  if (batch.length > 0) await writeBatch(deps, row, progress, batch);
  await deps.repository.finish(importId, 'done');
}

export function importJob(deps: ImportJobDeps): JobDefinition<z.infer<typeof payloadSchema>> {
  return {
    name: 'analytics.import',
    version: 1,
    schema: payloadSchema,
    maxAttempts: MAX_ATTEMPTS,
    async handler({ importId }, context) {
      try {
        await runImport(deps, importId, context);
      } catch (error) {
        if (context.attempt >= MAX_ATTEMPTS)
          await deps.repository.finish(
            importId,
            'failed',
            'The import stopped on an internal error; upload the file again.',
          );
        throw error;
      }
    },
  };
}
