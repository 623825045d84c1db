// The recurring sweeps the worker runs: track published items an event missed, resume connections
// the user reconnected, enqueue one fetch job per connection with due posts, and once a day per
// active connection the account job. Enqueuing is keyed, so several workers sweeping at once is harmless.
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import type { AnalyticsRepository } from './analytics.repository.js';
import { accountDay } from './fetch-schedule.js';
import { accountDoneKey, type IngestionJobs } from './ingestion.jobs.js';
import type { AnalyticsConnections } from './ingestion.ports.js';
import type { Tracking } from './ingestion-tracking.js';

const PAGE = 500;

export interface SweepDeps {
  repository: AnalyticsRepository;
  tracking: Tracking;
  connections: AnalyticsConnections;
  queue: JobQueue;
  jobs: IngestionJobs;
  kv: Kv;
  clock: () => Date;
}

export class IngestionSweep {
  constructor(private readonly deps: SweepDeps) {}

  /** Due posts: returns how many connection jobs were enqueued (or already pending). */
  async due(): Promise<{ tracked: number; resumed: number; connections: number }> {
    const tracked = await this.deps.tracking.sweep();
    const resumed = await this.resume();
    const due = await this.deps.repository.dueConnections(this.deps.clock(), 10_000);
    for (const { userId, platform } of due)
      await this.deps.queue.enqueue(
        this.deps.jobs.fetchDue,
        { userId, platform },
        {
          key: `analytics:fetch:${userId}:${platform}`,
        },
      );
    return { tracked, resumed, connections: due.length };
  }

  /** Stopped posts whose connection is usable again fetch again. */
  private async resume(): Promise<number> {
    let resumed = 0;
    for (const { userId, platform } of await this.deps.repository.stoppedConnections(PAGE))
      if (await this.deps.connections.active(userId, platform))
        resumed += await this.deps.repository.resumeConnection(userId, platform, this.deps.clock());
    return resumed;
  }

  /** Today's account job for every active connection that has not had it; returns how many were queued. */
  async accounts(): Promise<number> {
    const day = accountDay(this.deps.clock()).toISOString().slice(0, 10);
    let after: string | undefined;
    let queued = 0;
    for (;;) {
      const page = await this.deps.connections.activePage(after, PAGE);
      for (const { userId, platform } of page.connections) {
        if (await this.deps.kv.get(accountDoneKey(userId, platform, day))) continue;
        await this.deps.queue.enqueue(
          this.deps.jobs.fetchAccount,
          { userId, platform, day },
          {
            key: `analytics:account:${userId}:${platform}:${day}`,
          },
        );
        queued += 1;
      }
      after = page.next;
      if (!after) return queued;
    }
  }
}
