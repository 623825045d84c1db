// End-to-end: insights and a monthly report in headless Chromium against the built server — import
// a history of LinkedIn posts for last month, open the insights page from the nav (cards with their
// evidence and "Why we think so"), then the month's report from the reports list, and download its
// PDF (content type and size checked on the response the browser received).
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importHistory, lastMonth } from './support/analytics.js';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import { expectHome, newTestUser, openNav, register } from './support/steps.js';

const app = useE2eApp();
let filesDir: string;

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'brandwright-e2e-reports-'));
});

afterAll(async () => {
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

describe('insights and reports', () => {
  test('read the insights, open the month’s report and download its PDF', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    const month = lastMonth();
    await page.getByRole('link', { name: 'Import past posts' }).click();
    await importHistory(page, month);

    // Headings start with the nav item's name: "Insights, 1 Nov – 30 Nov", "Monthly reports".
    await openNav(page, 'Insights');
    const why = page.getByText('Why we think so').first();
    await why.click();
    await page
      .getByText(/This rests on \d+ posts/)
      .first()
      .waitFor();
    await saveScreenshot(page, 'page-analytics-insights');

    // Reports sit under Insights in the nav (the item stays current there).
    await page.getByRole('main').getByRole('link', { name: 'All reports' }).click();
    await page.getByRole('heading', { name: /^Monthly reports/, level: 1 }).waitFor();
    const label = new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    await page.getByRole('main').getByRole('link', { name: label }).click();
    await page.getByRole('heading', { name: /^Monthly report:/, level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Key figures' }).waitFor();
    await saveScreenshot(page, 'page-analytics-report');

    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/v1/reports/${month}/pdf`)),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(download.suggestedFilename()).toBe(`brandwright-report-${month}.pdf`);
    const saved = join(filesDir, 'report.pdf');
    await download.saveAs(saved);
    expect((await stat(saved)).size).toBeGreaterThan(2000);
    expect(pageErrors).toEqual([]);
  });
});
