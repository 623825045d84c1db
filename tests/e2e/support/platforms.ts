// Platforms journeys for the e2e tests: open the page, connect an OAuth platform through the sandbox
// emulator's consent page (the real click on "Allow"), connect Bluesky with an app password, and
// disconnect through the confirmation dialog. Role and label locators only, as in steps.ts.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectPath, openNav } from './steps.js';

export const openPlatforms = (page: Page) => openNav(page, 'Platforms');

export function card(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

/** Connect → the emulator's consent page → Allow → back on /platforms, told it worked. */
export async function connectWithConsent(page: Page, name: string): Promise<void> {
  const platforms = new URL(page.url());
  await card(page, name)
    .getByRole('button', { name: `Connect ${name}` })
    .click();
  // The consent page belongs to the (emulated) platform, on another origin.
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  expect(new URL(page.url()).origin).not.toBe(platforms.origin);
  await page.getByText('Sandbox emulator').waitFor();
  await page.getByRole('button', { name: 'Allow' }).click();
  await expectPath(page, '/platforms');
  expect(new URL(page.url()).searchParams.get('connected')).toBe(name.toLowerCase());
  await page.getByRole('status').getByText(`${name} connected`).waitFor();
  await card(page, name).getByText('Connected', { exact: true }).waitFor();
}

/** Mastodon: name an instance, approve on its (emulated) consent page, back with the account. */
export async function connectMastodon(page: Page, instance: string): Promise<void> {
  const mastodon = card(page, 'Mastodon');
  await mastodon.getByLabel('Your Mastodon instance').fill(instance);
  await mastodon.getByRole('button', { name: 'Connect Mastodon' }).click();
  await page.getByRole('heading', { name: 'Mastodon', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Allow' }).click();
  await expectPath(page, '/platforms');
  await page.getByRole('status').getByText('Mastodon connected').waitFor();
  await mastodon.getByText('Connected', { exact: true }).waitFor();
}

export async function connectMedium(page: Page, token: string): Promise<void> {
  const medium = card(page, 'Medium');
  await medium.getByLabel('Integration token').fill(token);
  await medium.getByRole('button', { name: 'Connect Medium' }).click();
  await page.getByText('Medium connected.').waitFor();
  await medium.getByText('Connected', { exact: true }).waitFor();
}

/** Cancelling on the consent page brings the user back with the reason shown. */
export async function cancelConsent(page: Page, name: string): Promise<void> {
  await card(page, name)
    .getByRole('button', { name: `Connect ${name}` })
    .click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expectPath(page, '/platforms');
  const alert = page.getByRole('alert').filter({ hasText: `${name} was not connected` });
  await alert.getByText('You cancelled the authorization, so nothing was connected.').waitFor();
}

export async function connectBluesky(page: Page, handle: string): Promise<void> {
  const bluesky = card(page, 'Bluesky');
  await bluesky.getByLabel('Bluesky handle').fill(handle);
  await bluesky.getByLabel('App password', { exact: true }).fill('abcd-efgh-ijkl-mnop');
  await bluesky.getByRole('button', { name: 'Connect Bluesky' }).click();
  await page.getByText('Bluesky connected.').waitFor();
  await bluesky.getByText(`@${handle}`).waitFor();
}

export async function disconnect(page: Page, name: string): Promise<void> {
  await card(page, name).getByRole('button', { name: 'Disconnect' }).click();
  const dialog = page.getByRole('dialog', { name: `Disconnect ${name}?` });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: `Disconnect ${name}` }).click();
  await page.getByText(`${name} disconnected.`).waitFor();
  await card(page, name).getByText('Not connected', { exact: true }).waitFor();
}

/** An address the sandbox emulator serves (a connected Bluesky avatar, on its control origin). */
export async function emulatorAddress(page: Page): Promise<string> {
  return (await card(page, 'Bluesky').locator('img').first().getAttribute('src')) ?? '';
}

/** Calls the sandbox emulator's control API at the origin of `address` (see emulatorAddress). */
export async function emulatorControl(address: string, path: string, body?: object): Promise<unknown> {
  const response = await fetch(`${new URL(address).origin}/__emulator/${path}`, {
    method: body ? 'POST' : 'GET',
    ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  expect(response.ok).toBe(true);
  return response.json();
}
