// GET /content/:id/analytics and GET /analytics/export.csv through the real app: per-platform
// latest metrics, rates and time series of one piece; CSV rows per post and platform (read back with
// csv-parse); Medium without metrics; bad input; other users' content is 404 and their rows absent.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentApi, samplePost } from '../../test/content-api.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { analyticsGet, NOW, seedPost, seedSnapshots, setZone } from './test/analytics-read.fixtures.js';

let t: TestApp;
let content: ReturnType<typeof contentApi>;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
  content = contentApi(t);
});
afterAll(() => t.close());

async function pieceWithMetrics() {
  const user = await registerUser(t);
  const created = await content(user.accessToken, 'POST', '', {
    ...samplePost,
    platforms: ['linkedin', 'medium'],
  });
  expect(created.statusCode).toBe(201);
  const contentId: string = created.json().id;
  const linkedin = await seedPost(t, user.user.id, {
    platform: 'linkedin',
    publishedAt: '2027-03-02T10:00:00Z',
    contentId,
    latest: { impressions: 400, likes: 12, comments: 4, shares: 4 },
  });
  await seedSnapshots(t, user.user.id, linkedin, 'linkedin', [
    { at: '2027-03-03T10:00:00Z', metrics: { impressions: 300, likes: 10 } },
    { at: '2027-03-02T11:00:00Z', metrics: { impressions: 50, likes: 1 } },
    { at: '2027-03-09T10:00:00Z', metrics: { impressions: 400, likes: 12, comments: 4, shares: 4 } },
  ]);
  await seedPost(t, user.user.id, {
    platform: 'medium',
    publishedAt: '2027-03-02T10:05:00Z',
    contentId,
    latest: {},
  });
  return { user, contentId };
}

describe('GET /content/:id/analytics', () => {
  it('gives each platform its latest metrics, rate and time series in order', async () => {
    const { user, contentId } = await pieceWithMetrics();
    const res = await analyticsGet(t, user.accessToken, `/content/${contentId}/analytics`);
    expect(res.statusCode).toBe(200);
    const [linkedin, medium] = res.json().platforms;
    expect(linkedin).toMatchObject({
      platform: 'linkedin',
      metricsAvailable: true,
      latest: { impressions: 400, likes: 12, comments: 4, shares: 4 },
      engagements: 20,
      engagementRate: { value: 0.05, denominator: 'impressions' },
    });
    expect(linkedin.series.map((p: { observedAt: string }) => p.observedAt)).toEqual([
      '2027-03-02T11:00:00.000Z',
      '2027-03-03T10:00:00.000Z',
      '2027-03-09T10:00:00.000Z',
    ]);
    expect(linkedin.series[1].metrics).toEqual({ impressions: 300, likes: 10 });
    expect(medium).toMatchObject({
      platform: 'medium',
      metricsAvailable: false,
      latest: {},
      engagements: null,
      engagementRate: null,
      series: [],
    });
  });

  it('answers an own piece without tracked posts with no platforms', async () => {
    const user = await registerUser(t);
    const created = await content(user.accessToken, 'POST', '', samplePost);
    const res = await analyticsGet(t, user.accessToken, `/content/${created.json().id}/analytics`);
    expect(res.json()).toEqual({ contentId: created.json().id, platforms: [] });
  });

  it("is 404 for another user's piece and for an unknown id, 400 for a malformed one", async () => {
    const { contentId } = await pieceWithMetrics();
    const other = await registerUser(t);
    const theirs = await analyticsGet(t, other.accessToken, `/content/${contentId}/analytics`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.headers['content-type']).toContain('application/problem+json');
    expect(theirs.json().code).toBe('CONTENT_NOT_FOUND');
    const unknown = await analyticsGet(
      t,
      other.accessToken,
      '/content/00000000-0000-4000-8000-000000000000/analytics',
    );
    expect(unknown.statusCode).toBe(404);
    const bad = await analyticsGet(t, other.accessToken, '/content/abc/analytics');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('id');
  });
});

const readCsv = (body: string) => parse(body, { columns: true }) as Record<string, string>[];

describe('GET /analytics/export.csv', () => {
  it('streams one row per post and platform with every metric, empty where not reported', async () => {
    const { user, contentId } = await pieceWithMetrics();
    await setZone(t, user.accessToken, 'Europe/Paris');
    await seedPost(t, user.user.id, {
      platform: 'mastodon',
      publishedAt: '2027-03-04T23:30:00Z',
      text: 'Commas, "quotes"\nand a new line',
      latest: { likes: 3, comments: 1, shares: 1 },
      followersAtPost: 50,
    });
    const res = await analyticsGet(
      t,
      user.accessToken,
      '/analytics/export.csv?from=2027-03-01&to=2027-03-14',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="brandwright-analytics-2027-03-01-to-2027-03-14.csv"',
    );
    const rows = readCsv(res.body);
    expect(rows.map((r) => r.platform)).toEqual(['linkedin', 'medium', 'mastodon']);
    expect(rows[0]).toMatchObject({
      published_date: '2027-03-02',
      published_at: '2027-03-02T11:00:00+01:00',
      content_id: contentId,
      impressions: '400',
      reach: '',
      engagements: '20',
      engagement_rate: '0.05',
      rate_denominator: 'impressions',
    });
    expect(rows[1]).toMatchObject({
      metrics_available: 'no',
      likes: '',
      engagements: '',
      engagement_rate: '',
    });
    // 23:30 UTC is already the next day in Paris.
    expect(rows[2]).toMatchObject({ published_date: '2027-03-05', text: 'Commas, "quotes"\nand a new line' });
    expect(rows[2]).toMatchObject({
      engagement_rate: '0.1',
      rate_denominator: 'followers',
      followers_at_post: '50',
    });
  });

  it('has only the header for another user and names a bad field', async () => {
    await pieceWithMetrics();
    const other = await registerUser(t);
    const res = await analyticsGet(
      t,
      other.accessToken,
      '/analytics/export.csv?from=2027-03-01&to=2027-03-14',
    );
    expect(res.statusCode).toBe(200);
    expect(res.body.trim().split('\n')).toHaveLength(1);
    expect(res.body).toMatch(/^published_date,published_at,platform,/);
    const bad = await analyticsGet(t, other.accessToken, '/analytics/export.csv?from=2027-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('from');
  });

  it('pages through a long history without losing or repeating a row', async () => {
    const user = await registerUser(t);
    const at = Date.parse('2027-03-01T00:00:00Z');
    for (let i = 0; i < 1100; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          seedPost(t, user.user.id, {
            platform: 'x',
            // Threes share an instant (one spans the 500-row page end): the keyset orders by id too.
            publishedAt: new Date(at + Math.floor((i + j) / 3) * 60_000).toISOString(),
            text: `row ${i + j}`,
            latest: { impressions: i + j },
          }),
        ),
      );
    }
    const rows = readCsv(
      (await analyticsGet(t, user.accessToken, '/analytics/export.csv?from=2027-03-01&to=2027-03-02')).body,
    );
    expect(rows).toHaveLength(1100);
    expect(new Set(rows.map((r) => r.text)).size).toBe(1100);
  });
});
