// End-to-end: scheduling and publishing against the built server, whose worker publishes to the
// in-process sandbox emulator. Connect Bluesky, write a thread, publish it now and watch it turn
// "Published" with a link to the live post; write a post, schedule it for tomorrow, reschedule and
// cancel it on the Schedule page. Then, as another user: set posting slots and queue a piece, see
// it in the calendar, and resolve a post that failed because the platform refused the token.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import { connectBluesky, emulatorAddress, emulatorControl, openPlatforms } from './support/platforms.js';
import {
  dayFromToday,
  livePostLink,
  openSchedulePage,
  PUBLISH_TIMEOUT_MS,
  scheduleDialog,
  statusBadges,
  writePiece,
} from './support/publishing.js';
import { expectHome, newTestUser, openNav, register } from './support/steps.js';

const app = useE2eApp();
const THREAD = 'Month-end close in three days, not ten.\n\nStep one: reconcile daily, not monthly.';
const LATER = 'A post for tomorrow morning about cash forecasting.';
const FAILING = 'This one meets a revoked token.';

/** Publish now: the preview shows the two written parts; the worker publishes; the badge links to it. */
async function publishThreadNow(page: Page): Promise<string> {
  await writePiece(page, { type: 'Thread', platforms: ['Bluesky'], body: THREAD });
  await page.getByRole('button', { name: 'Schedule…' }).click();
  const dialog = scheduleDialog(page);
  await dialog.getByRole('heading', { name: /^Schedule “Month-end close/ }).waitFor();
  expect(await dialog.getByLabel('Bluesky', { exact: true }).isChecked()).toBe(true);
  // Not connected: offered with a link to the Platforms page instead of a checkbox to tick.
  expect(await dialog.getByLabel('X', { exact: true }).isDisabled()).toBe(true);
  await dialog.getByRole('link', { name: 'Connect X' }).waitFor();
  const preview = dialog.getByRole('article', { name: 'Bluesky preview' });
  await preview.getByText('Thread of 2 posts').waitFor();
  await preview.getByText('1/2').waitFor();
  await preview
    .getByText(/^39 \/ 300$/)
    .first()
    .waitFor();
  await saveScreenshot(page, 'page-schedule-dialog');

  // A time that has passed is refused before anything is sent, next to the field, with focus on it.
  await dialog.getByLabel('Date', { exact: true }).fill(await dayFromToday(dialog, -1));
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  const time = dialog.getByLabel('Time', { exact: true });
  await dialog.getByText('This time has passed: choose a later one, or publish now').waitFor();
  await expect.poll(() => time.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await time.getAttribute('aria-invalid')).toBe('true');
  await preview.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'page-schedule-dialog-error');

  await dialog.getByLabel('Publish now').check();
  await dialog.getByRole('button', { name: 'Publish now' }).click();
  await dialog.getByRole('heading', { name: 'Publishing now' }).waitFor();
  // The dialog follows the post to the end instead of saying "going out now" for ever.
  await dialog
    .getByRole('link', { name: 'Published: view the post' })
    .waitFor({ timeout: PUBLISH_TIMEOUT_MS });
  await dialog.getByRole('button', { name: 'Done' }).click();

  const url = await livePostLink(statusBadges(page));
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/profile\/ada-publishing\.bsky\.social\/post\/[a-z0-9]+$/);
  await statusBadges(page).getByText('Published', { exact: true }).waitFor();
  // The piece follows its post: scheduled, then published.
  await expect
    .poll(() => page.getByText('Status:').textContent(), { timeout: PUBLISH_TIMEOUT_MS })
    .toContain('Published');
  // A live piece says that edits will not change the live post, and offers to publish it as new.
  await page.getByText('This piece is live').waitFor();
  await page.getByRole('button', { name: 'Publish as a new post…' }).waitFor();
  // Scheduling and publishing change the piece, not its text: the newest text is still the current one.
  const versions = page.getByRole('list', { name: 'Versions, newest first' });
  await versions.getByText('Current', { exact: true }).waitFor();
  expect(await versions.getByRole('button', { name: /^Restore/ }).count()).toBe(0);
  return url;
}

/** Scheduled for tomorrow 09:00 in the profile's zone, then moved to 10:30 and cancelled. */
async function scheduleRescheduleCancel(page: Page): Promise<void> {
  await writePiece(page, { type: 'Post', platforms: ['Bluesky'], body: LATER });
  await page.getByRole('button', { name: 'Schedule…' }).click();
  const dialog = scheduleDialog(page);
  await dialog.getByLabel('Date', { exact: true }).fill(await dayFromToday(dialog, 1));
  await dialog.getByLabel('Time', { exact: true }).fill('09:00');
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await dialog.getByRole('heading', { name: 'Scheduled' }).waitFor();
  await dialog
    .getByRole('list', { name: 'Scheduled posts' })
    .getByText(/, 09:00$/)
    .waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await openSchedulePage(page);
  const upcoming = page.getByRole('list', { name: 'Upcoming posts' });
  await upcoming.getByText(LATER).waitFor();
  await upcoming.getByText(/, 09:00$/).waitFor();
  await saveScreenshot(page, 'page-schedule');

  await upcoming.getByRole('button', { name: `Reschedule the Bluesky post “${LATER}”` }).click();
  const reschedule = page.getByRole('dialog', { name: 'Reschedule the Bluesky post' });
  await reschedule.getByLabel('Time', { exact: true }).fill('10:30');
  await reschedule.getByRole('button', { name: 'Save new time' }).click();
  await page.getByText(/^Moved the Bluesky post to .*, 10:30\.$/).waitFor();
  await upcoming.getByText(/, 10:30$/).waitFor();

  await upcoming.getByRole('button', { name: `Cancel the Bluesky post “${LATER}”` }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel the Bluesky post?' });
  await cancel.getByRole('button', { name: 'Cancel the Bluesky post' }).click();
  await page.getByText('Cancelled the Bluesky post.').waitFor();
  await upcoming.getByText('Cancelled', { exact: true }).waitFor();
  expect(await upcoming.getByRole('button', { name: /^Reschedule/ }).count()).toBe(0);
}

/** Bluesky's default slots replaced by daily ones, then "Add to queue" from the content list puts the post in one. */
async function slotsAndQueue(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Posting slots and settings' }).click();
  await page.getByRole('heading', { name: 'Posting slots and settings', level: 1 }).waitFor();
  // A new user starts with the default slots; this one replaces Bluesky's with a daily 08:15.
  const bluesky = page.getByRole('list', { name: 'Bluesky slots' });
  await bluesky.getByText('Mon 10:00').waitFor();
  while ((await bluesky.getByRole('button').count()) > 0) await bluesky.getByRole('button').first().click();
  const add = page.getByRole('form', { name: 'Add a posting slot' });
  await add.getByLabel('Platform').selectOption({ label: 'Bluesky' });
  await add.getByLabel('Day').selectOption({ label: 'Every day' });
  await add.getByLabel('Time', { exact: true }).fill('08:15');
  await add.getByRole('button', { name: 'Add slot' }).click();
  await page.getByRole('list', { name: 'Bluesky slots' }).getByText('Mon 08:15').waitFor();
  await page.getByRole('button', { name: 'Save posting slots' }).click();
  await page.getByText('Posting slots saved.').waitFor();
  const settings = page.getByRole('form', { name: 'Publishing settings' });
  await settings.getByLabel(/still publish it if it is/).selectOption({ label: 'Up to 3 hours late' });
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Publishing settings saved.').waitFor();
  await saveScreenshot(page, 'page-publishing-settings');

  await openNav(page, 'Content');
  await page.getByRole('button', { name: `Schedule “${LATER}”` }).click();
  const dialog = scheduleDialog(page);
  await dialog.getByRole('button', { name: 'Add to queue' }).click();
  await dialog.getByRole('heading', { name: 'Added to the queue' }).waitFor();
  await dialog.getByText(/, 08:15 \(next free slot\)$/).waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const list = page.getByRole('list', { name: 'Your content' });
  await list
    .getByRole('list', { name: 'Publishing status' })
    .getByText(/08:15$/)
    .first()
    .waitFor();
  await saveScreenshot(page, 'page-content-list-scheduled');
}

/** A revoked token fails the post at once; the Needs attention list explains it and cancels it. */
async function failedPostNeedsAttention(page: Page, emulatorUrl: string): Promise<void> {
  await emulatorControl(emulatorUrl, 'faults', {
    platform: 'bluesky',
    kind: 'revoked',
    operation: 'publish',
  });
  await writePiece(page, { type: 'Post', platforms: ['Bluesky'], body: FAILING });
  await page.getByRole('button', { name: 'Schedule…' }).click();
  const dialog = scheduleDialog(page);
  await dialog.getByLabel('Publish now').check();
  await dialog.getByRole('button', { name: 'Publish now' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await statusBadges(page).getByText('Failed', { exact: true }).waitFor({ timeout: PUBLISH_TIMEOUT_MS });

  // Today's cell in the calendar shows the post and what became of it.
  await openNav(page, 'Calendar');
  const posts = page.getByRole('list', { name: 'Scheduled posts' });
  await posts.getByRole('link', { name: FAILING }).waitFor();
  await posts.getByText('Failed', { exact: true }).waitFor();
  await saveScreenshot(page, 'page-calendar-posts');

  await openSchedulePage(page);
  const attention = page.getByRole('region', { name: /^Needs attention/ });
  const item = attention.getByRole('article', { name: `Bluesky: ${FAILING}` });
  await item
    .getByText(/no longer accepts Brandwright's access/)
    .first()
    .waitFor();
  await item
    .getByRole('list', { name: 'What happened' })
    .getByText(/the post was refused \(REVOKED\)/)
    .waitFor();
  await saveScreenshot(page, 'page-schedule-needs-attention');
  await item.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: 'Cancel the Bluesky post?' })
    .getByRole('button', { name: 'Cancel the Bluesky post' })
    .click();
  await page.getByText('Cancelled the Bluesky post.').waitFor();
  await expect.poll(() => attention.count()).toBe(0);
}

/** A new user with sandbox Bluesky connected; returns an address the sandbox emulator serves. */
async function signUpWithBluesky(page: Page, handle: string): Promise<string> {
  await page.goto(`${app.baseUrl()}/login`);
  const user = newTestUser();
  await register(page, user);
  await expectHome(page, user);
  await openPlatforms(page);
  await connectBluesky(page, handle);
  return emulatorAddress(page);
}

// Two users: each journey stays well inside one user's API request budget per minute.
describe('publishing', () => {
  test('publish a thread now and see it live; schedule, reschedule and cancel a post', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);

    await openSchedulePage(page);
    await page.getByRole('heading', { name: 'Nothing scheduled yet' }).waitFor();
    await page.getByRole('link', { name: 'Connect a platform' }).waitFor();
    await saveScreenshot(page, 'page-schedule-empty');

    await openPlatforms(page);
    await connectBluesky(page, 'ada-publishing.bsky.social');
    const postUrl = await publishThreadNow(page);
    await scheduleRescheduleCancel(page);

    // The published thread is in the recent list with its link.
    const recent = page.getByRole('list', { name: 'Recent posts, newest first' });
    expect(await livePostLink(recent)).toBe(postUrl);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('posting slots and the queue; a failed post in the calendar and in Needs attention', async ({
    task,
  }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const emulatorUrl = await signUpWithBluesky(page, 'ada-queue.bsky.social');
    await writePiece(page, { type: 'Post', platforms: ['Bluesky'], body: LATER });
    await openSchedulePage(page);
    await slotsAndQueue(page);
    await failedPostNeedsAttention(page, emulatorUrl);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
