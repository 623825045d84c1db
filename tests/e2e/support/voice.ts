// Voice-page journeys for the e2e tests, and real writing to teach it: public-domain passages from
// scripts/bench/fixtures/voice (see its README), never text written for the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { repoRoot } from './paths.js';
import { openNav } from './steps.js';

const FIXTURES = join(repoRoot, 'scripts/bench/fixtures/voice');

/** Paragraphs of a fixture file with between `min` and `max` words. */
export function paragraphs(file: string, min = 90, max = 200): string[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => {
      const words = p.split(/\s+/).length;
      return words >= min && words <= max;
    });
}

export const openVoice = (page: Page) => openNav(page, 'Voice');

export async function pasteSample(page: Page, text: string): Promise<void> {
  await page.getByLabel('Something you wrote').fill(text);
  await page.getByRole('button', { name: 'Add sample' }).click();
  await page.getByRole('status').getByText('Sample added. Your voice profile has been updated.').waitFor();
}

/** The score announced in the polite live region ("Voice match 72 out of 100: …"), or null. */
export async function announcedScore(page: Page): Promise<number | null> {
  const texts = await page.getByRole('status').allTextContents();
  const match = texts.join(' ').match(/Voice match (\d+) out of 100/);
  return match ? Number(match[1]) : null;
}

/** Types a draft into the score box and waits for a new announced score that passes `accept`. */
export async function scoreDraft(page: Page, text: string, accept: (score: number) => boolean) {
  await page.getByLabel('Draft to check').fill(text);
  await expect
    .poll(
      async () => {
        const score = await announcedScore(page);
        return score !== null && accept(score) ? score : null;
      },
      { timeout: 15_000 },
    )
    .not.toBeNull();
  const score = (await announcedScore(page)) ?? -1;
  // The visible meter says the same as the announcement.
  const meter = page.getByRole('meter', { name: 'Voice match' });
  expect(Number(await meter.getAttribute('value'))).toBe(score);
  return score;
}
