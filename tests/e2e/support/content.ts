// Content studio journeys for the e2e tests: open the content list, accept one of a draft's stored
// variants, edit in the composer with live counters, compare two versions and restore one. Role
// and label locators only, as in steps.ts.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { saveScreenshot } from './browser.js';
import { openNav } from './steps.js';

export const openContent = (page: Page) => openNav(page, 'Content');

/** The composer's text (posts, threads and scripts are edited in a plain text area labelled "Post"). */
export function postText(page: Page): Promise<string> {
  return page.getByLabel('Post', { exact: true }).inputValue();
}

/** A variant card's whole text: long ones start collapsed behind "Show more". */
export async function variantCardText(card: Locator): Promise<string> {
  const more = card.getByRole('button', { name: 'Show more' });
  if ((await more.count()) > 0) await more.click();
  return (await card.locator('p').first().textContent()) ?? '';
}

/** The history's rows, newest first. */
export function versionRows(page: Page) {
  return page
    .getByRole('region', { name: 'Version history' })
    .getByRole('list', { name: 'Versions, newest first' })
    .getByRole('listitem');
}

/**
 * On a generated draft's page: accepts variant `n` (1-based) of the stored ones, each shown with
 * its three scores, and waits until the editor holds its text. Returns that text.
 */
export async function acceptStoredVariant(page: Page, n: number): Promise<string> {
  const region = page.getByRole('region', { name: 'Generated variants' });
  const cards = region.getByRole('article');
  await expect.poll(() => cards.count()).toBe(3);
  const card = region.getByRole('article', { name: new RegExp(`^Variant ${n}`) });
  for (const score of ['Voice match', 'Predicted engagement', 'Brand alignment']) {
    const raw = await card.getByRole('meter', { name: score }).getAttribute('value');
    // A missing value would read as 0 and pass the range check: require a number first.
    expect(raw, score).toMatch(/^\d+(\.\d+)?$/);
    const value = Number(raw);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(100);
  }
  const text = await variantCardText(card);
  const decided = page.waitForResponse((r) => /\/api\/v1\/content\/[0-9a-f-]{36}\/feedback$/.test(r.url()));
  await region.getByRole('button', { name: `Accept variant ${n}` }).click();
  expect((await decided).status()).toBe(201);
  await region.getByText(`You accepted variant ${n}:`, { exact: false }).waitFor();
  // The accepted card says so, and focus lands on that mark instead of dropping to the page body.
  const mark = region
    .getByRole('article', { name: new RegExp(`^Variant ${n}\\b.*\\(accepted\\)$`) })
    .getByText(/^✓ Accepted/);
  await expect.poll(() => mark.evaluate((el) => el === document.activeElement)).toBe(true);
  await expect.poll(() => postText(page)).toBe(text);
  await saveScreenshot(page, 'page-content-variants');
  return text;
}

/** Appends a line and targets X too: the composer counts for both platforms as the user types. */
export async function editAndSave(page: Page, added: string, expectedVersions: number): Promise<void> {
  const original = await postText(page);
  await page.getByLabel('X', { exact: true }).check();
  await page.getByLabel('Post', { exact: true }).fill(`${original}\n\n${added}`);
  const counters = page.getByRole('list', { name: 'Length per platform' });
  await counters.getByText(/^LinkedIn: \d+ \/ 3000/).waitFor();
  await counters.getByText(/^X: \d+ \/ 280/).waitFor();
  await saveScreenshot(page, 'page-content-editor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved by the button or, if typing paused long enough first, by autosave: one new version.
  await page.getByText('All changes saved').waitFor();
  await expect.poll(() => versionRows(page).count()).toBe(expectedVersions);
}

/** Shows the latest change (its insertions hold `inserted`), then restores `version` after confirming. */
export async function compareAndRestore(page: Page, inserted: string, version: number): Promise<void> {
  const history = page.getByRole('region', { name: 'Version history' });
  const before = await versionRows(page).count();
  await history.getByRole('button', { name: 'Show changes' }).click();
  await history.getByRole('heading', { name: /^Changes from version \d+ to version \d+$/ }).waitFor();
  expect((await history.locator('ins').allTextContents()).join(' ')).toContain(inserted);
  await saveScreenshot(page, 'page-content-diff');
  await history.getByRole('button', { name: `Restore version ${version}` }).click();
  const dialog = page.getByRole('dialog', { name: `Restore version ${version}?` });
  await dialog.getByRole('button', { name: `Restore version ${version}` }).click();
  await expect.poll(() => versionRows(page).count()).toBe(before + 1);
}
