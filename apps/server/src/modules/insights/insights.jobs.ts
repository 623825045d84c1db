// The monthly insights job and the sweep that queues it. The sweep runs periodically in every
// worker: for each user with tracked posts it takes the last full month *in the user's zone* (so
// a user in Auckland gets March's report half a day before one in Honolulu) and queues one job per
// user and month that is not stored yet, keyed `insights:month:<user>:<month>` — the queue keeps
// one unfinished job per key, and the handler stores only when no report exists, so two workers,
// two sweeps or a retried job never compute or store a month twice.
import { z } from 'zod';
import type { JobDefinition, JobQueue } from '../../platform/jobs/index.js';
import type { InsightsRepository } from './insights.repository.js';
import type { InsightsService } from './insights.service.js';
import { lastFullMonth, validZone } from './period.js';

/** Users read per page of the sweep; every page is queued before the next is read. */
const SWEEP_PAGE = 500;

const payload = z.object({ userId: z.string().uuid(), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
export type MonthlyReportPayload = z.infer<typeof payload>;

export function monthlyReportJob(insights: InsightsService): JobDefinition<MonthlyReportPayload> {
  return {
    name: 'insights.monthly-report',
    version: 1,
    schema: payload,
    maxAttempts: 3,
    handler: async ({ userId, month }) => {
      await insights.storeMonth(userId, month);
    },
  };
}

export const monthlyJobKey = (userId: string, month: string) => `insights:month:${userId}:${month}`;

/** Queues the missing last-month reports of every user with history; returns how many were queued. */
export async function sweepMonthlyReports(
  queue: JobQueue,
  job: JobDefinition<MonthlyReportPayload>,
  repository: InsightsRepository,
  now: Date,
): Promise<number> {
  let queued = 0;
  let after: string | null = null;
  for (;;) {
    const page = await repository.candidates(after, SWEEP_PAGE);
    if (page.length === 0) return queued;
    after = page.at(-1)?.userId ?? null;
    const due = page.map((c) => ({ userId: c.userId, month: lastFullMonth(validZone(c.timezone), now) }));
    const stored = await repository.storedKeys(
      due.map((d) => d.userId),
      due.map((d) => d.month),
    );
    for (const d of due) {
      if (stored.has(`${d.userId} ${d.month}`)) continue;
      await queue.enqueue(job, d, { key: monthlyJobKey(d.userId, d.month) });
      queued += 1;
    }
  }
}
