// Reusable user journeys for the e2e tests, written with role and label locators only, the way a
// keyboard or screen-reader user finds things.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { saveScreenshot } from './browser.js';

export interface TestUser {
  fullName: string;
  firstName: string;
  email: string;
  password: string;
}

export function newTestUser(): TestUser {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  return { fullName: 'Ada Lovelace', firstName: 'Ada', email, password: 'analytical-engine-1843' };
}

export async function expectPath(page: Page, path: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(path);
}

export async function expectHome(page: Page, user: TestUser): Promise<void> {
  await page.getByRole('heading', { name: `Welcome, ${user.firstName}` }).waitFor();
  await expectPath(page, '/');
}

export async function register(page: Page, user: TestUser): Promise<void> {
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByRole('heading', { name: 'Create your account' }).waitFor();
  await page.getByLabel('Full name').fill(user.fullName);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function logIn(page: Page, user: Pick<TestUser, 'email' | 'password'>): Promise<void> {
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Follows a main navigation link; the page's heading says where we are, the link says it is current. */
export async function openNav(page: Page, name: string): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  await link.click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  expect(await link.getAttribute('aria-current')).toBe('page');
}

export const openSettings = (page: Page) => openNav(page, 'Settings');

/** Saves a headline and time zone, then reloads: the values must come back from the server. */
export async function editProfileAndReload(page: Page, headline: string, timezone: string): Promise<void> {
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Time zone').selectOption(timezone);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('status').getByText('Profile saved.').waitFor();
  await saveScreenshot(page, 'page-settings');

  // A reload drops the in-memory access token; the session comes back from the refresh cookie.
  await page.reload();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await expect.poll(() => page.getByLabel('Headline').inputValue()).toBe(headline);
  await expect.poll(() => page.getByLabel('Time zone').inputValue()).toBe(timezone);
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByText('You have been signed out.').waitFor();
  await expectPath(page, '/login');
}

export async function deleteAccount(page: Page, email: string): Promise<void> {
  await page.getByRole('button', { name: 'Delete account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await dialog.waitFor();
  await dialog.getByLabel('Type your email address').fill(email);
  await dialog.getByRole('button', { name: 'Delete account permanently' }).click();
  await page.getByText('Your account and its data have been deleted.').waitFor();
  await expectPath(page, '/login');
}

/** The text of the page's single role=alert element once it appears. */
export async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}
