// Feeds through the real app, against a local server that plays a public host (the address policy
// is the real one except that 127.0.0.1 counts as public, the same knob the guarded-fetch tests
// use): RSS 2.0 and Atom are added, a page that is not a feed and a private address are refused at
// add time with the field named, items are de-duplicated across feeds and re-fetches, the fetch job
// uses conditional requests and records failures, relevant items come back as trending topics, and
// another user never sees or removes someone else's feed.
import type { TopicFeed, TopicRecommendation } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import {
  DAY,
  type FeedServer,
  feedServer,
  loopbackAsPublic,
  resolveHost,
  strategist,
  topics,
} from './test/fixtures.js';

const NOW = new Date();
const recent = (days: number) => new Date(NOW.getTime() - days * DAY);

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Finance Data Weekly</title>
<link>https://feeds.test/</link><description>News</description>
<item><title>Real-time analytics for finance teams</title><link>https://feeds.test/a/realtime</link>
<guid>realtime-1</guid><pubDate>${recent(2).toUTCString()}</pubDate>
<description>&lt;p&gt;How finance teams use real-time analytics and data platforms.&lt;/p&gt;</description></item>
<item><title>Hiring data talent when budgets are tight</title><link>https://feeds.test/a/hiring</link>
<guid isPermaLink="true">https://feeds.test/a/hiring</guid>
<pubDate>${recent(3).toUTCString()}</pubDate><description>Team building for data teams.</description></item>
<item><title>A sourdough starter in five days</title><link>https://feeds.test/a/bread</link>
<pubDate>${recent(1).toUTCString()}</pubDate><description>Flour, water and patience.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>CFO Notes</title><id>urn:cfo-notes</id><updated>${recent(1).toISOString()}</updated>
<entry><title>Hiring data talent when budgets are tight</title><id>https://feeds.test/a/hiring</id>
<link href="https://feeds.test/a/hiring"/><updated>${recent(3).toISOString()}</updated>
<summary>The same story, syndicated.</summary></entry>
<entry><title>Closing the month in two days with a modern data platform</title><id>urn:cfo:close</id>
<link href="https://feeds.test/a/close"/><published>${recent(4).toISOString()}</published>
<summary>Month-end close, spreadsheets nobody trusts, and real-time reporting.</summary></entry>
</feed>`;

let t: TestApp;
let host: FeedServer;
const url = (path: string) => `http://feeds.test:${host.port}${path}`;
beforeAll(async () => {
  host = await feedServer({
    '/rss.xml': { type: 'application/rss+xml', body: RSS },
    '/atom.xml': { type: 'application/atom+xml', body: ATOM },
    '/page.html': { type: 'text/html', body: '<!doctype html><html><body><h1>Hello</h1></body></html>' },
  });
  t = await createTestApp({}, undefined, { clock: () => NOW, resolveHost, judgeAddress: loopbackAsPublic });
});
afterAll(async () => {
  await t.close();
  await host.close();
});

const addFeed = (token: string, feedUrl: string) =>
  call(t, token, { method: 'POST', url: '/api/v1/recommendations/feeds', payload: { url: feedUrl } });
const listFeeds = async (token: string) =>
  (await call(t, token, { method: 'GET', url: '/api/v1/recommendations/feeds' })).json().feeds as TopicFeed[];

describe('feeds', () => {
  it('adds RSS 2.0 and Atom feeds, de-duplicating the story both carry; a retried add is the same feed', async () => {
    const { user } = await strategist(t);
    const rss = await addFeed(user.accessToken, url('/rss.xml'));
    expect(rss.statusCode, rss.body).toBe(201);
    expect(rss.json()).toMatchObject({ title: 'Finance Data Weekly', itemCount: 3, lastError: null });
    const atom = await addFeed(user.accessToken, url('/atom.xml'));
    expect(atom.statusCode, atom.body).toBe(201);
    // The hiring story is in both (the RSS guid is the Atom id): stored once, under the first feed.
    expect(atom.json()).toMatchObject({ title: 'CFO Notes', itemCount: 1 });
    const retry = await addFeed(user.accessToken, url('/rss.xml'));
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(rss.json().id);
    expect((await listFeeds(user.accessToken)).map((f) => f.title)).toEqual([
      'Finance Data Weekly',
      'CFO Notes',
    ]);
  });

  it('refuses a page that is not a feed, a private address and a missing page, naming url', async () => {
    const user = await registerUser(t);
    for (const [target, message] of [
      [url('/page.html'), /not an RSS or Atom feed/],
      [`http://internal.example:${host.port}/rss.xml`, /private or internal network/],
      [url('/missing.xml'), /HTTP 404/],
    ] as const) {
      const res = await addFeed(user.accessToken, target);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        code: 'INVALID_FEED',
        errors: [{ path: 'url', message: expect.stringMatching(message) }],
      });
    }
    const notUrl = await addFeed(user.accessToken, 'feeds dot test');
    expect(notUrl.statusCode).toBe(400);
    expect(notUrl.json().errors[0].path).toBe('url');
    expect(await listFeeds(user.accessToken)).toEqual([]);
  });

  it('the fetch job re-fetches conditionally, adds nothing twice and records a failure', async () => {
    const { user } = await strategist(t);
    const feed = (await addFeed(user.accessToken, url('/rss.xml'))).json() as TopicFeed;
    const module = t.services.recommendations;
    const before = host.hits.length;
    await module.fetchJob.handler(
      { userId: user.user.id, feedId: feed.id },
      { jobId: 'j', attempt: 1, signal: new AbortController().signal },
    );
    await module.fetchJob.handler(
      { userId: user.user.id, feedId: feed.id },
      { jobId: 'j', attempt: 2, signal: new AbortController().signal },
    );
    expect(host.hits.slice(before)).toEqual(['GET /rss.xml (if-none-match)', 'GET /rss.xml (if-none-match)']);
    const [after] = await listFeeds(user.accessToken);
    expect(after).toMatchObject({ itemCount: 3, lastError: null });
    await host.close();
    try {
      await module.feeds.refresh(user.user.id, feed.id);
      const [failed] = await listFeeds(user.accessToken);
      expect(failed?.lastError).toMatch(/could not be reached/);
      expect(failed?.itemCount).toBe(3);
    } finally {
      await new Promise<void>((done) => host.server.listen(host.port, '127.0.0.1', done));
    }
  });

  it('the sweep queues exactly the feeds not fetched for three hours', async () => {
    const { user } = await strategist(t);
    const feed = (await addFeed(user.accessToken, url('/atom.xml'))).json() as TopicFeed;
    expect(feed.lastFetchedAt).toBe(NOW.toISOString());
    // Every feed in this file was fetched at NOW: none is due.
    expect(await t.services.recommendations.sweepFeeds()).toBe(0);
    await t.database.db.execute(
      sql`update recommendation_feeds set last_fetched_at = ${new Date(NOW.getTime() - 4 * 3_600_000).toISOString()} where id = ${feed.id}`,
    );
    expect(await t.services.recommendations.sweepFeeds()).toBe(1);
  });

  it('relevant feed items become trending topics; the unrelated one does not', async () => {
    const { user } = await strategist(t);
    await addFeed(user.accessToken, url('/rss.xml'));
    await addFeed(user.accessToken, url('/atom.xml'));
    const res = await topics(t, user.accessToken);
    expect(res.statusCode, res.body).toBe(200);
    const trending = (res.json() as TopicRecommendation[]).filter((r) => r.type === 'trending');
    const titles = trending.map((r) => r.topic);
    expect(titles).toContain('Real-time analytics for finance teams');
    expect(titles, JSON.stringify(trending)).not.toContain('A sourdough starter in five days');
    expect(trending.find((r) => r.topic.startsWith('Real-time'))?.reason).toMatch(
      /In your feed "Finance Data Weekly" on \d{4}-\d\d-\d\d, and close to your pillar ".+" \(similarity 0\.\d\d\)/,
    );
  });

  it('another user neither sees nor removes a feed, nor gets its items', async () => {
    const { user } = await strategist(t);
    const feed = (await addFeed(user.accessToken, url('/rss.xml'))).json() as TopicFeed;
    const { user: other } = await strategist(t);
    expect(await listFeeds(other.accessToken)).toEqual([]);
    const del = await call(t, other.accessToken, {
      method: 'DELETE',
      url: `/api/v1/recommendations/feeds/${feed.id}`,
    });
    expect(del.statusCode).toBe(404);
    const theirs = (await topics(t, other.accessToken)).json() as TopicRecommendation[];
    expect(theirs.map((r) => r.topic)).not.toContain('Real-time analytics for finance teams');
    const own = await call(t, user.accessToken, {
      method: 'DELETE',
      url: `/api/v1/recommendations/feeds/${feed.id}`,
    });
    expect(own.statusCode).toBe(204);
    expect(await listFeeds(user.accessToken)).toEqual([]);
  });
});
