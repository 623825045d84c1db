// Calendar journeys for the e2e tests: open the page, plan a month, move an entry with the keyboard
// through the drag-and-drop handle, and draft an entry. Role and label locators only, as in steps.ts.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openNav } from './steps.js';

/** Drafting may call an AI model; give it time. */
const DRAFT_TIMEOUT_MS = 90_000;

export const openCalendar = (page: Page) => openNav(page, 'Calendar');

/** The month heading, e.g. "December 2026". */
export async function shownMonth(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 2, name: /^[A-Z][a-z]+ \d{4}$/ }).textContent()) ?? '';
}

/** Plans the month shown with the defaults from the answers; returns how many entries were added. */
export async function planMonth(page: Page, expectedPostsPerWeek: string): Promise<number> {
  await page.getByRole('button', { name: 'Plan this month' }).click();
  const dialog = page.getByRole('dialog', { name: /^Plan / });
  await dialog.waitFor();
  expect(await dialog.getByLabel('Posts per week').inputValue()).toBe(expectedPostsPerWeek);
  await dialog.getByRole('button', { name: 'Plan this month' }).click();
  const message = page.getByText(/^Added \d+ entr(y|ies) from your strategy/);
  await message.waitFor();
  return Number(((await message.textContent()) ?? '').replace(/\D+/g, ' ').trim().split(' ')[0]);
}

/** The "Move …" handles of every entry on the page. */
export function moveHandles(page: Page): Locator {
  return page.getByRole('button', { name: /^Move / });
}

/** The day list ("Entries on Tuesday 1 December") that holds the entry with this topic. */
export async function dayOf(page: Page, topic: string): Promise<string> {
  const list = page.getByRole('button', { name: topic, exact: true }).locator('xpath=ancestor::ul[1]');
  return ((await list.getAttribute('aria-label')) ?? '').replace(/^Entries on /, '');
}

/** What the drag-and-drop announcer (a live region) says now, e.g. "Over Tuesday 1 December.". */
async function announced(page: Page): Promise<string[]> {
  return page.getByRole('status').allTextContents();
}

/**
 * Moves the entry one day later with the keyboard only: focus its handle, Space to pick it up,
 * the right arrow, Space to drop, waiting each time for what a screen reader would hear (the
 * keyboard sensor starts listening for arrows only once the pick-up is under way). Returns the
 * day it was dropped on, as the page announces it.
 */
export async function moveByKeyboard(page: Page, topic: string, fromDay: string): Promise<string> {
  const handle = page.getByRole('button', { name: `Move ${topic}`, exact: true });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => handle.getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => announced(page)).toContain(`Over ${fromDay}.`);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => (await announced(page)).some((t) => /^Over /.test(t) && t !== `Over ${fromDay}.`))
    .toBe(true);
  await page.keyboard.press('Space');
  const notice = page.getByText(new RegExp(`^Moved “${escapeRegExp(topic)}” to `));
  await notice.waitFor();
  // Focus stays with the moved entry, so a keyboard user can carry on from there.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe(`Move ${topic}`);
  return ((await notice.textContent()) ?? '').replace(/^.* to /, '').replace(/\.$/, '');
}

/** Opens the entry, drafts it and waits for the "Open draft" link; returns the link's target. */
export async function draftEntry(page: Page, topic: string): Promise<string> {
  await page.getByRole('button', { name: topic, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Draft this entry' }).click();
  const link = dialog.getByRole('link', { name: 'Open draft' });
  await link.waitFor({ timeout: DRAFT_TIMEOUT_MS });
  expect(await dialog.getByLabel('Status').inputValue()).toBe('drafted');
  const href = (await link.getAttribute('href')) ?? '';
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return href;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
