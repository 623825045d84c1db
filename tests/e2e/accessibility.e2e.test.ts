// End-to-end accessibility: axe (serious and critical findings) on every main page, seeded the way a
// user would fill them (a strategy, a connected sandbox platform, a published post, a calendar entry,
// a month of imported history for insights, the reports and a report); the calendar grid used with
// the keyboard only (one Tab stop, arrows, PageDown, Today, Enter to add an entry); and "Copy as a new draft" on a published piece landing on a new draft with its text.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { importHistory, lastMonth } from './support/analytics.js';
import { useE2eApp } from './support/app.js';
import { axeFindings, describeFindings } from './support/axe.js';
import { onboardQuickly } from './support/brand.js';
import { saveScreenshot } from './support/browser.js';
import { openCalendar, shownMonth } from './support/calendar.js';
import { postText } from './support/content.js';
import { connectBluesky, openPlatforms } from './support/platforms.js';
import { PUBLISH_TIMEOUT_MS, scheduleDialog, writePiece } from './support/publishing.js';
import { expectHome, expectPath, newTestUser, register } from './support/steps.js';

const app = useE2eApp();
const POST = 'Three questions to ask before you automate a finance process.';

/** Opens `path` once the page's level-1 heading is up, and expects no serious or critical findings. */
async function expectAccessible(page: Page, path: string, heading: string | RegExp): Promise<void> {
  if (new URL(page.url()).pathname !== path) await page.goto(`${app.baseUrl()}${path}`);
  await page.getByRole('heading', { name: heading, level: 1 }).first().waitFor();
  // Lazy panels (recommendations, charts) settle before axe looks.
  await page.waitForLoadState('networkidle');
  const findings = describeFindings(await axeFindings(page));
  expect(findings, path).toEqual([]);
}

/** Publishes `body` on Bluesky now, through the sandbox; returns the piece's path. */
async function publishNow(page: Page, body: string): Promise<string> {
  const path = await writePiece(page, { type: 'Post', platforms: ['Bluesky'], body });
  await page.getByRole('button', { name: 'Schedule…' }).click();
  const dialog = scheduleDialog(page);
  await dialog.getByLabel('Publish now').check();
  await dialog.getByRole('button', { name: 'Publish now' }).click();
  await dialog
    .getByRole('link', { name: 'Published: view the post' })
    .waitFor({ timeout: PUBLISH_TIMEOUT_MS });
  await dialog.getByRole('button', { name: 'Done' }).click();
  return path;
}

async function signUp(page: Page, handle: string): Promise<void> {
  const user = newTestUser();
  await page.goto(`${app.baseUrl()}/login`);
  await register(page, user);
  await expectHome(page, user);
  await openPlatforms(page);
  await connectBluesky(page, handle);
}

/** The element that has the focus, as role + accessible name the test can compare. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.getAttribute('role') ?? el?.tagName.toLowerCase()}:${el?.getAttribute('aria-label') ?? el?.textContent}`;
  });
}

async function focusedDay(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-day') ?? null);
}

describe('accessibility', () => {
  test('axe finds nothing serious or critical on any main page', async ({ task }) => {
    const { page } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/register`);
    await expectAccessible(page, '/register', 'Create your account');
    await expectAccessible(page, '/login', 'Sign in');
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    await expectAccessible(page, '/', `Welcome, ${user.firstName}`);
    // From home's "Start the questionnaire": Brand itself sends a user without a strategy to /onboarding,
    // so waiting there for the link raced home's own link being detached.
    await onboardQuickly(page);
    await expectAccessible(page, '/brand/assessment', 'Your brand assessment');
    await expectAccessible(page, '/brand/strategy', /strategy/i);
    await expectAccessible(page, '/onboarding', /./);
    await expectAccessible(page, '/voice', 'Voice');
    await openPlatforms(page);
    await connectBluesky(page, 'ada-axe.bsky.social');
    await expectAccessible(page, '/platforms', 'Platforms');
    const piece = await publishNow(page, POST);
    await expectAccessible(page, piece, /./);
    await expectAccessible(page, '/content', 'Content');
    await expectAccessible(page, '/content/new', /./);
    await expectAccessible(page, '/content/templates', /templates/i);
    await expectAccessible(page, '/calendar', 'Calendar');
    await expectAccessible(page, '/schedule', 'Schedule');
    await expectAccessible(page, '/schedule/settings', /./);
    await expectAccessible(page, '/analytics/platforms/bluesky', /./);
    await expectAccessible(page, '/analytics/best-times', /./);
    await expectAccessible(page, '/analytics/import', /./);
    // A month of imported history gives insights with evidence charts, a report with its chart, and
    // the home dashboard's charts to check.
    const month = lastMonth();
    await importHistory(page, month);
    await expectAccessible(page, '/analytics/insights', /^Insights/);
    await expectAccessible(page, '/analytics/reports', /^Monthly reports/);
    await expectAccessible(page, `/analytics/reports/${month}`, /^Monthly report:/);
    // With data home is the dashboard ("Hello, …"; the range may also miss last month: "Welcome, …").
    await expectAccessible(page, '/', new RegExp(`^(Hello|Welcome), ${user.firstName}`));
    await expectAccessible(page, '/settings', 'Settings');
    await page.close();
  });

  test('the calendar works with the keyboard only', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const user = newTestUser();
    await page.goto(`${app.baseUrl()}/login`);
    await register(page, user);
    await expectHome(page, user);
    await openCalendar(page);
    const thisMonth = await shownMonth(page);
    const grid = page.getByRole('grid', { name: thisMonth });
    expect(await grid.getByRole('columnheader').allTextContents()).toHaveLength(7);
    // One Tab stop: from the "Add entry" button before it, Tab lands on today, marked as the date.
    await page.getByRole('button', { name: 'Add entry' }).focus();
    await page.keyboard.press('Tab');
    const today = await page.evaluate(() => document.activeElement?.getAttribute('data-day') ?? '');
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('date');
    expect(await grid.locator('td[tabindex="0"]').count()).toBe(1);
    // Within the day, Tab reaches its own controls; the next Tab leaves the grid.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^button:.*Add an entry on /);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"]') ?? null)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedDay(page)).toBe(today);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const later = await focusedDay(page);
    expect(later).not.toBe(today);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
    await page.keyboard.press('PageDown');
    await expect.poll(() => shownMonth(page)).not.toBe(thisMonth);
    // The next month loads, then the same day of the month (clamped) takes the focus there.
    const nextMonth = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
    nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
    await expect
      .poll(async () => (await focusedDay(page))?.slice(0, 7))
      .toBe(nextMonth.toISOString().slice(0, 7));
    await saveScreenshot(page, 'page-calendar-keyboard');

    // Today brings back this month with today focused; Enter there adds an entry on it.
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 6 && !(await focused(page)).includes('Today'); i++)
      await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toContain('Today');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedDay(page)).toBe(today);
    expect(await shownMonth(page)).toBe(thisMonth);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New entry' });
    await dialog.waitFor();
    await dialog.getByLabel('Topic').fill('Why month-end close takes ten days');
    await dialog.getByRole('button', { name: 'Add entry' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await grid
      .locator(`td[data-day="${today}"]`)
      .getByRole('button', { name: 'Why month-end close takes ten days', exact: true })
      .waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('a published piece copies to a new draft with the same text', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await signUp(page, 'ada-copy.bsky.social');
    const piece = await publishNow(page, POST);
    await page.goto(`${app.baseUrl()}${piece}`);
    await page.getByText('This piece is live').waitFor();
    await page.getByRole('button', { name: 'Copy as a new draft' }).click();
    await expect.poll(() => new URL(page.url()).pathname).not.toBe(piece);
    expect(new URL(page.url()).pathname).toMatch(/^\/content\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Version history' }).waitFor();
    await expect.poll(() => postText(page)).toBe(POST);
    await expect.poll(() => page.getByText('This piece is live').count()).toBe(0);
    await page.goto(`${app.baseUrl()}/content`);
    await expectPath(page, '/content');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
