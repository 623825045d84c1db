// Use cases of the user's feeds: add (validated by fetching it once through the SSRF guard, so a
// bad URL or a page that is not a feed is refused at once), list, remove, and the fetch the job
// runs (conditional, de-duplicated, its items embedded for relevance ranking). No SQL, no HTTP.
import type { TopicFeed } from '@brandwright/contracts';
import { FeedFetchError, fetchFeed } from './feed-fetch.js';
import type { FeedRow, FeedsRepository } from './feeds.repository.js';
import { RecommendationsError } from './recommendations.errors.js';
import type { TopicSpace } from './topic-space.js';

/** Enough sources for a person; more would mostly be noise. */
export const MAX_FEEDS_PER_USER = 20;

export interface FeedsDeps {
  repository: FeedsRepository;
  space: TopicSpace;
  /** The guarded fetch (platform/net): only public addresses are called. */
  fetch: typeof fetch;
  clock: () => Date;
  /** Called after a user's feeds or feed items changed (recommendations' cached lists go stale). */
  changed?: (userId: string) => Promise<void>;
}

function present(row: FeedRow & { itemCount: number }): TopicFeed {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    lastFetchedAt: row.lastFetchedAt?.toISOString() ?? null,
    lastError: row.lastError,
    itemCount: row.itemCount,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One spelling per address (lower-case host, no fragment), so a retried add finds its feed. */
const normaliseUrl = (url: string) => {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.toString();
};

export class FeedsService {
  constructor(private readonly deps: FeedsDeps) {}

  async list(userId: string): Promise<TopicFeed[]> {
    return (await this.deps.repository.list(userId)).map(present);
  }

  /** Adds a feed once; the same URL again answers the feed already there (`created: false`). */
  async add(userId: string, rawUrl: string): Promise<{ feed: TopicFeed; created: boolean }> {
    const url = normaliseUrl(rawUrl);
    const existing = (await this.deps.repository.list(userId)).find((f) => f.url === url);
    if (existing) return { feed: present(existing), created: false };
    if ((await this.deps.repository.count(userId)) >= MAX_FEEDS_PER_USER)
      throw new RecommendationsError('TOO_MANY_FEEDS');
    let result: Awaited<ReturnType<typeof fetchFeed>>;
    try {
      result = await fetchFeed(this.deps.fetch, url);
    } catch (error) {
      const message = error instanceof FeedFetchError ? error.message : 'the feed could not be read';
      throw new RecommendationsError(
        'INVALID_FEED',
        `That address is not a feed Brandwright can read: ${message}.`,
        {
          fields: [{ path: 'url', message: capitalise(message) }],
        },
      );
    }
    if (result.kind !== 'feed') throw new Error('an unconditional request cannot answer 304');
    const { row, created } = await this.deps.repository.insert(
      userId,
      url,
      result.feed.title || new URL(url).host,
    );
    await this.store(row, result);
    const saved = (await this.deps.repository.list(userId)).find((f) => f.id === row.id);
    return { feed: present(saved ?? { ...row, itemCount: 0 }), created };
  }

  async remove(userId: string, id: string): Promise<void> {
    if (!(await this.deps.repository.delete(userId, id))) throw new RecommendationsError('FEED_NOT_FOUND');
    await this.deps.changed?.(userId);
  }

  /** The job's work: fetch one feed again. A failure is recorded on the feed, not thrown. */
  async refresh(userId: string, feedId: string): Promise<void> {
    const feed = await this.deps.repository.find(userId, feedId);
    if (!feed) return; // Removed since the job was queued.
    try {
      await this.store(feed, await fetchFeed(this.deps.fetch, feed.url, feed));
    } catch (error) {
      if (!(error instanceof FeedFetchError)) throw error;
      await this.deps.repository.recordFetch(userId, feedId, { at: this.deps.clock(), error: error.message });
    }
  }

  private async store(feed: FeedRow, result: Awaited<ReturnType<typeof fetchFeed>>): Promise<void> {
    const at = this.deps.clock();
    if (result.kind === 'not_modified') {
      await this.deps.repository.recordFetch(feed.userId, feed.id, { at, error: null });
      return;
    }
    await this.deps.repository.insertItems(feed.userId, feed.id, result.feed.items);
    await this.deps.space.embedFeedItems(feed.userId);
    await this.deps.repository.recordFetch(feed.userId, feed.id, {
      at,
      error: null,
      etag: result.etag,
      lastModified: result.lastModified,
      ...(result.feed.title ? { title: result.feed.title } : {}),
    });
    await this.deps.changed?.(feed.userId);
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
