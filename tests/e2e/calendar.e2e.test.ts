// End-to-end: the editorial calendar. A new user is sent to onboarding, plans next month from the
// strategy, moves an entry to the next day with the keyboard (drag and drop), drafts an entry and
// finds it "Drafted" with a link to the draft; a re-plan keeps what the user touched.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { answerAboutYouWithOneError, answerRemainingSteps } from './support/brand.js';
import { saveScreenshot } from './support/browser.js';
import {
  dayOf,
  draftEntry,
  escapeRegExp,
  moveByKeyboard,
  moveHandles,
  openCalendar,
  planMonth,
  shownMonth,
} from './support/calendar.js';
import { expectHome, expectPath, newTestUser, register } from './support/steps.js';

/** Creating the strategy may call an AI model; give it time. */
const CREATE_TIMEOUT_MS = 90_000;

const app = useE2eApp();

/** Without a strategy the calendar explains what is missing and leads to the questionnaire. */
async function onboardFromCalendar(page: Page): Promise<void> {
  await openCalendar(page);
  await page.getByRole('heading', { name: 'Plan from your brand strategy' }).waitFor();
  expect(await page.getByRole('button', { name: 'Plan this month' }).count()).toBe(0);
  await saveScreenshot(page, 'page-calendar-no-strategy');
  await page.getByRole('link', { name: 'Start the questionnaire' }).click();
  await expectPath(page, '/onboarding');
  await answerAboutYouWithOneError(page);
  await answerRemainingSteps(page);
  await page.getByRole('button', { name: 'Create my strategy' }).click();
  await page
    .getByRole('heading', { name: 'Your brand assessment', level: 1 })
    .waitFor({ timeout: CREATE_TIMEOUT_MS });
}

/** Next month is always a whole month ahead, so the plan fills all of it. */
async function planNextMonth(page: Page): Promise<string> {
  await openCalendar(page);
  const current = await shownMonth(page);
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect.poll(() => shownMonth(page)).not.toBe(current);
  await page.getByText(/^Nothing planned for /).waitFor();
  // 3 posts a week from the questionnaire: a whole month has 12 or 13.
  const added = await planMonth(page, '3');
  expect(added).toBeGreaterThanOrEqual(12);
  await expect.poll(() => moveHandles(page).count()).toBe(added);
  await saveScreenshot(page, 'page-calendar-planned');
  return shownMonth(page);
}

async function topicOf(page: Page, index: number): Promise<string> {
  const label = (await moveHandles(page).nth(index).getAttribute('aria-label')) ?? '';
  return label.replace(/^Move /, '');
}

describe('editorial calendar', () => {
  test('plan a month, move an entry by keyboard, draft it, re-plan', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const user = newTestUser();
    await page.goto(`${app.baseUrl()}/login`);
    await register(page, user);
    await expectHome(page, user);
    await onboardFromCalendar(page);
    const month = await planNextMonth(page);

    // The first entry of the month is in its first week, so the next day is in the month too.
    const topic = await topicOf(page, 0);
    const before = await dayOf(page, topic);
    const after = await moveByKeyboard(page, topic, before);
    expect(after).not.toBe(before);
    expect(await dayOf(page, topic)).toBe(after);

    // The move was saved: it is still there after a reload.
    await page.reload();
    await page.getByRole('heading', { name: month, level: 2 }).waitFor();
    await expect.poll(() => dayOf(page, topic)).toBe(after);

    const href = await draftEntry(page, topic);
    expect(href).toMatch(/^\/content\/[0-9a-f-]{36}$/);
    const entries = page.getByRole('list', { name: `Entries on ${after}` });
    await entries.getByText('Drafted', { exact: true }).waitFor();
    const open = entries.getByRole('link', { name: new RegExp(`^Open draft: ${escapeRegExp(topic)}$`) });
    expect(await open.getAttribute('href')).toBe(href);
    await saveScreenshot(page, 'page-calendar-drafted');

    // Re-planning keeps the entry the user moved and drafted.
    await page.getByRole('button', { name: 'Re-plan' }).click();
    const confirm = page.getByRole('dialog', { name: `Re-plan ${month}?` });
    await confirm.getByText(/Entries you added, edited or moved yourself/).waitFor();
    await confirm.getByRole('button', { name: 'Replace the plan' }).click();
    await page
      .getByText(/^Added \d+ entr(y|ies) from your strategy; kept [1-9]\d* already there\.$/)
      .waitFor();
    expect(await dayOf(page, topic)).toBe(after);

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
