// One built server and one Chromium per e2e file: the hooks that start and stop them, and fresh
// pages that are screenshotted (with the server's output printed) when a test fails.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { launchBrowser, saveScreenshot, type TestBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';

export interface E2eApp {
  baseUrl(): string;
  /** A fresh page with no session, collecting uncaught page errors. */
  /** `consoleErrors`: what the browser logged as errors (failed requests included). */
  openPage(testName: string): Promise<{ page: Page; pageErrors: string[]; consoleErrors: string[] }>;
}

export function useE2eApp(): E2eApp {
  let server: RunningServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    baseUrl: () => server.baseUrl,
    async openPage(testName) {
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
      });
      onTestFailed(async () => {
        await saveScreenshot(page, testName);
        console.error(`server output:\n${server.output()}`);
      });
      return { page, pageErrors, consoleErrors };
    },
  };
}
