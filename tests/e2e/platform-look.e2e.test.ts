// End-to-end: the editor looks like the platforms. Connect all five (sandbox emulator), write a
// long post for every platform and see each preview drawn as its feed would (LinkedIn folded at
// "…see more", X split into a thread, Bluesky and Mastodon with the account, Medium's title and
// subtitle); then write a thread part by part and reorder it with the keyboard only.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import {
  connectBluesky,
  connectMastodon,
  connectMedium,
  connectWithConsent,
  openPlatforms,
} from './support/platforms.js';
import { scheduleDialog } from './support/publishing.js';
import { expectHome, expectPath, newTestUser, openNav, register } from './support/steps.js';

const app = useE2eApp();
const PLATFORMS = ['LinkedIn', 'X', 'Medium', 'Bluesky', 'Mastodon'];
const LONG_POST = [
  'Most finance teams close the month in ten days. Ours takes three.',
  'Here is what changed, step by step, and what it cost us to get there.',
  'First: we reconcile every day instead of once a month, so nothing piles up at the end.',
  'Second: one owner per account, named in the checklist, with a deadline for each task.',
  'Third: we stopped waiting for perfect numbers and started publishing good ones on time.',
].join('\n');

async function openNewPiece(page: Page) {
  await openNav(page, 'Content');
  await page.getByRole('link', { name: 'Generate or write' }).click();
  await expectPath(page, '/content/new');
  return page.getByRole('region', { name: 'Or write it yourself' });
}

async function pickPlatforms(form: ReturnType<Page['getByRole']>, chosen: string[]) {
  const group = form.getByRole('group', { name: 'Platforms' });
  for (const name of PLATFORMS) {
    const box = group.getByLabel(name, { exact: true });
    if (chosen.includes(name)) await box.check();
    else await box.uncheck();
  }
}

async function connectAll(page: Page) {
  await openPlatforms(page);
  await connectWithConsent(page, 'LinkedIn');
  await connectWithConsent(page, 'X');
  await connectBluesky(page, 'ada-look.bsky.social');
  await connectMastodon(page, 'look.example.social');
  await connectMedium(page, `sandbox-${Date.now().toString(36)}`);
}

async function previewsLookLikeThePlatforms(page: Page) {
  const form = await openNewPiece(page);
  await pickPlatforms(form, PLATFORMS);
  await form.getByLabel('Title').fill('Closing the month in three days');
  await form.getByLabel('Post', { exact: true }).fill(LONG_POST);
  await form.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('heading', { name: 'Version history' }).waitFor();
  await page.getByRole('button', { name: 'Schedule…' }).click();
  const dialog = scheduleDialog(page);

  const linkedin = dialog.getByRole('article', { name: 'LinkedIn preview' });
  const seeMore = linkedin.getByRole('button', { name: 'see more' });
  await seeMore.waitFor();
  expect(await linkedin.getByText('Third: we stopped waiting').count()).toBe(0);
  await seeMore.click();
  await linkedin.getByText(/Third: we stopped waiting/).waitFor();
  await linkedin.getByRole('button', { name: 'see less' }).waitFor();

  const x = dialog.getByRole('article', { name: 'X preview' });
  await x.getByText(/^Thread of \d+ posts$/).waitFor();
  await x.getByText(/^1\/\d+$/).waitFor();
  for (const name of ['Bluesky', 'Mastodon']) {
    const preview = dialog.getByRole('article', { name: `${name} preview` });
    await preview.getByText(/Most finance teams close the month/).waitFor();
    expect(await preview.getByText(/Not connected/).count()).toBe(0);
  }
  const medium = dialog.getByRole('article', { name: 'Medium preview' });
  await medium.getByText('Closing the month in three days').waitFor();
  await medium.getByText(/min read/).waitFor();
  await saveScreenshot(page, 'page-platform-previews');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

const texts = (page: Page) =>
  page
    .getByRole('list', { name: 'Thread parts' })
    .locator('textarea')
    .evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));

async function threadReorderedByKeyboard(page: Page) {
  const form = await openNewPiece(page);
  await form.getByLabel('Type').selectOption({ label: 'Thread' });
  await pickPlatforms(form, ['X', 'Bluesky', 'Mastodon']);
  const parts = form.getByRole('list', { name: 'Thread parts' });
  await parts.getByLabel('Part 1 of 1').fill('Alpha: the hook.');
  for (const [n, text] of [
    [2, 'Bravo: the detail.'],
    [3, 'Charlie: the ask.'],
  ] as const) {
    await form.getByRole('button', { name: 'Add a part' }).click();
    await parts.getByLabel(`Part ${n} of ${n}`).fill(text);
  }
  await parts
    .getByRole('list', { name: 'Length of part 1' })
    .getByText(/^X: 16 \/ 280$/)
    .waitFor();
  // Keyboard only: focus "Move down" on part 1 and press Enter twice; focus follows the part.
  await parts.getByRole('button', { name: 'Move down part 1' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => texts(page))
    .toEqual(['Bravo: the detail.', 'Alpha: the hook.', 'Charlie: the ask.']);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
    .toBe('Move down part 2');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => texts(page))
    .toEqual(['Bravo: the detail.', 'Charlie: the ask.', 'Alpha: the hook.']);
  await page.getByText('Part moved to position 3 of 3.').waitFor();
  await saveScreenshot(page, 'page-thread-composer');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('heading', { name: 'Version history' }).waitFor();
  // Stored in the server's thread format and read back in the new order.
  await expect
    .poll(() => texts(page))
    .toEqual(['Bravo: the detail.', 'Charlie: the ask.', 'Alpha: the hook.']);
}

describe('looks like the platform', () => {
  test('previews per platform and a thread reordered by keyboard', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    await connectAll(page);
    await previewsLookLikeThePlatforms(page);
    await threadReorderedByKeyboard(page);
    expect(pageErrors).toEqual([]);
  });
});
