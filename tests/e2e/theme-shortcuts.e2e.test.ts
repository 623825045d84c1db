// Dark mode and keyboard shortcuts. Dark: a dark system gets the dark theme before any app code runs
// (the app's scripts are blocked and <html data-theme> is still "dark"), every main page is dark
// (screenshots in test-results/e2e/dark-*.png), the editor and the analytics pages too, with chart
// axis words drawn light on the dark card, and the choice in Settings or the header
// overrides the system and survives a reload. Shortcuts: `?` opens the sheet, `n` a new draft, `/` the search,
// `g c` the calendar, Ctrl+S saves in the editor and Ctrl+Enter opens scheduling; a letter typed
// in a field stays in the field.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { importHistory, lastMonth } from './support/analytics.js';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import { expectHome, expectPath, newTestUser, openSettings, register } from './support/steps.js';

const app = useE2eApp();

const PAGES = ['Home', 'Brand', 'Voice', 'Content', 'Calendar', 'Schedule', 'Platforms', 'Settings'];

/** Relative luminance (0 black … 1 white) of an element's computed background (or other) colour. */
function colourLuminance(
  page: Page,
  selector: string,
  property: 'backgroundColor' | 'fill' = 'backgroundColor',
): Promise<number> {
  return page.evaluate(
    ([css, prop]) => {
      const element = document.querySelector(css);
      if (!element) throw new Error(`no ${css}`);
      // Let the browser turn oklch() into sRGB by painting one pixel.
      const canvas = document.createElement('canvas');
      canvas.width = 1;
      canvas.height = 1;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.fillStyle = getComputedStyle(element)[prop];
      context.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data;
      const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    },
    [selector, property] as const,
  );
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

/** A saved piece in the editor, then a month of history on the dashboard, insights and a report. */
async function darkEditorAndAnalytics(page: Page): Promise<void> {
  await page.goto(`${app.baseUrl()}/content/new`);
  const form = page.getByRole('region', { name: 'Or write it yourself' });
  await form
    .getByLabel('Post', { exact: true })
    .fill('Dark mode, checked by eye: every word still readable.');
  await form.getByLabel('Post', { exact: true }).press('Control+s');
  await page.getByRole('heading', { name: 'Version history' }).waitFor();
  // Scores and the version list load after the heading; the screenshot is for looking at.
  await page.waitForLoadState('networkidle');
  await saveScreenshot(page, 'dark-editor');

  await page.goto(`${app.baseUrl()}/analytics/import`);
  const month = lastMonth();
  await importHistory(page, month);
  const pages = [
    ['/', 'dark-analytics-home'],
    ['/analytics/insights', 'dark-analytics-insights'],
    [`/analytics/reports/${month}`, 'dark-analytics-report'],
  ] as const;
  for (const [path, shot] of pages) {
    await page.goto(`${app.baseUrl()}${path}`);
    await page.locator('main h1').first().waitFor();
    await page.locator('.recharts-cartesian-axis-tick-value').first().waitFor();
    await page.waitForLoadState('networkidle');
    // Recharts' own grey ticks (#666) were 3.1:1 on the dark card; the theme's are light.
    expect(await colourLuminance(page, '.recharts-cartesian-axis-tick-value', 'fill'), path).toBeGreaterThan(
      0.4,
    );
    await saveScreenshot(page, shot);
  }
}

describe('dark mode', () => {
  test('is set before the app runs when the system is dark', async ({ task }) => {
    const { page } = await app.openPage(task.name);
    await page.emulateMedia({ colorScheme: 'dark' });
    // Without the app's own code, only /theme.js (the pre-paint script) can set the attribute.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${app.baseUrl()}/login`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0);
    expect(await theme(page)).toBe('dark');
    expect(await colourLuminance(page, 'html')).toBeLessThan(0.05);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload({ waitUntil: 'load' });
    expect(await theme(page)).toBe('light');
    expect(await colourLuminance(page, 'html')).toBeGreaterThan(0.8);
  });

  test('darkens every main page, and a choice overrides the system', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.emulateMedia({ colorScheme: 'dark' });
    const user = newTestUser();
    await page.goto(`${app.baseUrl()}/login`);
    await register(page, user);
    await expectHome(page, user);
    for (const name of PAGES) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
      await page.locator('main h1').first().waitFor();
      expect(await colourLuminance(page, 'header')).toBeLessThan(0.05);
      await saveScreenshot(page, `dark-${name}`);
    }
    await darkEditorAndAnalytics(page);
    await openSettings(page);
    await page.getByRole('group', { name: 'Theme' }).getByLabel('Light').check();
    expect(await theme(page)).toBe('light');
    await page.reload();
    await page.getByRole('heading', { name: 'Appearance' }).waitFor();
    expect(await theme(page)).toBe('light');
    expect(await colourLuminance(page, 'header')).toBeGreaterThan(0.8);
    // The header's toggle steps Light → Dark.
    await page.getByRole('button', { name: /^Theme: Light/ }).click();
    expect(await theme(page)).toBe('dark');
    expect(await page.getByRole('group', { name: 'Theme' }).getByLabel('Dark').isChecked()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe('keyboard shortcuts', () => {
  test('open the sheet, a new draft, the search and the calendar; never while typing', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const user = newTestUser();
    await page.goto(`${app.baseUrl()}/login`);
    await register(page, user);
    await expectHome(page, user);

    await page.keyboard.press('Shift+?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.getByText('New draft').waitFor();
    await saveScreenshot(page, 'shortcuts-sheet');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    await page.keyboard.press('n');
    await expectPath(page, '/content/new');

    // `/` from a page without a search box opens the content list with its search focused.
    await page.locator('main').focus();
    await page.keyboard.press('/');
    await expectPath(page, '/content');
    const search = page.getByRole('searchbox', { name: 'Search your content' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('n');
    expect(await search.inputValue()).toBe('n');
    await page.keyboard.press('g');
    await page.keyboard.press('c');
    expect(new URL(page.url()).pathname).toBe('/content');

    await page.locator('main').focus();
    await page.keyboard.press('g');
    await page.keyboard.press('c');
    await expectPath(page, '/calendar');
    expect(pageErrors).toEqual([]);
  });

  test('Ctrl+S saves in the editor and Ctrl+Enter opens scheduling', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const user = newTestUser();
    await page.goto(`${app.baseUrl()}/login`);
    await register(page, user);
    await expectHome(page, user);
    await page.keyboard.press('n');
    await expectPath(page, '/content/new');
    const form = page.getByRole('region', { name: 'Or write it yourself' });
    const post = form.getByLabel('Post', { exact: true });
    await post.fill('Saved from the keyboard, never lost.');
    await post.press('Control+s');
    await page.getByRole('heading', { name: 'Version history' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/content\/[0-9a-f-]{36}$/);
    await page.getByLabel('Post', { exact: true }).press('Control+Enter');
    await page.getByRole('dialog').first().waitFor();
    expect(pageErrors).toEqual([]);
  });
});
