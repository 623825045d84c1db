// GET /analytics/overview and /analytics/platforms/:platform through the real app: totals, rates per
// denominator, the previous period, followers gained, the user's zone and DST, Medium without
// metrics, bad ranges, the cache and its invalidation, and other users' data staying out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { trackedPosts } from './analytics.schema.js';
import { bumpAnalyticsVersion } from './cache-version.js';
import { analyticsGet, NOW, seedFollowers, seedPost, setZone } from './test/analytics-read.fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

const RANGE = '?from=2027-03-01&to=2027-03-14';

async function seededUser() {
  const user = await registerUser(t);
  const id = user.user.id;
  await seedPost(t, id, {
    platform: 'linkedin',
    publishedAt: '2027-03-02T10:00:00Z',
    latest: { impressions: 1000, reach: 800, likes: 30, comments: 5, shares: 5 },
  });
  await seedPost(t, id, {
    platform: 'x',
    publishedAt: '2027-03-05T10:00:00Z',
    latest: { impressions: 500, likes: 10, comments: 2, shares: 3, quotes: 1, bookmarks: 2, clicks: 2 },
  });
  await seedPost(t, id, {
    platform: 'mastodon',
    publishedAt: '2027-03-06T10:00:00Z',
    latest: { likes: 8, comments: 1, shares: 1 },
    followersAtPost: 200,
  });
  await seedPost(t, id, { platform: 'medium', publishedAt: '2027-03-07T10:00:00Z', latest: {} });
  await seedPost(t, id, {
    platform: 'linkedin',
    publishedAt: '2027-02-20T10:00:00Z',
    latest: { impressions: 500, likes: 20 },
  });
  await seedFollowers(t, id, 'mastodon', [
    ['2027-02-10T06:00:00Z', 150],
    ['2027-02-28T06:00:00Z', 180],
    ['2027-03-14T20:00:00Z', 230],
    ['2027-03-15T06:00:00Z', 300],
  ]);
  return user;
}

describe('GET /analytics/overview', () => {
  it('totals the period, compares it with the previous one and names each rate denominator', async () => {
    const user = await seededUser();
    const res = await analyticsGet(t, user.accessToken, `/analytics/overview${RANGE}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.range).toEqual({ from: '2027-03-01', to: '2027-03-14' });
    expect(body.previousRange).toEqual({ from: '2027-02-15', to: '2027-02-28' });
    expect(body.totals.impressions).toEqual({ current: 1500, previous: 500, changePercent: 200 });
    expect(body.totals.engagements).toEqual({ current: 70, previous: 20, changePercent: 250 });
    expect(body.totals.likes).toEqual({ current: 48, previous: 20, changePercent: 140 });
    expect(body.totals.posts).toEqual({ current: 4, previous: 1, changePercent: 300 });
    expect(body.totals.clicks).toEqual({ current: 2, previous: 0, changePercent: null });
    expect(body.totals.followersGained).toEqual({ current: 50, previous: 30, changePercent: 66.7 });
    expect(body.engagementRates).toEqual([
      {
        denominator: 'impressions',
        rate: {
          current: { value: 0.04, denominator: 'impressions' },
          previous: { value: 0.04, denominator: 'impressions' },
        },
      },
      {
        denominator: 'followers',
        rate: { current: { value: 0.05, denominator: 'followers' }, previous: null },
      },
    ]);
  });

  it('lists platforms, with Medium saying it has no metrics rather than zeros', async () => {
    const user = await seededUser();
    const body = (await analyticsGet(t, user.accessToken, `/analytics/overview${RANGE}`)).json();
    expect(body.platforms.map((p: { platform: string }) => p.platform)).toEqual([
      'linkedin',
      'mastodon',
      'medium',
      'x',
    ]);
    const medium = body.platforms.find((p: { platform: string }) => p.platform === 'medium');
    expect(medium).toEqual({
      platform: 'medium',
      metricsAvailable: false,
      posts: { current: 1, previous: 0, changePercent: null },
      totals: null,
      engagementRate: null,
      series: [],
    });
    const x = body.platforms.find((p: { platform: string }) => p.platform === 'x');
    expect(x.engagementRate.current).toEqual({ value: 0.04, denominator: 'impressions' });
    expect(x.totals.engagements.current).toBe(20);
  });

  it('has a point for every day and ranks the top posts by engagements', async () => {
    const user = await seededUser();
    const body = (await analyticsGet(t, user.accessToken, `/analytics/overview${RANGE}`)).json();
    expect(body.series).toHaveLength(14);
    expect(body.series[1]).toEqual({ date: '2027-03-02', impressions: 1000, engagements: 40, posts: 1 });
    expect(body.series[0]).toEqual({ date: '2027-03-01', impressions: 0, engagements: 0, posts: 0 });
    expect(body.topPosts.map((p: { platform: string }) => p.platform)).toEqual(['linkedin', 'x', 'mastodon']);
    expect(body.topPosts[2].engagementRate).toEqual({ value: 0.05, denominator: 'followers' });
  });

  it('defaults to the last 28 days ending today in the user zone', async () => {
    const user = await registerUser(t);
    const body = (await analyticsGet(t, user.accessToken, '/analytics/overview')).json();
    expect(body.range).toEqual({ from: '2027-02-21', to: '2027-03-20' });
    expect(body.totals.posts.current).toBe(0);
    expect(body.totals.followersGained).toBeNull();
    expect(body.engagementRates).toEqual([]);
  });

  it('cuts days at local midnight: 23:30 on the last day is in, across the DST change', async () => {
    const user = await registerUser(t);
    await setZone(t, user.accessToken, 'America/New_York');
    const id = user.user.id;
    const post = (publishedAt: string, likes: number) =>
      seedPost(t, id, { platform: 'x', publishedAt, latest: { impressions: 100, likes } });
    await post('2027-03-15T03:30:00Z', 1); // 23:30 on 14 March, New York (EDT since that morning)
    await post('2027-03-15T04:30:00Z', 10); // 00:30 on 15 March: outside
    await post('2027-03-01T05:30:00Z', 100); // 00:30 on 1 March (EST): inside
    await post('2027-03-01T04:30:00Z', 1000); // 23:30 on 28 February: the previous period
    const body = (await analyticsGet(t, user.accessToken, `/analytics/overview${RANGE}`)).json();
    expect(body.timezone).toBe('America/New_York');
    expect(body.totals.likes).toMatchObject({ current: 101, previous: 1000 });
    expect(body.series.at(-1)).toMatchObject({ date: '2027-03-14', posts: 1 });
    expect(body.series[0]).toMatchObject({ date: '2027-03-01', posts: 1 });
  });

  it.each([
    ['?from=2027-02-30&to=2027-03-14', 'from'],
    ['?from=yesterday', 'from'],
    ['?from=2027-03-14&to=2027-03-01', 'to'],
    ['?from=2026-01-01&to=2027-03-01', 'to'],
    ['?to=2027-3-1', 'to'],
    ['?since=2027-03-01', '(root)'],
  ])('answers %s with problem+json naming %s', async (query, field) => {
    const user = await registerUser(t);
    const res = await analyticsGet(t, user.accessToken, `/analytics/overview${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('serves the cached answer until the version is bumped', async () => {
    const user = await seededUser();
    const first = (await analyticsGet(t, user.accessToken, `/analytics/overview${RANGE}`)).json();
    // Written without a bump: the cached answer stands.
    await t.database.db.insert(trackedPosts).values({
      userId: user.user.id,
      platform: 'x',
      source: 'imported',
      textHash: 'cache-test',
      publishedAt: new Date('2027-03-10T10:00:00Z'),
      latest: { impressions: 500, likes: 5 },
    });
    const cached = (await analyticsGet(t, user.accessToken, `/analytics/overview${RANGE}`)).json();
    expect(cached).toEqual(first);
    await bumpAnalyticsVersion(t.kv, user.user.id);
    const fresh = (await analyticsGet(t, user.accessToken, `/analytics/overview${RANGE}`)).json();
    expect(fresh.totals.impressions.current).toBe(2000);
    expect(fresh.totals.posts.current).toBe(5);
  });

  it("shows nothing of another user's posts", async () => {
    await seededUser();
    const other = await registerUser(t);
    const body = (await analyticsGet(t, other.accessToken, `/analytics/overview${RANGE}`)).json();
    expect(body.totals.posts).toEqual({ current: 0, previous: 0, changePercent: null });
    expect(body.platforms).toEqual([]);
    expect(body.topPosts).toEqual([]);
  });
});

describe('GET /analytics/platforms/:platform', () => {
  it('gives one platform and its follower series', async () => {
    const user = await seededUser();
    const res = await analyticsGet(t, user.accessToken, `/analytics/platforms/mastodon${RANGE}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      platform: 'mastodon',
      metricsAvailable: true,
      range: { from: '2027-03-01' },
    });
    expect(body.totals.followersGained).toEqual({ current: 50, previous: 30, changePercent: 66.7 });
    expect(body.engagementRate.current).toEqual({ value: 0.05, denominator: 'followers' });
    expect(body.followers).toEqual([{ date: '2027-03-14', followers: 230 }]);
    expect(body.topPosts).toHaveLength(1);
  });

  it('says Medium has no metrics', async () => {
    const user = await seededUser();
    const body = (await analyticsGet(t, user.accessToken, `/analytics/platforms/medium${RANGE}`)).json();
    expect(body).toMatchObject({ platform: 'medium', metricsAvailable: false, totals: null, topPosts: [] });
    expect(body.posts.current).toBe(1);
  });

  it('refuses an unknown platform and keeps other users out', async () => {
    await seededUser();
    const other = await registerUser(t);
    const bad = await analyticsGet(t, other.accessToken, '/analytics/platforms/myspace');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('platform');
    const body = (await analyticsGet(t, other.accessToken, `/analytics/platforms/mastodon${RANGE}`)).json();
    expect(body.posts.current).toBe(0);
    expect(body.followers).toEqual([]);
    expect(body.totals.followersGained).toBeNull();
  });
});
