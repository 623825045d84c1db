// Per-platform, per-account budgets for analytics reads, kept in kv (Redis when scaled, so every
// worker spends the same budget). Publishing has priority: analytics may spend only a share of each
// platform's read quota, leaving the rest for publishing's reconciliation reads, and publishing never
// consults these budgets, so it never waits for analytics. A 429 pauses the account's analytics
// until the reset the platform announced (the adapters' RATE_LIMITED `retryAfterSeconds`).
import type { Platform } from '@brandwright/contracts';
import type { Kv } from '../../platform/kv/index.js';

export interface BudgetRule {
  /** Metric fetches (not HTTP calls) analytics may make per window and account. */
  fetches: number;
  windowMs: number;
}

const MINUTE = 60_000;

/**
 * Two thirds or less of each platform's documented read quota (docs/platforms/*.md): X tweet lookup
 * 900 / 15 min per user; Mastodon 300 calls / 5 min per account, shared with publishing, so half;
 * Bluesky 3,000 reads / 5 min; LinkedIn makes five calls per fetch against a daily member quota;
 * Medium has no metrics, so its fetch is only the check that says so.
 */
export const ANALYTICS_BUDGETS: Record<Platform, BudgetRule> = {
  x: { fetches: 600, windowMs: 15 * MINUTE },
  mastodon: { fetches: 150, windowMs: 5 * MINUTE },
  bluesky: { fetches: 2000, windowMs: 5 * MINUTE },
  linkedin: { fetches: 200, windowMs: 60 * MINUTE },
  medium: { fetches: 100, windowMs: 60 * MINUTE },
};

export type BudgetAnswer = { ok: true } | { ok: false; waitMs: number };

export class RateBudget {
  constructor(
    private readonly kv: Kv,
    private readonly clock: () => Date,
    private readonly rules: Record<Platform, BudgetRule> = ANALYTICS_BUDGETS,
  ) {}

  /** Spends one fetch of the account's budget, or says how long to wait for the next window. */
  async take(platform: Platform, account: string): Promise<BudgetAnswer> {
    const paused = await this.pausedFor(platform, account);
    if (paused > 0) return { ok: false, waitMs: paused };
    const rule = this.rules[platform];
    const { count, ttlMs } = await this.kv.incr(`analytics:budget:${platform}:${account}`, rule.windowMs);
    return count <= rule.fetches ? { ok: true } : { ok: false, waitMs: Math.max(ttlMs, 1) };
  }

  /** The platform said 429: no analytics call for this account until its reset. */
  async pause(platform: Platform, account: string, retryAfterSeconds: number | undefined): Promise<number> {
    // Without a reset header, a minute: long enough not to hammer, short enough to lose little.
    const waitMs = Math.max(1, Math.round((retryAfterSeconds ?? 60) * 1000));
    const until = this.clock().getTime() + waitMs;
    await this.kv.set(this.pauseKey(platform, account), String(until), waitMs);
    return waitMs;
  }

  private async pausedFor(platform: Platform, account: string): Promise<number> {
    const until = Number(await this.kv.get(this.pauseKey(platform, account)));
    return Number.isFinite(until) ? Math.max(0, until - this.clock().getTime()) : 0;
  }

  private pauseKey(platform: Platform, account: string): string {
    return `analytics:pause:${platform}:${account}`;
  }
}
