// Publishing journeys for the e2e tests: write a piece, open its schedule dialog, publish it now or
// at a time, and work with the Schedule page. Role and label locators only, as in steps.ts.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectPath, openNav } from './steps.js';

/** Publishing runs in the server's worker: allow for a few polls of the page. */
export const PUBLISH_TIMEOUT_MS = 60_000;

/** Writes and saves a piece on /content/new; returns its path (/content/<id>). */
export async function writePiece(
  page: Page,
  piece: { type: 'Post' | 'Thread'; platforms: string[]; body: string },
): Promise<string> {
  await openNav(page, 'Content');
  await page.getByRole('link', { name: 'Generate or write' }).click();
  await expectPath(page, '/content/new');
  const form = page.getByRole('region', { name: 'Or write it yourself' });
  await form.getByLabel('Type').selectOption({ label: piece.type });
  const group = form.getByRole('group', { name: 'Platforms' });
  for (const name of ['LinkedIn', 'X', 'Medium', 'Bluesky', 'Mastodon']) {
    const box = group.getByLabel(name, { exact: true });
    if (piece.platforms.includes(name)) await box.check();
    else await box.uncheck();
  }
  // A thread is written part by part by default; the one-text view takes it pasted whole.
  if (piece.type === 'Thread') await form.getByLabel('As one text').check();
  await form.getByLabel(piece.type, { exact: true }).fill(piece.body);
  await form.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('heading', { name: 'Version history' }).waitFor();
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/^\/content\/[0-9a-f-]{36}$/);
  return path;
}

export function scheduleDialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** The "Publishing status" badges of the piece open in the editor. */
export function statusBadges(page: Page): Locator {
  return page.getByRole('list', { name: 'Publishing status' });
}

/** Waits for the live post's link (the worker publishes; the page polls) and returns its address. */
export async function livePostLink(scope: Locator | Page): Promise<string> {
  const link = scope.getByRole('link', { name: /^View post on Bluesky/ });
  await link.waitFor({ timeout: PUBLISH_TIMEOUT_MS });
  return (await link.getAttribute('href')) ?? '';
}

/** `days` after the dialog's earliest date (today in the profile's zone), as YYYY-MM-DD. */
export async function dayFromToday(dialog: Locator, days = 1): Promise<string> {
  const today = (await dialog.getByLabel('Date', { exact: true }).getAttribute('min')) ?? '';
  const next = new Date(`${today}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

export async function openSchedulePage(page: Page): Promise<void> {
  await openNav(page, 'Schedule');
  await expectPath(page, '/schedule');
}
