// End-to-end: the content studio's generate panel in headless Chromium against the built server —
// from the empty content list, generate variants (streamed, each with its scores), accept one and
// land on the stored draft. Editing, comparing and restoring versions are part of the plan-to-post
// flow (plan-to-post.e2e.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { onboardQuickly } from './support/brand.js';
import { saveScreenshot } from './support/browser.js';
import { openContent, postText, variantCardText, versionRows } from './support/content.js';
import { writePiece } from './support/publishing.js';
import { expectHome, expectPath, newTestUser, register } from './support/steps.js';

const app = useE2eApp();

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

/** Accepts variant 2: the draft's text becomes it, and the draft's page opens with its history. */
async function acceptSecond(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Generate in your voice' });
  const text = await variantCardText(panel.getByRole('article', { name: /^Variant 2/ }));
  const decided = page.waitForResponse((r) => /\/api\/v1\/content\/[0-9a-f-]{36}\/feedback$/.test(r.url()));
  await page.getByRole('button', { name: 'Accept variant 2' }).click();
  expect((await decided).status()).toBe(201);
  await page.getByRole('heading', { name: 'Version history' }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/content\/[0-9a-f-]{36}$/);
  expect(await postText(page)).toBe(text);
  // The draft's page marks the variant that was accepted.
  await page
    .getByRole('region', { name: 'Generated variants' })
    .getByRole('article', { name: /^Variant 2\b.*\(accepted\)$/ })
    .getByText(/^✓ Accepted/)
    .waitFor();
  // Generated as variant 1, then the choice of variant 2: two versions.
  await expect.poll(() => versionRows(page).count()).toBe(2);
}

/** Typing saves by itself, survives a reload, and a second tab's stale edit is a conflict that loses nothing. */
async function autosaveAcrossTabs(page: Page, other: Page, path: string): Promise<void> {
  const post = page.getByLabel('Post', { exact: true });
  await post.fill('First thought, saved without a click.');
  await page.getByText('All changes saved').waitFor();
  await page.reload();
  await expect.poll(() => postText(page)).toBe('First thought, saved without a click.');

  await other.goto(`${app.baseUrl()}${path}`);
  await expect.poll(() => postText(other)).toBe('First thought, saved without a click.');
  await post.fill('Tab one moves on.');
  await page.getByText('All changes saved').waitFor();
  // The second tab still holds the older version: its autosave is refused as stale, and says so.
  await other.getByLabel('Post', { exact: true }).fill('Tab two has its own idea.');
  const conflict = other.getByRole('alert').filter({ hasText: 'Someone saved a newer version' });
  await conflict.waitFor();
  await saveScreenshot(other, 'page-content-conflict');
  await conflict.getByRole('button', { name: 'Keep my text' }).click();
  await other.getByText('All changes saved').waitFor();
  await page.reload();
  await expect.poll(() => postText(page)).toBe('Tab two has its own idea.');
  // Tab one's text is not lost: it is the version before.
  const history = page.getByRole('list', { name: 'Versions, newest first' });
  await expect.poll(() => history.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
}

describe('content', () => {
  test('generate from the empty list, streamed with scores, and accept a variant', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    await onboardQuickly(page);

    await openContent(page);
    await page.getByText('No content yet').waitFor();
    await page.getByRole('link', { name: 'Generate your first post' }).click();
    await expectPath(page, '/content/new');
    await generateVariants(page);
    await acceptSecond(page);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('autosave, across a reload and two tabs', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    const path = await writePiece(page, { type: 'Post', platforms: ['LinkedIn'], body: 'A draft to keep.' });
    const other = await page.context().newPage();
    await autosaveAcrossTabs(page, other, path);
    expect(pageErrors).toEqual([]);
    await other.close();
    await page.close();
  });
});
