// Analytics data for the e2e tests: a month of past LinkedIn posts imported through the import page
// (CSV, as a user would), enough for insights with evidence and a monthly report with charts.
import type { Page } from 'playwright-core';

/** The month before the current one (UTC, the new user's zone), as YYYY-MM. */
export function lastMonth(now = new Date()): string {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return first.toISOString().slice(0, 7);
}

/** 24 LinkedIn posts spread over the month, a third of them questions, with varied metrics. */
export function historyCsv(month: string): string {
  const rows = Array.from({ length: 24 }, (_, i) => {
    const day = String(1 + i).padStart(2, '0');
    const impressions = 700 + ((i * 211) % 1300);
    const text =
      i % 3 === 0 ? `Is remote hiring overrated? Thoughts ${i}` : `Notes on shipping small releases ${i}`;
    return `${month}-${day}T10:00:00Z,linkedin,${text},${10 + ((i * 7) % 30)},${i % 5},${impressions}`;
  });
  return ['publishedAt,platform,text,likes,comments,impressions', ...rows].join('\n');
}

/** The import runs as a job in the server's worker, which may be busy with publishing and fetching. */
const IMPORT_TIMEOUT_MS = 90_000;

/** On the import page: uploads `month`'s history and waits until the import is done. */
export async function importHistory(page: Page, month: string): Promise<void> {
  await page.getByLabel('History file').setInputFiles({
    name: 'history.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(historyCsv(month)),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByText('history.csv: Done').waitFor({ timeout: IMPORT_TIMEOUT_MS });
}
