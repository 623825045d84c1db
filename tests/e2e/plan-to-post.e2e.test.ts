// End-to-end: from an empty calendar to an edited post, across pages. A new user is sent from the
// calendar to onboarding, plans next month from the strategy, moves an entry to the next day with
// the keyboard (drag and drop), drafts it from the calendar, opens the draft, accepts another of its
// generated variants, edits it with live counters, compares versions and restores the first; back
// on the calendar the entry is "Drafted" and a re-plan keeps it.
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
import {
  acceptStoredVariant,
  compareAndRestore,
  editAndSave,
  postText,
  versionRows,
} from './support/content.js';
import { expectHome, expectPath, newTestUser, register } from './support/steps.js';

/** Creating the strategy may call an AI model; give it time. */
const CREATE_TIMEOUT_MS = 90_000;
const ADDED = 'What would you change first?';

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
  // The server now says the month is planned: the toolbar offers a re-plan, and says when.
  await page.getByRole('button', { name: 'Re-plan' }).waitFor();
  await page.getByText(/^Planned from your strategy on /).waitFor();
  await saveScreenshot(page, 'page-calendar-planned');
  const topics = (
    await moveHandles(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  ).map((label) => label?.replace(/^Move /, ''));
  expect(new Set(topics).size).toBe(added);
  return shownMonth(page);
}

async function topicOf(page: Page, index: number): Promise<string> {
  const label = (await moveHandles(page).nth(index).getAttribute('aria-label')) ?? '';
  return label.replace(/^Move /, '');
}

/** Moves the month's first entry a day on by keyboard; the move survives a reload. */
async function moveFirstEntry(page: Page, month: string): Promise<{ topic: string; day: string }> {
  // The first entry of the month is in its first week, so the next day is in the month too.
  const topic = await topicOf(page, 0);
  const before = await dayOf(page, topic);
  const day = await moveByKeyboard(page, topic, before);
  expect(day).not.toBe(before);
  expect(await dayOf(page, topic)).toBe(day);
  await page.reload();
  await page.getByRole('heading', { name: month, level: 2 }).waitFor();
  await expect.poll(() => dayOf(page, topic)).toBe(day);
  return { topic, day };
}

/** Accepts variant 2, edits it (version 3), then restores version 1: the draft as first generated. */
async function workOnDraft(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Version history' }).waitFor();
  const generated = await postText(page);
  const accepted = await acceptStoredVariant(page, 2);
  expect(accepted).not.toBe(generated);
  await expect.poll(() => versionRows(page).count()).toBe(2);
  await editAndSave(page, ADDED, 3);
  await compareAndRestore(page, 'change first', 1);
  await expect.poll(() => postText(page)).toBe(generated);
  expect(await versionRows(page).first().textContent()).toContain('Restored version 1');
}

async function replanKeeps(page: Page, month: string, topic: string, day: string): Promise<void> {
  await page.getByRole('button', { name: 'Re-plan' }).click();
  const confirm = page.getByRole('dialog', { name: `Re-plan ${month}?` });
  await confirm.getByText(/Entries you added, edited or moved yourself/).waitFor();
  await confirm.getByRole('button', { name: 'Replace the plan' }).click();
  await page.getByText(/^Added \d+ entr(y|ies) from your strategy; kept [1-9]\d* already there\.$/).waitFor();
  expect(await dayOf(page, topic)).toBe(day);
}

describe('from plan to post', () => {
  test('plan a month, draft an entry, accept a variant, edit, restore a version', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const user = newTestUser();
    await page.goto(`${app.baseUrl()}/login`);
    await register(page, user);
    await expectHome(page, user);
    await onboardFromCalendar(page);
    const month = await planNextMonth(page);
    const { topic, day } = await moveFirstEntry(page, month);

    const href = await draftEntry(page, topic);
    expect(href).toMatch(/^\/content\/[0-9a-f-]{36}$/);
    const entries = page.getByRole('list', { name: `Entries on ${day}` });
    await entries.getByText('Drafted', { exact: true }).waitFor();
    const open = entries.getByRole('link', { name: new RegExp(`^Open draft: ${escapeRegExp(topic)}$`) });
    expect(await open.getAttribute('href')).toBe(href);
    await saveScreenshot(page, 'page-calendar-drafted');

    await open.click();
    await expectPath(page, href);
    await workOnDraft(page);

    await page.goBack();
    await page.getByRole('heading', { name: month, level: 2 }).waitFor();
    await entries.getByText('Drafted', { exact: true }).waitFor();
    await replanKeeps(page, month, topic, day);

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
