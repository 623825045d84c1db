// End-to-end: the voice page in headless Chromium against the built server — teach it real writing
// by pasting and uploading, read the learned profile, score drafts live, delete a sample.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import { expectHome, newTestUser, register } from './support/steps.js';
import { openVoice, paragraphs, pasteSample, scoreDraft } from './support/voice.js';

const app = useE2eApp();
let filesDir: string;

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'brandwright-e2e-voice-'));
});

afterAll(async () => {
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

/** A too-short paste is refused next to the field, which takes focus. */
async function expectTooShortRefused(page: Page): Promise<void> {
  const field = page.getByLabel('Something you wrote');
  await field.fill('Too short to say anything about a voice.');
  await page.getByRole('button', { name: 'Add sample' }).click();
  await page.getByText('Too short: 8 words, at least 20 needed.').waitFor();
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await field.getAttribute('aria-describedby')).toMatch(/-error/);
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
}

/** Uploads a .txt of posts separated by "---": the long ones are added, the short one skipped. */
async function uploadPosts(page: Page, posts: string[]): Promise<void> {
  const file = join(filesDir, 'my-posts.txt');
  await writeFile(file, [...posts, 'Thanks for reading!'].join('\n\n---\n\n'));
  await page.getByLabel('File with your posts').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload file' }).click();
  const result = page.getByRole('status').filter({ hasText: 'from my-posts.txt' });
  await result.getByText(`Added ${posts.length} posts from my-posts.txt.`).waitFor();
  await result.getByText(`Post ${posts.length + 1}: Too short: 3 words, at least 20 needed`).waitFor();
}

async function deleteOneSample(page: Page, remaining: number): Promise<void> {
  await page
    .getByRole('button', { name: /^Delete sample from/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Delete this sample?' });
  await dialog.getByRole('button', { name: 'Delete sample' }).click();
  await page.getByText('Sample deleted. Your voice profile has been updated.').waitFor();
  await page.getByRole('heading', { name: `Your samples (${remaining})` }).waitFor();
  await page.getByText(`Learned from ${remaining} samples`).waitFor();
}

describe('voice', () => {
  test('teach the voice, read the profile, score drafts, delete a sample', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const austen = paragraphs('bench/austen.txt');
    const [emma] = paragraphs('holdout-austen-emma.txt', 90, 300);
    const [wilde] = paragraphs('bench/wilde.txt', 90, 300);
    expect(austen.length).toBeGreaterThanOrEqual(6);

    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    await openVoice(page);
    await page.getByText('No voice profile yet').first().waitFor();
    await saveScreenshot(page, 'page-voice-empty');

    await expectTooShortRefused(page);
    for (const text of austen.slice(0, 3)) await pasteSample(page, text);
    await uploadPosts(page, austen.slice(3, 6));

    const profile = page.getByRole('region', { name: 'Your voice profile' });
    await profile.getByText(/(punchy|flowing|Medium-length) sentences/).waitFor();
    await profile.getByText('Learned from 6 samples').waitFor();
    await profile.getByRole('heading', { name: 'Sentence structure' }).waitFor();

    // An unseen passage by the same author, then another author's: the first sounds more like "me".
    const own = await scoreDraft(page, emma ?? '', () => true);
    await saveScreenshot(page, 'page-voice-score');
    const other = await scoreDraft(page, wilde ?? '', (score) => score < own);
    console.log(`voice match: unseen Austen ${own}, Wilde ${other}`);
    expect(own).toBeGreaterThan(other);

    await deleteOneSample(page, 5);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
