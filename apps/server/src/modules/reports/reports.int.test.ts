// The reports endpoints through the real app: the list of months, one month's report as JSON, PDF
// and CSV with its figures against the previous calendar month, a month without data that says so,
// malformed and future months as problem+json naming `month`, and another user's posts never shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { analyticsGet, NOW, seedPost, setZone } from '../../test/tracked-posts.js';
import { isPdf, pageCounts, pageTexts } from './test/pdf-read.js';

let t: TestApp;
let owner: Awaited<ReturnType<typeof registerUser>>;
let stranger: Awaited<ReturnType<typeof registerUser>>;

/** 30 LinkedIn posts and one Bluesky post in February 2027, 6 LinkedIn posts in January. */
async function seedHistory(userId: string) {
  for (let i = 0; i < 30; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const impressions = 600 + ((i * 137) % 900);
    await seedPost(t, userId, {
      platform: 'linkedin',
      publishedAt: `2027-02-${day}T15:00:00Z`,
      text:
        i % 3 === 0 ? `Owner note on hiring ${i}? Culture matters.` : `Owner note on product design ${i}.`,
      latest: { impressions, likes: 10 + (i % 7) * 4, comments: i % 4 },
    });
  }
  await seedPost(t, userId, {
    platform: 'bluesky',
    publishedAt: '2027-02-10T09:00:00Z',
    followersAtPost: 400,
    latest: { likes: 12, comments: 2, shares: 1 },
  });
  for (let i = 0; i < 6; i += 1)
    await seedPost(t, userId, {
      platform: 'linkedin',
      publishedAt: `2027-01-${String(5 + i * 4).padStart(2, '0')}T15:00:00Z`,
      latest: { impressions: 500, likes: 10, comments: 1 },
    });
}

beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
  owner = await registerUser(t);
  await setZone(t, owner.accessToken, 'Europe/Berlin');
  await seedHistory(owner.user.id);
  stranger = await registerUser(t);
});
afterAll(() => t.close());

function download(token: string, url: string) {
  return call(t, token, { method: 'GET', url: `/api/v1${url}` });
}

describe('GET /reports', () => {
  it('lists the months with posts with metrics, newest first, with links', async () => {
    const res = await analyticsGet(t, owner.accessToken, '/reports');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      timezone: 'Europe/Berlin',
      reports: [
        {
          month: '2027-02',
          postsWithMetrics: 31,
          complete: true,
          links: {
            self: '/api/v1/reports/2027-02',
            pdf: '/api/v1/reports/2027-02/pdf',
            csv: '/api/v1/reports/2027-02/csv',
          },
        },
        expect.objectContaining({ month: '2027-01', postsWithMetrics: 6 }),
      ],
    });
    const one = (await analyticsGet(t, owner.accessToken, '/reports?month=2027-01')).json();
    expect(one.reports.map((r: { month: string }) => r.month)).toEqual(['2027-01']);
    expect((await analyticsGet(t, owner.accessToken, '/reports?month=2026-12')).json().reports).toEqual([]);
  });

  it('refuses a malformed or future month, naming it', async () => {
    for (const url of [
      '/reports?month=2027-13',
      '/reports/2027-1',
      '/reports/march/pdf',
      '/reports/2027-00/csv',
    ]) {
      const res = await analyticsGet(t, owner.accessToken, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0].path, url).toContain('month');
    }
    for (const url of [
      '/reports?month=2027-04',
      '/reports/2027-04',
      '/reports/2030-01/pdf',
      '/reports/2027-04/csv',
    ]) {
      const res = await analyticsGet(t, owner.accessToken, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toMatchObject({ code: 'MONTH_IN_FUTURE', errors: [{ path: 'month' }] });
    }
  });

  it('needs a signed-in caller', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/reports/2027-02' });
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /reports/:month', () => {
  it('compares the month with the previous calendar month, per platform and by week', async () => {
    const res = await analyticsGet(t, owner.accessToken, '/reports/2027-02');
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      month: '2027-02',
      previousMonth: '2027-01',
      period: { from: '2027-02-01', to: '2027-02-28' },
      hasData: true,
      complete: true,
    });
    const { totals, engagementRates, platforms } = report.kpis;
    expect(totals.posts).toEqual({ current: 31, previous: 6, changePercent: 416.7 });
    expect(totals.impressions.previous).toBe(3000);
    expect(engagementRates.map((r: { denominator: string }) => r.denominator)).toEqual([
      'followers',
      'impressions',
    ]);
    expect(platforms.map((p: { platform: string }) => p.platform)).toEqual(['bluesky', 'linkedin']);
    expect(platforms[0].engagementRate.previous).toBeNull();
    expect(report.weeks.map((w: { from: string }) => w.from)).toEqual([
      '2027-02-01',
      '2027-02-08',
      '2027-02-15',
      '2027-02-22',
    ]);
    const weekly = report.weeks.reduce((sum: number, w: { engagements: number }) => sum + w.engagements, 0);
    expect(weekly).toBe(totals.engagements.current);
    expect(report.topPosts).toHaveLength(5);
    expect(report.insights.length).toBeGreaterThan(0);
    expect(report.actionItems.length).toBeGreaterThan(0);
    expect(report.note).toContain('31 posts with metrics');
  });

  it('says so when the month has no data, instead of zeros', async () => {
    const report = (await analyticsGet(t, owner.accessToken, '/reports/2026-11')).json();
    expect(report).toMatchObject({ hasData: false, kpis: null, weeks: [], topPosts: [] });
    expect(report.note).toContain('No posts with metrics');
    expect(report.insights[0].type).toBe('data');
  });

  it('marks the running month as incomplete', async () => {
    const report = (await analyticsGet(t, owner.accessToken, '/reports/2027-03')).json();
    expect(report).toMatchObject({ complete: false, hasData: false });
    expect(report.note).toContain('still running');
  });
});

describe('GET /reports/:month/pdf and /csv', () => {
  it('renders the report as a PDF: KPIs and charts on page one, insights and actions after', async () => {
    const res = await download(owner.accessToken, '/reports/2027-02/pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="brandwright-report-2027-02.pdf"');
    const bytes = res.rawPayload;
    expect(isPdf(bytes)).toBe(true);
    const pages = pageTexts(bytes);
    const counts = pageCounts(bytes);
    expect(counts.declared).toBe(counts.objects);
    expect(pages).toHaveLength(counts.objects);
    expect(counts.objects).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain('Monthly report: February 2027');
    expect(pages[0]).toContain('Key figures');
    expect(pages[0]).toContain('Engagements by week');
    expect(pages[0]).toContain('LinkedIn');
    const rest = pages.slice(1).join('\n');
    expect(rest).toContain('Insights');
    expect(rest).toContain('Action items');
    expect(rest).toContain('Owner note on');
  });

  it('is one page that says so for a month without data', async () => {
    const bytes = (await download(owner.accessToken, '/reports/2026-11/pdf')).rawPayload;
    expect(pageCounts(bytes)).toEqual({ objects: 1, declared: 1 });
    expect(pageTexts(bytes)[0]).toContain('No posts with metrics');
  });

  it('exports the month’s posts as CSV, one row per post', async () => {
    const res = await download(owner.accessToken, '/reports/2027-02/csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="brandwright-report-2027-02.csv"');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toMatch(/^published_date,published_at,platform/);
    const dates = lines.slice(1).map((line) => line.slice(0, 10));
    expect(dates).toHaveLength(31);
    expect(dates.every((d) => d.startsWith('2027-02-'))).toBe(true);
  });
});

describe('tenant isolation', () => {
  it('never shows another user’s posts in the list, the report, the PDF or the CSV', async () => {
    expect((await analyticsGet(t, stranger.accessToken, '/reports')).json().reports).toEqual([]);
    const report = (await analyticsGet(t, stranger.accessToken, '/reports/2027-02')).json();
    expect(report).toMatchObject({ hasData: false, kpis: null, topPosts: [] });
    expect(JSON.stringify(report)).not.toContain('Owner note');
    const pdf = (await download(stranger.accessToken, '/reports/2027-02/pdf')).rawPayload;
    expect(pageTexts(pdf).join('\n')).not.toContain('Owner note');
    const csv = (await download(stranger.accessToken, '/reports/2027-02/csv')).body.trim().split('\n');
    expect(csv).toHaveLength(1);
  });
});
