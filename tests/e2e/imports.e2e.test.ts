// End-to-end: the history import page in headless Chromium against the built server — reach it
// from the nav, upload a CSV with one bad row, watch it finish, read the refused row's line and reason.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import { expectHome, newTestUser, register } from './support/steps.js';

const app = useE2eApp();
let filesDir: string;

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'brandwright-e2e-imports-'));
});

afterAll(async () => {
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

const CSV = [
  'publishedAt;platform;text;likes',
  '2026-03-01T09:30:00+01:00;linkedin;"Small releases win, because\nthe feedback comes sooner";12',
  '2026-03-02T10:00:00Z;x;Ship on Fridays? Only with a rollback;-4',
  '2026-03-03T10:00:00Z;mastodon;Write the runbook before the incident;3',
].join('\n');

describe('history import', () => {
  test('upload a CSV, see progress end and the refused row', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    // Reached from the home page's "no analytics yet" (and from the dashboard once there is data).
    await page.getByRole('link', { name: 'Import past posts' }).click();
    await page.getByRole('heading', { name: 'Import your history', level: 1 }).waitFor();

    const file = join(filesDir, 'history.csv');
    await writeFile(file, CSV);
    await page.getByLabel('History file').setInputFiles(file);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('history.csv: Done').waitFor();
    const table = page.getByRole('table', { name: 'Rows not imported, and why' });
    // The first data row spans two file lines; the refused one is spreadsheet row 3.
    await table.getByRole('row', { name: /3 likes is negative/ }).waitFor();
    await saveScreenshot(page, 'page-analytics-import');
    expect(pageErrors).toEqual([]);
  });
});
