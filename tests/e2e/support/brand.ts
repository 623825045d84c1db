// Brand journeys for the e2e tests: answering the onboarding questionnaire step by step, and
// reading and editing the strategy. Role and label locators only, as in steps.ts.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { saveScreenshot } from './browser.js';

/** Waits for the wizard to show `title` as the current step. */
export async function expectStep(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { name: title, level: 2 }).waitFor();
}

async function next(page: Page, nextTitle: string): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
  await expectStep(page, nextTitle);
}

/** Step 1 with one answer too short: the message must appear beside that field, which gets focus. */
export async function answerAboutYouWithOneError(page: Page): Promise<void> {
  await expectStep(page, 'About you');
  const role = page.getByLabel('What is your current role?');
  await role.fill('H');
  await page.getByLabel('Which industry do you work in?').fill('Financial services');
  await page.getByLabel('Senior', { exact: true }).check();
  await page.getByLabel('Years of professional experience').fill('14');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect.poll(() => role.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await role.getAttribute('aria-describedby')) ?? '';
  const messages = await Promise.all(
    describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  expect(messages.join(' ')).toMatch(/too short/i);
  await expect.poll(() => role.evaluate((el) => el === document.activeElement)).toBe(true);
  await saveScreenshot(page, 'page-onboarding-error');

  await role.fill('Head of Data Engineering at a payments company');
  await next(page, 'Expertise');
}

export async function answerRemainingSteps(page: Page): Promise<void> {
  await page.getByLabel('Your areas of expertise').fill('data platforms\nreal-time analytics\nteam building');
  await page
    .getByLabel('Achievements you are proud of')
    .fill('Cut month-end reporting from 9 days to 2\nBuilt a data team of 25 engineers');
  await next(page, 'Audience');

  await page
    .getByLabel('Who do you want to reach?')
    .fill('CFOs and finance leaders at mid-sized companies modernising their reporting');
  await page
    .getByLabel('Which problems does that audience have that you can help with?')
    .fill('slow month-end close\nspreadsheets nobody trusts');
  await next(page, 'Goals and channels');

  await page.getByLabel('Be seen as a thought leader').check();
  await page.getByLabel('Win clients or leads').check();
  await page.getByLabel('LinkedIn').check();
  await page.getByLabel('How many posts a week can you sustain?').fill('3');
  await page.getByLabel('About weekly').check();
  await page.getByLabel('Roughly how many followers do you have across platforms?').fill('4200');
  await next(page, 'Tone and boundaries');

  await page.getByLabel('Analytical').check();
  await page.getByLabel('Friendly').check();
  await page.getByLabel('Topics to stay away from').fill('politics');
  await saveScreenshot(page, 'page-onboarding');
}

/** The text of the strategy page's "Version N" badge, as a number. */
export async function strategyVersion(page: Page): Promise<number> {
  const badge = page.getByText(/^Version \d+$/).first();
  await badge.waitFor();
  return Number(((await badge.textContent()) ?? '').replace(/\D/g, ''));
}

export function pillarShare(page: Page, pillar: number): Locator {
  return page
    .getByRole('region', { name: 'Content pillars' })
    .getByRole('group', { name: new RegExp(`^Pillar ${pillar}\\b`) })
    .getByLabel('Share of posts (%)');
}

/** Moves 10 points onto pillar 1, which breaks the total; "Balance shares" must mend it. */
export async function rebalancePillars(page: Page): Promise<void> {
  const pillars = page.getByRole('region', { name: 'Content pillars' });
  const first = pillarShare(page, 1);
  const share = Number(await first.inputValue());
  await first.fill(String(share <= 80 ? share + 10 : share - 10));
  await pillars.getByText(/Total: \d+%/).waitFor();
  expect(await pillars.getByText('Total: 100%').count()).toBe(0);

  // Saving is refused while the shares do not add up to 100.
  await pillars.getByRole('button', { name: 'Save pillars' }).click();
  await pillars.getByText('Pillar shares must sum to 100').waitFor();

  await pillars.getByRole('button', { name: 'Balance shares' }).click();
  await pillars.getByText('Total: 100%').waitFor();
}

/** The whole questionnaire answered without detours, then the strategy created: for tests that need one. */
export async function onboardQuickly(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Start the questionnaire' }).click();
  await expectStep(page, 'About you');
  await page.getByLabel('What is your current role?').fill('Head of Data Engineering at a payments company');
  await page.getByLabel('Which industry do you work in?').fill('Financial services');
  await page.getByLabel('Senior', { exact: true }).check();
  await page.getByLabel('Years of professional experience').fill('14');
  await next(page, 'Expertise');
  await answerRemainingSteps(page);
  await page.getByRole('button', { name: 'Create my strategy' }).click();
  await page.getByRole('heading', { name: 'Your brand assessment', level: 1 }).waitFor({ timeout: 90_000 });
}
