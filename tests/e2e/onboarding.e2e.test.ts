// End-to-end: a new user goes from sign-up through the onboarding questionnaire to the assessment,
// then edits the generated strategy and finds the edits in its version history after a reload.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import {
  answerAboutYouWithOneError,
  answerRemainingSteps,
  pillarShare,
  rebalancePillars,
  strategyVersion,
} from './support/brand.js';
import { saveScreenshot } from './support/browser.js';
import { expectHome, expectPath, newTestUser, register } from './support/steps.js';

/** Creating the strategy may call an AI model; give it time. */
const CREATE_TIMEOUT_MS = 90_000;

const app = useE2eApp();

async function completeOnboarding(page: Page): Promise<void> {
  // A new user's Home points to the questionnaire.
  await page.getByRole('link', { name: 'Start the questionnaire' }).click();
  await expectPath(page, '/onboarding');
  await answerAboutYouWithOneError(page);
  await answerRemainingSteps(page);

  let assessmentRequests = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/brand/assessment'))
      assessmentRequests += 1;
  });
  // A double click must not create two strategies.
  await page.getByRole('button', { name: 'Create my strategy' }).dblclick();
  await page.getByRole('heading', { name: 'Your brand assessment', level: 1 }).waitFor({
    timeout: CREATE_TIMEOUT_MS,
  });
  await expectPath(page, '/brand/assessment');
  expect(assessmentRequests).toBe(1);
}

async function expectAssessment(page: Page): Promise<void> {
  await page.getByText('Overall score').waitFor();
  const table = page.getByRole('table', { name: 'Assessment scores out of 100' });
  const rows = table.getByRole('row');
  await expect.poll(() => rows.count()).toBe(6);
  for (const dimension of ['Clarity', 'Consistency', 'Visibility', 'Authority', 'Engagement']) {
    const score = table
      .getByRole('row', { name: new RegExp(`^${dimension}\\b`) })
      .getByRole('cell')
      .first();
    expect(Number(await score.textContent())).toBeGreaterThanOrEqual(0);
    await page.getByRole('heading', { name: dimension, level: 3 }).waitFor();
  }
  await saveScreenshot(page, 'page-assessment');
}

async function editStrategy(page: Page, valueProposition: string): Promise<number> {
  await page.getByRole('link', { name: 'See your strategy' }).click();
  await page.getByRole('heading', { name: 'Your brand strategy', level: 1 }).waitFor();
  await expectPath(page, '/brand/strategy');
  const generated = await strategyVersion(page);
  await page
    .getByText(/^Written by /)
    .first()
    .waitFor();

  await page.getByRole('textbox', { name: 'Value proposition' }).fill(valueProposition);
  await page.getByRole('button', { name: 'Save value proposition' }).click();
  await page.getByText(`Saved. Your strategy is now version ${generated + 1}.`).waitFor();

  await rebalancePillars(page);
  await page.getByRole('button', { name: 'Save pillars' }).click();
  await page.getByText(`Saved. Your strategy is now version ${generated + 2}.`).waitFor();
  await saveScreenshot(page, 'page-strategy');
  return generated + 2;
}

async function expectSavedAfterReload(page: Page, valueProposition: string, version: number): Promise<void> {
  const balanced = await pillarShare(page, 1).inputValue();
  await page.reload();
  await page.getByRole('heading', { name: 'Your brand strategy', level: 1 }).waitFor();
  expect(await strategyVersion(page)).toBe(version);
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Value proposition' }).inputValue())
    .toBe(valueProposition);
  expect(await pillarShare(page, 1).inputValue()).toBe(balanced);

  await page.getByRole('button', { name: 'Show versions' }).click();
  const history = page.getByRole('list', { name: 'Strategy versions, newest first' });
  await history.getByText(`Version ${version}`, { exact: true }).waitFor();
  await history.getByText(`Version ${version - 2}`, { exact: true }).waitFor();
  const newest = history.getByRole('listitem').first();
  expect(await newest.textContent()).toMatch(new RegExp(`Version ${version}\\s*Current\\s*Edited`));
  await saveScreenshot(page, 'page-strategy-history');
}

describe('brand onboarding', () => {
  test('questionnaire, assessment, strategy edits and version history', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const user = newTestUser();
    await page.goto(`${app.baseUrl()}/login`);
    await register(page, user);
    await expectHome(page, user);

    await completeOnboarding(page);
    await expectAssessment(page);

    const valueProposition =
      'I help finance leaders close their books in days, not weeks, with data platforms they can trust.';
    const version = await editStrategy(page, valueProposition);
    await expectSavedAfterReload(page, valueProposition, version);

    // Home now points to the strategy instead of the questionnaire.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'Open your strategy' }).waitFor();

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
