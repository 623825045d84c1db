// Fetches metrics for tracked posts and accounts, one connection at a time, within the analytics
// rate budget. Outcomes per post: new snapshots (stamped with the step's scheduled time), 'done'
// when the platform has no metrics API (Medium), 'deleted' when the post is gone, and 'stopped' for
// every post of a connection the user must reconnect. Progress lives in the database, so a job cut
// short or rerun resumes where it was and writes nothing twice.
import type { Platform } from '@brandwright/contracts';
import { isPlatformError, type PostMetrics, type PublishedPost } from '../../adapters/social/index.js';
import { RetryJobLater } from '../../platform/jobs/index.js';
import type { Kv } from '../../platform/kv/index.js';
import type { AnalyticsRepository, MetricCounts, TrackedPostRow } from './analytics.repository.js';
import { bumpAnalyticsVersion } from './cache-version.js';
import { accountDay, dueFetch, stepTime } from './fetch-schedule.js';
import {
  type AnalyticsConnections,
  AnalyticsDisconnectedError,
  type AnalyticsSessions,
} from './ingestion.ports.js';
import type { RateBudget } from './rate-budget.js';

const BATCH = 50;
/** Failures withSession passes on once it has refreshed (or could not): the user must act. */
const ENDS_CONNECTION = ['REVOKED', 'TOKEN_EXPIRED', 'INVALID_GRANT', 'FORBIDDEN'] as const;

export interface IngestionDeps {
  repository: AnalyticsRepository;
  sessions: AnalyticsSessions;
  connections: AnalyticsConnections;
  budget: RateBudget;
  kv: Kv;
  clock: () => Date;
}

type Outcome = 'written' | 'unchanged' | 'ended' | 'stopped';

/** The port's counts as stored metrics; `reposts` is what analytics calls shares. */
export function countsOf(metrics: PostMetrics): MetricCounts {
  const { reposts, ...rest } = metrics;
  return Object.fromEntries(
    Object.entries({ ...rest, shares: reposts }).filter(([, v]) => v !== undefined),
  ) as MetricCounts;
}

export class Ingestion {
  constructor(private readonly deps: IngestionDeps) {}

  /** Fetches every due post of one connection; RetryJobLater when the budget runs out. */
  async fetchDue(userId: string, platform: Platform, signal?: AbortSignal): Promise<number> {
    let written = 0;
    for (;;) {
      const posts = await this.deps.repository.duePosts(userId, platform, this.deps.clock(), BATCH);
      if (posts.length === 0) break;
      const { outcomes, stopped } = await this.fetchAll(posts, 'schedule', signal);
      written += outcomes;
      if (stopped || signal?.aborted) break;
    }
    if (written > 0) await bumpAnalyticsVersion(this.deps.kv, userId);
    return written;
  }

  /** On-demand: every active post of `posts`, observed at `at` (the request's minute, for reruns). */
  async fetchNow(posts: TrackedPostRow[], at: Date, signal?: AbortSignal): Promise<number> {
    const { outcomes } = await this.fetchAll(posts, at, signal);
    const userId = posts[0]?.userId;
    if (outcomes > 0 && userId) await bumpAnalyticsVersion(this.deps.kv, userId);
    return outcomes;
  }

  private async fetchAll(posts: TrackedPostRow[], at: 'schedule' | Date, signal?: AbortSignal) {
    let outcomes = 0;
    for (const post of posts) {
      if (signal?.aborted) break;
      const outcome = await this.fetchPost(post, at);
      if (outcome === 'written') outcomes += 1;
      if (outcome === 'stopped') return { outcomes, stopped: true };
    }
    return { outcomes, stopped: false };
  }

  private async fetchPost(post: TrackedPostRow, at: 'schedule' | Date): Promise<Outcome> {
    const now = this.deps.clock();
    const due = at === 'schedule' ? dueFetch(post.publishedAt, post.fetchStep, now) : undefined;
    if (at === 'schedule' && !due) {
      await this.deps.repository.reschedule(post, stepTime(post.publishedAt, post.fetchStep), now);
      return 'unchanged';
    }
    const metrics = await this.read(post);
    if (metrics === 'stopped') return 'stopped';
    if (metrics === 'deleted' || metrics === null) {
      await this.deps.repository.end(post.userId, post.id, metrics === null ? 'done' : 'deleted', now);
      return 'ended';
    }
    const observedAt = due?.observedAt ?? (at as Date);
    const schedule = due ? { step: due.step, ...(due.next ? { next: due.next } : {}) } : undefined;
    const counts = countsOf(metrics);
    const written = await this.deps.repository.recordPostFetch({
      post,
      observedAt,
      fetchedAt: now,
      counts,
      ...(schedule ? { schedule } : {}),
    });
    return written > 0 ? 'written' : 'unchanged';
  }

  /** The platform's answer for one post, after the budget allows the call. */
  private async read(post: TrackedPostRow): Promise<PostMetrics | null | 'deleted' | 'stopped'> {
    const spend = await this.deps.budget.take(post.platform, post.userId);
    if (!spend.ok) throw new RetryJobLater(spend.waitMs, `${post.platform} analytics budget spent`);
    try {
      return await this.deps.sessions.withSession(post.userId, post.platform, (session, client) =>
        client.postMetrics(session, publishedPostOf(post)),
      );
    } catch (error) {
      return this.settleFailure(post.userId, post.platform, error, post);
    }
  }

  private async settleFailure(
    userId: string,
    platform: Platform,
    error: unknown,
    post?: TrackedPostRow,
  ): Promise<'deleted' | 'stopped'> {
    if (post && isPlatformError(error, 'NOT_FOUND')) return 'deleted';
    if (isPlatformError(error, 'RATE_LIMITED')) {
      const waitMs = await this.deps.budget.pause(platform, userId, error.retryAfterSeconds);
      throw new RetryJobLater(waitMs, `${platform} rate limited analytics`);
    }
    // Revoked, expired, or a scope withdrawn: only the user can fix it, so stop until they do.
    if (
      error instanceof AnalyticsDisconnectedError ||
      ENDS_CONNECTION.some((code) => isPlatformError(error, code))
    ) {
      await this.deps.repository.stopConnection(userId, platform, this.deps.clock());
      return 'stopped';
    }
    throw error;
  }

  /** Today's account metrics (followers…) of one connection; true when a new day was written. */
  async fetchAccount(userId: string, platform: Platform): Promise<boolean> {
    const connection = await this.deps.connections.active(userId, platform);
    if (!connection) return false;
    const spend = await this.deps.budget.take(platform, userId);
    if (!spend.ok) throw new RetryJobLater(spend.waitMs, `${platform} analytics budget spent`);
    let followers: number | undefined;
    try {
      const metrics = await this.deps.sessions.withSession(userId, platform, (session, client) =>
        client.accountMetrics(session),
      );
      followers = metrics.followers;
    } catch (error) {
      await this.settleFailure(userId, platform, error);
      return false;
    }
    if (followers === undefined) return false;
    const now = this.deps.clock();
    const fresh = await this.deps.repository.recordAccount(
      { userId, platform, connectionId: connection.id },
      accountDay(now),
      { followers },
      now,
    );
    if (fresh) await bumpAnalyticsVersion(this.deps.kv, userId);
    return fresh;
  }
}

function publishedPostOf(post: TrackedPostRow): PublishedPost {
  return { id: post.platformPostId ?? '', url: post.url ?? '', publishedAt: post.publishedAt };
}
