// At 390×844 the main navigation is one "Menu" button: it says whether it is open, keeps focus
// inside while open, closes on Escape (focus back on the button) and after following a link.
import { describe, expect, test } from 'vitest';
import { useE2eApp } from './support/app.js';
import { saveScreenshot } from './support/browser.js';
import { expectHome, expectPath, newTestUser, register } from './support/steps.js';

const app = useE2eApp();

describe('mobile menu', () => {
  test('opens, traps focus, closes on Escape and on navigation at 390×844', async ({ task }) => {
    const { page, pageErrors } = await app.openPage(task.name);
    await page.setViewportSize({ width: 390, height: 844 });
    const user = newTestUser();
    await page.goto(`${app.baseUrl()}/login`);
    await register(page, user);
    await expectHome(page, user);

    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    // Closed, no navigation link is visible (the desktop nav is hidden below 768 px).
    expect(await page.getByRole('link', { name: 'Calendar' }).isVisible()).toBe(false);

    await menu.click();
    const close = page.getByRole('button', { name: 'Close menu' });
    await expect(close.getAttribute('aria-expanded')).resolves.toBe('true');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Home' }).waitFor();
    await saveScreenshot(page, 'mobile-menu-open');
    // Focus moved into the menu; a full round of Tab never leaves menu button + links.
    const inMenu = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return Boolean(active?.closest('nav[aria-label="Main"]') || active?.getAttribute('aria-controls'));
      });
    expect(await inMenu()).toBe(true);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await inMenu()).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await inMenu()).toBe(true);

    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    await menu.click();
    await nav.getByRole('link', { name: 'Calendar' }).click();
    await expectPath(page, '/calendar');
    // Closed again: the button is back to "Menu" (React closes it once the route has changed).
    await page.getByRole('button', { name: 'Menu', exact: true }).waitFor();
    await expect(
      page.getByRole('button', { name: 'Menu', exact: true }).getAttribute('aria-expanded'),
    ).resolves.toBe('false');
    expect(pageErrors).toEqual([]);
  });
});
