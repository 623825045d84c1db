// The engagement model wired to analytics end to end: a user's tracked LinkedIn posts with metrics
// make generated drafts score with the fitted model (and say so, with its validated error); new
// metrics refit it; another user's history never scores the caller's drafts.
import type { GenerateResult } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPost } from '../modules/analytics/test/analytics-read.fixtures.js';
import { call, createTestApp, registerUser, type TestApp } from '../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 11}`).join(' ');

/** Posts whose rate rises by 3 points with a closing question, with some noise. */
async function seedHistory(userId: string, count: number, offset = 0) {
  for (let i = offset; i < offset + count; i++) {
    const asks = i % 2 === 0;
    const text = `Lesson ${i} from a year of hiring.\n${words(80 + ((i * 37) % 200))}.${asks ? '\n\nWhat would you do?' : ''}`;
    const rate = 0.03 + (asks ? 0.03 : 0) + ((i * 7) % 5) * 0.001;
    await seedPost(t, userId, {
      platform: 'linkedin',
      text,
      publishedAt: new Date(Date.UTC(2026, 5, 1 + (i % 28), 7 + (i % 10))).toISOString(),
      latest: { impressions: 1000, likes: Math.round(rate * 1000) },
    });
  }
}

async function firstEngagementLine(token: string): Promise<string> {
  const res = await call(t, token, {
    method: 'POST',
    url: '/api/v1/content/generate',
    payload: { platform: 'linkedin', topic: 'hiring senior engineers', variants: 1 },
  });
  expect(res.statusCode).toBe(201);
  const body = res.json() as GenerateResult;
  return body.variants[0]?.explanations.engagementPrediction[0] ?? '';
}

describe('engagement model on the analytics history', () => {
  it('scores with the fitted model, refits on new metrics, and keeps users apart', async () => {
    const alice = await registerUser(t);
    const bob = await registerUser(t);
    expect(await firstEngagementLine(alice.accessToken)).toMatch(/^Platform baseline/);

    await seedHistory(alice.user.id, 40);
    expect(await firstEngagementLine(alice.accessToken)).toMatch(
      /^Based on your 40 posts on LinkedIn; validated error ±\d+\.\d\d points of rate \(guessing your typical post: ±\d+\.\d\d\)\.$/,
    );
    expect(await firstEngagementLine(bob.accessToken)).toMatch(/^Platform baseline/);

    // New metrics bump the analytics version: the next request refits on all 50.
    await seedHistory(alice.user.id, 10, 40);
    expect(await firstEngagementLine(alice.accessToken)).toMatch(/^Based on your 50 posts on LinkedIn/);
  });
});
