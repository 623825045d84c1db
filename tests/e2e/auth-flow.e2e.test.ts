import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import {
  alertText,
  deleteAccount,
  editProfileAndReload,
  expectHome,
  expectPath,
  logIn,
  logOut,
  newTestUser,
  openSettings,
  register,
} from './support/steps.js';

const app = useE2eApp();
/** A 1×1 PNG: enough for the server to decode, crop and resize. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('account lifecycle', () => {
  test('register, edit profile, reload, log out and in, delete account', async ({ task }) => {
    const { page, pageErrors, consoleErrors } = await app.openPage(task.name);
    const user = newTestUser();

    // Signed-out visitors to an app route are sent to /login.
    await page.goto(`${app.baseUrl()}/settings`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectPath(page, '/login');
    await saveScreenshot(page, 'page-login');

    await register(page, user);
    await expectHome(page, user);
    await page.getByRole('banner').getByText(user.fullName).waitFor();
    await saveScreenshot(page, 'page-home');
    // A healthy first visit logs nothing: no anonymous refresh (401), no "no strategy yet" (404).
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);

    await openSettings(page);
    await editProfileAndReload(page, 'Mathematician writing about computing machines', 'Asia/Tokyo');

    // A photo upload (any size: the server crops and resizes it) shows in the header at once.
    await page
      .getByLabel('Profile photo')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    await page.getByRole('img', { name: user.fullName }).waitFor();
    await expect.poll(() => page.getByRole('banner').locator('img').count()).toBe(1);

    // A new password keeps this session; from now on only the new one signs in.
    const changed = 'difference-engine-1822';
    await page.getByLabel('Current password').fill(user.password);
    await page.getByLabel('New password', { exact: true }).fill(changed);
    await page.getByLabel('Repeat the new password').fill(changed);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed.', { exact: false }).waitFor();
    user.password = changed;
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    // Signed-in users do not get the sign-in form again.
    await page.goto(`${app.baseUrl()}/login`);
    await expectHome(page, user);

    await logOut(page);
    // Signed out means signed out: a reload must not restore the session.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await logIn(page, user);
    await expectHome(page, user);
    await openSettings(page);
    await deleteAccount(page, user.email);

    // The account is gone, so the same credentials are now rejected.
    await logIn(page, user);
    expect(await alertText(page)).toMatch(/incorrect|invalid/i);
    await expectPath(page, '/login');

    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('shows validation and server errors next to the right field', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    const existing = newTestUser();
    const response = await fetch(`${app.baseUrl()}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: existing.email,
        password: existing.password,
        fullName: existing.fullName,
      }),
    });
    expect(response.status).toBe(201);

    await page.goto(`${app.baseUrl()}/register`);
    await page.getByLabel('Full name').fill('Second User');
    await page.getByLabel('Email').fill(existing.email);
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();

    // Checked in the browser with the shared contract; focus moves to the field at fault.
    await page.getByText('Must be at least 10 characters').waitFor();
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => password.evaluate((el) => el === document.activeElement)).toBe(true);

    // Checked by the server: the problem+json detail shows as a form-level alert.
    await password.fill(existing.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await alertText(page)).toMatch(/already|exists|taken|registered/i);
    await expectPath(page, '/register');
    await saveScreenshot(page, 'page-register-errors');

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
