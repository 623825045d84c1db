// End-to-end: on a hand-written post, the live scores follow the text as it is typed, and the
// "Shorter" rewrite arrives as a scored variant that Accept makes the post's text.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import { postText, variantCardText } from './support/content.js';
import { writePiece } from './support/publishing.js';
import { expectHome, newTestUser, register } from './support/steps.js';

const app = useE2eApp();
const BODY = [
  'Our on-call rotation was burning people out.',
  '',
  'We had five alerts a night and most of them were really just noise. Nobody trusted the pager anymore. We spent a quarter deleting alerts that never led to action. The ones left each had an owner and a runbook.',
  '',
  'Now the pager rings twice a week, and people actually answer it.',
].join('\n');

const meterValue = async (scope: Locator, name: string) =>
  Number(await scope.getByRole('meter', { name }).getAttribute('value'));

/** Types `text` and waits until the scores shown are the ones of that text; returns predicted engagement. */
async function settledEngagement(page: Page, scores: Locator, text: string): Promise<number> {
  const scored = page.waitForResponse(
    (r) =>
      r.url().endsWith('/api/v1/content/score') &&
      r.status() === 200 &&
      (JSON.parse(r.request().postData() ?? '{}') as { text?: string }).text === text.trim(),
  );
  await page.getByLabel('Post', { exact: true }).fill(text);
  const body = (await (await scored).json()) as { scores: { engagementPrediction: number } };
  await scores.getByText('Up to date with your text.').waitFor();
  await expect.poll(() => meterValue(scores, 'Predicted engagement')).toBe(body.scores.engagementPrediction);
  return body.scores.engagementPrediction;
}

async function liveScoresFollowTyping(page: Page): Promise<void> {
  const scores = page.getByRole('region', { name: 'Live scores' });
  const post = page.getByLabel('Post', { exact: true });
  const plain = await settledEngagement(page, scores, BODY);
  // A question to the reader at the end is worth points in the engagement estimate, and says so.
  const asked = await settledEngagement(page, scores, `${BODY}\n\nHow noisy is your pager?`);
  expect(asked).toBeGreaterThan(plain);
  await scores.getByText('Why these scores').click();
  await scores.getByText(/ends with a question to the reader/).waitFor();
  await saveScreenshot(page, 'page-content-live-scores');
  await post.fill(BODY);
  await page.getByText('All changes saved').waitFor();
}

async function shorterAndAccept(page: Page): Promise<void> {
  const region = page.getByRole('region', { name: 'Variants' });
  const made = page.waitForResponse((r) => /\/api\/v1\/content\/[0-9a-f-]{36}\/rewrites$/.test(r.url()));
  await region.getByRole('button', { name: 'Shorter' }).click();
  expect((await made).status()).toBe(201);
  await region.getByText('Shorter: added as variant 1, with its scores.').waitFor();
  const card = region.getByRole('article', { name: /^Variant 1 · Shorter/ });
  for (const score of ['Voice match', 'Predicted engagement', 'Brand alignment'])
    expect(await meterValue(card, score)).toBeGreaterThanOrEqual(0);
  const text = await variantCardText(card);
  expect(text.length).toBeLessThan(BODY.length);
  await saveScreenshot(page, 'page-content-rewrite');
  const decided = page.waitForResponse((r) => /\/api\/v1\/content\/[0-9a-f-]{36}\/feedback$/.test(r.url()));
  await region.getByRole('button', { name: 'Accept variant 1' }).click();
  expect((await decided).status()).toBe(201);
  await region.getByText(/^✓ Accepted/).waitFor();
  await expect.poll(() => postText(page)).toBe(text);
}

describe('rewrites and live scores', () => {
  test('live scores follow typing; "Shorter" becomes a variant that Accept makes the text', async ({
    task,
  }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);
    await writePiece(page, { type: 'Post', platforms: ['LinkedIn'], body: 'A first line to start from.' });
    await liveScoresFollowTyping(page);
    await shorterAndAccept(page);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
