// Makes every post Brandwright publishes a tracked post. The publishing event tracks it at once; a
// sweep over publishing's published items catches the ones an event missed (a crash between publish
// and tracking), so nothing is lost. Tracking is an insert that ignores duplicates: safe to repeat.
import type { AnalyticsRepository } from './analytics.repository.js';
import { firstFetchAt } from './fetch-schedule.js';
import type {
  AnalyticsConnections,
  AnalyticsSessions,
  PublishedItem,
  PublishedItems,
} from './ingestion.ports.js';
import { textHashOf } from './text-hash.js';

/** How far back the sweep looks; older untracked items would have been caught by earlier sweeps. */
export const TRACKING_LOOKBACK_MS = 3 * 24 * 3_600_000;
const PAGE = 500;

export interface TrackingDeps {
  repository: AnalyticsRepository;
  sessions: AnalyticsSessions;
  connections: AnalyticsConnections;
  published: PublishedItems;
  clock: () => Date;
}

export class Tracking {
  constructor(private readonly deps: TrackingDeps) {}

  /** Tracks one published item; true when it was not tracked before. */
  async track(item: PublishedItem): Promise<boolean> {
    const connection = await this.deps.connections.active(item.userId, item.platform);
    // Tracking must not wait for a reconnect or a rate limit: the denominator is then unknown.
    const followersAtPost = await this.followersNow(item).catch(() => undefined);
    return this.deps.repository.track({
      userId: item.userId,
      platform: item.platform,
      connectionId: connection?.id ?? null,
      platformPostId: item.postId,
      url: item.postUrl || null,
      contentId: item.contentId,
      scheduledPostId: item.itemId,
      source: 'brandwright',
      text: item.text,
      textHash: textHashOf(item.text),
      publishedAt: item.publishedAt,
      followersAtPost: followersAtPost ?? null,
      fetchStep: 0,
      nextFetchAt: firstFetchAt(item.publishedAt),
    });
  }

  /** The account's latest daily followers snapshot, or a fresh count from the platform. */
  private async followersNow(item: PublishedItem): Promise<number | undefined> {
    const stored = await this.deps.repository.latestFollowers(item.userId, item.platform);
    if (stored !== undefined) return Math.round(stored);
    const metrics = await this.deps.sessions.withSession(item.userId, item.platform, (session, client) =>
      client.accountMetrics(session),
    );
    return metrics.followers;
  }

  /** Tracks published items of the last few days that are not tracked yet; returns how many. */
  async sweep(): Promise<number> {
    const since = new Date(this.deps.clock().getTime() - TRACKING_LOOKBACK_MS);
    let after: { publishedAt: Date; itemId: string } | undefined;
    let tracked = 0;
    for (;;) {
      const page = await this.deps.published.page(since, after, PAGE);
      const known = await this.deps.repository.trackedItems(page.map((i) => i.itemId));
      for (const item of page) if (!known.has(item.itemId) && (await this.track(item))) tracked += 1;
      const last = page.at(-1);
      if (!last || page.length < PAGE) return tracked;
      after = { publishedAt: last.publishedAt, itemId: last.itemId };
    }
  }
}
