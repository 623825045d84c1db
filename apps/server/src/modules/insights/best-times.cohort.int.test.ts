// The cohort prior through the real app: with 10 opted-in peers of the caller's industry whose posts
// do best on Saturday evenings, the caller's grid leans on the cohort's pooled curve (prior "cohort",
// source "blended") and Saturday evening tops it; with 9 such peers the platform default stays the
// prior. No peer figure appears in either answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { analyticsGet, NOW, seedPost } from '../../test/tracked-posts.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

const DAY = 86_400_000;

async function member(industry: string) {
  const user = await registerUser(t);
  const payload = { industry, benchmarkOptIn: true, timezone: 'UTC' };
  const res = await call(t, user.accessToken, { method: 'PATCH', url: '/api/v1/users/me', payload });
  if (res.statusCode !== 200) throw new Error(res.body);
  return user;
}

/** 15 Saturday-evening posts that do well and 10 Tuesday-morning ones that do not (UTC). */
async function seedPeer(userId: string) {
  const saturday = new Date('2027-03-13T21:30:00Z').getTime();
  const tuesday = new Date('2027-03-16T10:00:00Z').getTime();
  for (let k = 0; k < 15; k++)
    await seedPost(t, userId, {
      platform: 'linkedin',
      publishedAt: new Date(saturday - k * 7 * DAY).toISOString(),
      latest: { impressions: 1000, likes: 300 },
    });
  for (let k = 0; k < 10; k++)
    await seedPost(t, userId, {
      platform: 'linkedin',
      publishedAt: new Date(tuesday - k * 7 * DAY).toISOString(),
      latest: { impressions: 1000, likes: 3 },
    });
}

async function gridOf(industry: string, peers: number) {
  for (let i = 0; i < peers; i++) await seedPeer((await member(industry)).user.id);
  const caller = await member(industry);
  await seedPost(t, caller.user.id, {
    platform: 'linkedin',
    publishedAt: '2027-03-15T10:00:00Z',
    latest: { impressions: 1000, likes: 20 },
  });
  const res = await analyticsGet(t, caller.accessToken, '/analytics/best-times?platform=linkedin');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().platforms[0];
}

describe('best times: the cohort prior', () => {
  it('uses the pooled curve of 10 opted-in peers', { timeout: 120_000 }, async () => {
    const grid = await gridOf('Cohort prior ten', 10);
    expect(grid).toMatchObject({ prior: 'cohort', source: 'blended', posts: 1 });
    expect(grid.topSlots[0]).toMatchObject({ weekday: 'Saturday', label: '21:00–24:00' });
    // Cells carry the caller's own post counts only, never the peers'.
    expect(grid.cells.reduce((s: number, c: { n: number }) => s + c.n, 0)).toBe(1);
  });

  it('keeps the platform default with 9 peers', { timeout: 120_000 }, async () => {
    const grid = await gridOf('Cohort prior nine', 9);
    expect(grid).toMatchObject({ prior: 'platform_default', source: 'blended', posts: 1 });
    expect(grid.topSlots[0].weekday).not.toBe('Saturday');
  });
});
