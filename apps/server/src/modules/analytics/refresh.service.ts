// POST /analytics/refresh: fetch now for the caller's active tracked posts and accounts. Throttled
// per user in kv (one refresh per window); a retried request with the same Idempotency-Key gets the
// first answer back instead of a 429, so retrying is safe.
import type { Platform } from '@brandwright/contracts';
import { PLATFORM_IDS } from '../../adapters/social/index.js';
import { DomainError } from '../../platform/errors/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import type { AnalyticsRepository } from './analytics.repository.js';
import { accountDay } from './fetch-schedule.js';
import type { IngestionJobs } from './ingestion.jobs.js';
import type { AnalyticsConnections } from './ingestion.ports.js';

export const REFRESH_WINDOW_MS = 60_000;
const ANSWER_TTL_MS = 86_400_000;

export interface RefreshDeps {
  repository: AnalyticsRepository;
  connections: AnalyticsConnections;
  queue: JobQueue;
  jobs: IngestionJobs;
  kv: Kv;
  clock: () => Date;
}

export class RefreshService {
  constructor(private readonly deps: RefreshDeps) {}

  async refresh(userId: string, idempotencyKey?: string): Promise<{ queued: number }> {
    const answerKey = idempotencyKey ? `analytics:refresh-answer:${userId}:${idempotencyKey}` : undefined;
    const earlier = answerKey ? await this.deps.kv.get(answerKey) : null;
    if (earlier) return { queued: Number(earlier) };
    await this.throttle(userId);
    const queued = (await this.queuePosts(userId)) + (await this.queueAccounts(userId));
    if (answerKey) await this.deps.kv.set(answerKey, String(queued), ANSWER_TTL_MS);
    return { queued };
  }

  private async throttle(userId: string): Promise<void> {
    const { count, ttlMs } = await this.deps.kv.incr(`analytics:refresh:${userId}`, REFRESH_WINDOW_MS);
    if (count <= 1) return;
    const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
    throw new DomainError(
      'rate_limited',
      'RATE_LIMITED',
      `Analytics were refreshed a moment ago: retry after ${seconds} s.`,
      { retryAfterSeconds: seconds },
    );
  }

  /** One refresh job per platform, observing at this minute (a rerun lands on the same snapshots). */
  private async queuePosts(userId: string): Promise<number> {
    const now = this.deps.clock();
    const at = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
    let queued = 0;
    for (const { platform, posts } of await this.deps.repository.countActive(userId)) {
      await this.deps.queue.enqueue(
        this.deps.jobs.refresh,
        { userId, platform, at },
        {
          key: `analytics:refresh:${userId}:${platform}:${at}`,
        },
      );
      queued += posts;
    }
    return queued;
  }

  private async queueAccounts(userId: string): Promise<number> {
    const day = accountDay(this.deps.clock()).toISOString().slice(0, 10);
    let queued = 0;
    for (const platform of PLATFORM_IDS as readonly Platform[]) {
      if (!(await this.deps.connections.active(userId, platform))) continue;
      await this.deps.queue.enqueue(
        this.deps.jobs.fetchAccount,
        { userId, platform, day },
        {
          key: `analytics:account:${userId}:${platform}:${day}`,
        },
      );
      queued += 1;
    }
    return queued;
  }
}
