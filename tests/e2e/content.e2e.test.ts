// End-to-end: the content studio in headless Chromium against the built server — generate variants
// (streamed, with scores), accept one, edit it in the composer with live counters, save, compare the
// two versions and restore the first.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { onboardQuickly } from './support/brand.js';
import { saveScreenshot } from './support/browser.js';
import { expectHome, expectPath, newTestUser, register } from './support/steps.js';
import { openVoice, paragraphs, pasteSample } from './support/voice.js';

const app = useE2eApp();
const ADDED = 'What would you change first?';

async function openContent(page: Page): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Content' });
  await link.click();
  await page.getByRole('heading', { name: 'Content', level: 1 }).waitFor();
  expect(await link.getAttribute('aria-current')).toBe('page');
}

/** Generates three LinkedIn variants; each arrives with its three scores as labelled meters. */
async function generateVariants(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Generate in your voice' });
  await panel.getByLabel('Topic').fill('a faster month-end close');
  await panel.getByRole('button', { name: 'Generate' }).click();
  await panel.getByText('Done: 3 variants ready, saved as a draft.').waitFor({ timeout: 90_000 });
  for (const n of [1, 2, 3]) {
    const card = panel.getByRole('article', { name: new RegExp(`^Variant ${n}`) });
    for (const score of ['Voice match', 'Predicted engagement', 'Brand alignment']) {
      const value = Number(await card.getByRole('meter', { name: score }).getAttribute('value'));
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
  }
  await saveScreenshot(page, 'page-content-generate');
}

async function acceptFirst(page: Page): Promise<string> {
  const feedback = page.waitForResponse((r) => r.url().endsWith('/api/v1/content/generate/feedback'));
  await page.getByRole('button', { name: 'Accept variant 1' }).click();
  expect((await feedback).status()).toBe(201);
  await page.getByRole('heading', { name: 'Version history' }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/content\/[0-9a-f-]{36}$/);
  return page.getByLabel('Post', { exact: true }).inputValue();
}

/** Appends a line and targets X too: the composer counts for both platforms as the user types. */
async function editAndSave(page: Page, original: string): Promise<void> {
  await page.getByLabel('X', { exact: true }).check();
  await page.getByLabel('Post', { exact: true }).fill(`${original}\n\n${ADDED}`);
  const counters = page.getByRole('list', { name: 'Length per platform' });
  await counters.getByText(/^LinkedIn: \d+ \/ 3000/).waitFor();
  await counters.getByText(/^X: \d+ \/ 280/).waitFor();
  await saveScreenshot(page, 'page-content-editor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved as version 2.').waitFor();
}

async function compareAndRestore(page: Page, original: string): Promise<void> {
  const history = page.getByRole('region', { name: 'Version history' });
  const versions = history.getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem');
  await expect.poll(() => versions.count()).toBe(2);
  await history.getByRole('button', { name: 'Show changes' }).click();
  await history.getByRole('heading', { name: 'Changes from version 1 to version 2' }).waitFor();
  expect(await history.locator('ins').allTextContents()).toContainEqual(
    expect.stringContaining('change first'),
  );
  await saveScreenshot(page, 'page-content-diff');

  await history.getByRole('button', { name: 'Restore version 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore version 1?' });
  await dialog.getByRole('button', { name: 'Restore version 1' }).click();
  await expect.poll(() => versions.count()).toBe(3);
  await expect.poll(() => page.getByLabel('Post', { exact: true }).inputValue()).toBe(original);
}

describe('content', () => {
  test('generate, accept, edit with counters, save, diff and restore', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    await onboardQuickly(page);
    await openVoice(page);
    for (const text of paragraphs('bench/austen.txt').slice(0, 3)) await pasteSample(page, text);

    await openContent(page);
    await page.getByText('No content yet').waitFor();
    await page.getByRole('link', { name: 'Generate your first post' }).click();
    await expectPath(page, '/content/new');
    await generateVariants(page);
    const original = await acceptFirst(page);
    await editAndSave(page, original);
    await compareAndRestore(page, original);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
