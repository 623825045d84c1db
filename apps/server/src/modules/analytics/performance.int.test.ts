// The performance history: only posts with a real rate, each with its denominator; the content's
// pillar and type joined in; a window and a platform filter; another user's posts never appear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentApi, samplePost } from '../../test/content-api.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { PerformanceRepository } from './performance.js';
import { NOW, seedPost } from './test/analytics-read.fixtures.js';

let t: TestApp;
let history: PerformanceRepository;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
  history = new PerformanceRepository(t.database.db);
});
afterAll(() => t.close());

describe('PerformanceRepository.records', () => {
  it('returns posts with a rate, oldest first, with the pillar of their content', async () => {
    const user = await registerUser(t);
    const created = await contentApi(t)(user.accessToken, 'POST', '', { ...samplePost, pillar: 'Hiring' });
    expect(created.statusCode).toBe(201);
    const contentId: string = created.json().id;
    await seedPost(t, user.user.id, {
      platform: 'linkedin',
      publishedAt: '2027-03-05T10:00:00Z',
      contentId,
      latest: { impressions: 200, likes: 8, comments: 2 },
    });
    await seedPost(t, user.user.id, {
      platform: 'bluesky',
      publishedAt: '2027-03-01T10:00:00Z',
      followersAtPost: 50,
      latest: { likes: 5 },
    });
    // No denominator (no followers known) and no metrics API: neither has a rate.
    await seedPost(t, user.user.id, {
      platform: 'mastodon',
      publishedAt: '2027-03-02T10:00:00Z',
      latest: { likes: 3 },
    });
    await seedPost(t, user.user.id, { platform: 'medium', publishedAt: '2027-03-03T10:00:00Z', latest: {} });

    const records = await history.records(user.user.id);
    expect(records.map((r) => r.platform)).toEqual(['bluesky', 'linkedin']);
    expect(records[0]).toMatchObject({
      denominator: 'followers',
      base: 50,
      engagements: 5,
      rate: 0.1,
      pillar: null,
    });
    expect(records[1]).toMatchObject({
      denominator: 'impressions',
      base: 200,
      engagements: 10,
      rate: 0.05,
      pillar: 'Hiring',
      contentType: 'post',
      contentId,
    });

    const window = await history.records(user.user.id, {
      from: new Date('2027-03-04T00:00:00Z'),
      to: new Date('2027-03-06T00:00:00Z'),
    });
    expect(window.map((r) => r.platform)).toEqual(['linkedin']);
    expect(await history.records(user.user.id, { platform: 'bluesky' })).toHaveLength(1);

    const other = await registerUser(t);
    expect(await history.records(other.user.id)).toEqual([]);
  });
});
