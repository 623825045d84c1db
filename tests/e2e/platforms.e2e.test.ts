// End-to-end: platform connections in headless Chromium against the built server and its in-process
// sandbox emulator. A new user sees every platform unconnected and marked Sandbox, connects LinkedIn
// and X through the consent page (a real click on "Allow"), sees them healthy with their accounts,
// cancels a consent and is told why, connects Bluesky with an app password, Mastodon on an instance
// of its own (whose 5,000-character limit is shown, and counted in the editor) and Medium with a
// token, then disconnects.
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import {
  cancelConsent,
  card,
  connectBluesky,
  connectMastodon,
  connectMedium,
  connectWithConsent,
  disconnect,
  emulatorAddress,
  emulatorControl,
  openPlatforms,
} from './support/platforms.js';
import { writePiece } from './support/publishing.js';
import { expectHome, newTestUser, register } from './support/steps.js';

const app = useE2eApp();

describe('platforms', () => {
  test('connect all five sandbox platforms, see their accounts and health, disconnect', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.goto(`${app.baseUrl()}/login`);
    const user = newTestUser();
    await register(page, user);
    await expectHome(page, user);

    await openPlatforms(page);
    await page.getByText('No platforms connected yet').waitFor();
    expect(await page.getByText('Sandbox', { exact: true }).count()).toBe(5);
    await saveScreenshot(page, 'page-platforms-empty');

    await connectWithConsent(page, 'LinkedIn');
    const linkedin = card(page, 'LinkedIn');
    await linkedin.getByText('Healthy', { exact: true }).waitFor();
    // LinkedIn self-serve apps get no refresh token: 60 days, then the user signs in again.
    await linkedin.getByText('Reconnect within 60 days; we will remind you.').waitFor();
    await linkedin.getByText('w_member_social').waitFor();

    await connectWithConsent(page, 'X');
    const x = card(page, 'X');
    await x.getByText('Healthy', { exact: true }).waitFor();
    await x.getByText('Renews itself automatically.').waitFor();
    // Each user has their own sandbox account, named from their email.
    await x.getByText(new RegExp(`^@${user.email.split('@')[0]}-[0-9a-f]{6}$`)).waitFor();
    expect(await page.getByText('No platforms connected yet').count()).toBe(0);

    await cancelConsent(page, 'X');
    await saveScreenshot(page, 'page-platforms-cancelled');
    // The cancelled attempt left the existing connection alone.
    await x.getByText('Healthy', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => page.getByText('X was not connected').count()).toBe(0);
    await connectBluesky(page, 'ada-e2e.bsky.social');
    // The emulated instance allows 5,000 characters per post, as some real ones do.
    const emulator = await emulatorAddress(page);
    const vendors = (await emulatorControl(emulator, 'vendors')) as { mastodon: { base: string } };
    await emulatorControl(emulator, 'mastodon/limit', { base: vendors.mastodon.base, maxCharacters: 5000 });
    await connectMastodon(page, 'long.example.social');
    const mastodon = card(page, 'Mastodon');
    await mastodon.getByText('· long.example.social').waitFor();
    await mastodon.getByText('Posts up to 5,000 characters on this instance').waitFor();
    await connectMedium(page, `sandbox-${Date.now().toString(36)}`);
    // The newest message replaces the one the Mastodon callback left.
    expect(await page.getByText('Mastodon connected', { exact: true }).count()).toBe(0);
    await saveScreenshot(page, 'page-platforms-connected');

    await disconnect(page, 'LinkedIn');
    await disconnect(page, 'X');
    await page.reload();
    await page.getByRole('heading', { name: 'Platforms', level: 1 }).waitFor();
    await card(page, 'LinkedIn').getByText('Not connected', { exact: true }).waitFor();
    await card(page, 'Bluesky').getByText('Connected', { exact: true }).waitFor();

    // The editor counts against the instance's own limit, not Mastodon's usual 500.
    await writePiece(page, { type: 'Post', platforms: ['Mastodon'], body: 'a'.repeat(900) });
    const counters = page.getByRole('list', { name: 'Length per platform' });
    await counters.getByText('Mastodon: 900 / 5000').waitFor();
    expect(await counters.getByText('too long').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
