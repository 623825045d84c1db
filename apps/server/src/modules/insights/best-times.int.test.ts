// GET /analytics/best-times and /analytics/benchmark through the real app: the grid in the caller's
// zone with source labels, a bad platform answered as problem+json naming the field, another user's
// posts never counted; the benchmark's 19 vs 20 peers, non-opted-in users left out, a clear answer
// for a caller who has not opted in, and no individual figure in any response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { analyticsGet, NOW, seedPost } from '../../test/tracked-posts.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

async function member(profile: { industry?: string | null; benchmarkOptIn?: boolean; timezone?: string }) {
  const user = await registerUser(t);
  const res = await call(t, user.accessToken, { method: 'PATCH', url: '/api/v1/users/me', payload: profile });
  if (res.statusCode !== 200) throw new Error(res.body);
  return user;
}

/** `count` LinkedIn posts in February 2027 with the given rate (engagements per 1,000 impressions). */
async function seedMonth(userId: string, count: number, perThousand: number) {
  for (let k = 0; k < count; k++) {
    const day = String(1 + k).padStart(2, '0');
    await seedPost(t, userId, {
      platform: 'linkedin',
      publishedAt: `2027-02-${day}T09:00:00Z`,
      latest: { impressions: 1000, likes: perThousand },
    });
  }
}

describe('GET /analytics/best-times', () => {
  it('answers the grid in the caller zone, labelled, and never counts another user’s posts', async () => {
    const user = await member({ timezone: 'Asia/Tokyo' });
    const other = await member({});
    await seedPost(t, user.user.id, {
      platform: 'linkedin',
      publishedAt: '2027-03-01T23:30:00Z',
      latest: { impressions: 500, likes: 20 },
    });
    for (let k = 0; k < 5; k++)
      await seedPost(t, other.user.id, {
        platform: 'linkedin',
        publishedAt: `2027-03-0${k + 1}T10:00:00Z`,
        latest: { impressions: 500, likes: 5 },
      });

    const res = await analyticsGet(t, user.accessToken, '/analytics/best-times?platform=linkedin');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.timezone).toBe('Asia/Tokyo');
    const [linkedin] = body.platforms;
    expect(linkedin).toMatchObject({ platform: 'linkedin', source: 'blended', posts: 1, confidence: 'low' });
    expect(linkedin.cells).toHaveLength(56);
    const filled = linkedin.cells.filter((c: { n: number }) => c.n > 0);
    expect(filled).toEqual([expect.objectContaining({ weekday: 'Tuesday', label: '06:00–09:00', n: 1 })]);
    expect(linkedin.topSlots).toHaveLength(3);

    const all = (await analyticsGet(t, user.accessToken, '/analytics/best-times')).json();
    expect(all.platforms.map((p: { platform: string }) => p.platform)).toEqual([
      'linkedin',
      'x',
      'bluesky',
      'mastodon',
    ]);
    expect(all.platforms[1]).toMatchObject({ source: 'platform_default', posts: 0, ownWeight: 0 });

    const fresh = (
      await analyticsGet(t, (await member({})).accessToken, '/analytics/best-times?platform=linkedin')
    ).json();
    expect(fresh.platforms[0]).toMatchObject({ source: 'platform_default', posts: 0 });
  });

  it('answers a bad platform with problem+json naming the field', async () => {
    const user = await member({});
    const res = await analyticsGet(t, user.accessToken, '/analytics/best-times?platform=medium');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.json().errors)).toContain('platform');
  });
});

describe('GET /analytics/benchmark', () => {
  const industry = 'Quantum Accounting';
  let caller: Awaited<ReturnType<typeof member>>;
  beforeAll(async () => {
    caller = await member({ industry, benchmarkOptIn: true });
    await seedMonth(caller.user.id, 12, 50);
    // 18 opted-in peers with 10+ posts (case and spaces differ: same industry), rates 10…95 per 1,000.
    for (let k = 0; k < 18; k++) {
      const peer = await member({
        industry: k % 2 ? `  ${industry.toUpperCase()} ` : industry,
        benchmarkOptIn: true,
      });
      await seedMonth(peer.user.id, 10, 10 + 5 * k);
    }
    // Never counted: not opted in, another industry, too few posts.
    const outsider = await member({ industry, benchmarkOptIn: false });
    await seedMonth(outsider.user.id, 12, 1);
    const elsewhere = await member({ industry: 'Florist', benchmarkOptIn: true });
    await seedMonth(elsewhere.user.id, 12, 1);
    const sparse = await member({ industry, benchmarkOptIn: true });
    await seedMonth(sparse.user.id, 9, 1);
  });

  it('says "not enough peers yet" with 19 qualifying members and shows the percentile at 20', async () => {
    const at19 = await analyticsGet(t, caller.accessToken, '/analytics/benchmark?month=2027-02');
    expect(at19.statusCode).toBe(200);
    expect(at19.json()).toMatchObject({ available: false, reason: 'not enough peers yet', peers: 19 });

    const twentieth = await member({ industry, benchmarkOptIn: true });
    await seedMonth(twentieth.user.id, 10, 100);
    const at20 = await analyticsGet(t, caller.accessToken, '/analytics/benchmark?month=2027-02');
    const body = at20.json();
    // Peers' rates: 10, 15, … 95 (18) and 100; the caller's 50 is above 8 of the other 19 and ties one
    // (a tie counts half).
    expect(body).toMatchObject({
      available: true,
      peers: 20,
      posts: 12,
      percentile: Math.round((100 * 8.5) / 19),
    });
    expect(body.rate).toBeCloseTo(0.05, 10);
    // Only the caller's own figures: no other rate appears anywhere in the answer.
    expect(Object.keys(body).sort()).toEqual(
      ['available', 'denominator', 'industry', 'month', 'peers', 'percentile', 'posts', 'rate'].sort(),
    );
    const previous = await analyticsGet(t, caller.accessToken, '/analytics/benchmark');
    expect(previous.json()).toMatchObject({ month: '2027-02', available: true });
  });

  it('gives a clear answer to a user who has not opted in, and to one with too few posts', async () => {
    const outsider = await member({ industry, benchmarkOptIn: false });
    await seedMonth(outsider.user.id, 12, 90);
    const res = (await analyticsGet(t, outsider.accessToken, '/analytics/benchmark?month=2027-02')).json();
    expect(res).toMatchObject({ available: false, reason: 'not opted in', peers: null });
    expect(res.message).toMatch(/settings/);

    const newcomer = await member({ industry, benchmarkOptIn: true });
    const few = (await analyticsGet(t, newcomer.accessToken, '/analytics/benchmark?month=2027-02')).json();
    expect(few).toMatchObject({ available: false, reason: 'not enough posts yet', minPosts: 10 });
  });

  it('answers a malformed month with problem+json naming the field', async () => {
    const res = await analyticsGet(t, caller.accessToken, '/analytics/benchmark?month=2027-13');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().errors)).toContain('month');
  });
});
