// The import job stopped between batches (a worker shutting down) and run again: it resumes after
// the last committed batch, so every row is imported once and the counters add up exactly; a run
// after the end changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { IMPORT_BATCH_ROWS, importJob } from './imports.jobs.js';
import { ImportsRepository } from './imports.repository.js';

let t: TestApp;
beforeAll(async () => {
  // No worker here: the test runs the handler itself.
  t = await createTestApp();
});
afterAll(() => t.close());

const ROWS = IMPORT_BATCH_ROWS * 2 + 37;
const csv = [
  'publishedAt,platform,text,likes',
  ...Array.from({ length: ROWS }, (_, i) => `2025-06-01T10:00:00Z,x,post number ${i},${i}`),
].join('\n');

describe('resuming an import', () => {
  it('continues after the last committed batch and counts each row once', async () => {
    const user = await registerUser(t);
    const repository = new ImportsRepository(t.database.db);
    const row = await repository.insert({
      userId: user.user.id,
      kind: 'csv',
      fileName: 'resume.csv',
      trainVoice: false,
      payload: Buffer.from(csv),
      idempotencyKey: null,
    });
    const job = importJob({
      database: t.database,
      repository,
      kv: t.kv,
      voice: { addText: async () => undefined },
    });
    const stopping = new AbortController();
    stopping.abort();
    await expect(
      job.handler({ importId: row?.id ?? '' }, { jobId: 'j', attempt: 1, signal: stopping.signal }),
    ).rejects.toThrow(/interrupted/);
    const halfway = await repository.find(user.user.id, row?.id ?? '');
    expect(halfway).toMatchObject({
      status: 'running',
      rowsRead: IMPORT_BATCH_ROWS,
      imported: IMPORT_BATCH_ROWS,
    });

    const running = new AbortController().signal;
    await job.handler({ importId: row?.id ?? '' }, { jobId: 'j', attempt: 2, signal: running });
    const done = await repository.forJob(row?.id ?? '');
    expect(done).toMatchObject({
      status: 'done',
      rowsRead: ROWS,
      imported: ROWS,
      skipped: 0,
      refused: [],
      payload: null,
    });
    await job.handler({ importId: row?.id ?? '' }, { jobId: 'j', attempt: 3, signal: running });
    const [count] = await queryRows<{ posts: number; snapshots: number }>(
      t.database.db,
      sql`select (select count(*)::int from analytics_posts where user_id = ${user.user.id}) as posts,
                 (select count(*)::int from analytics_snapshots where user_id = ${user.user.id}) as snapshots`,
    );
    expect(count).toEqual({ posts: ROWS, snapshots: ROWS });
  });
});

describe('voice samples of a resumed import', () => {
  it('adds the samples of a batch that committed just before the worker stopped', async () => {
    const user = await registerUser(t);
    const repository = new ImportsRepository(t.database.db);
    const row = await repository.insert({
      userId: user.user.id,
      kind: 'csv',
      fileName: 'train.csv',
      trainVoice: true,
      payload: Buffer.from(csv),
      idempotencyKey: null,
    });
    const held = new Set<string>();
    let crashOnce = true;
    const voice = {
      // The first sample fails as a crash would after the batch committed; a held text stays once.
      addText: async (_userId: string, input: { text: string }) => {
        if (crashOnce) {
          crashOnce = false;
          throw new Error('worker lost');
        }
        held.add(input.text);
      },
    };
    const job = importJob({ database: t.database, repository, kv: t.kv, voice });
    const running = new AbortController().signal;
    const id = row?.id ?? '';
    await expect(job.handler({ importId: id }, { jobId: 'j', attempt: 1, signal: running })).rejects.toThrow(
      /worker lost/,
    );
    expect(await repository.find(user.user.id, id)).toMatchObject({ rowsRead: IMPORT_BATCH_ROWS });
    await job.handler({ importId: id }, { jobId: 'j', attempt: 2, signal: running });
    expect(await repository.forJob(id)).toMatchObject({ status: 'done', imported: ROWS });
    expect(held.size).toBe(ROWS);
    expect(held.has('post number 0')).toBe(true);
  });
});
