// npm run bench:generate — p50/p95 of POST /content/generate's service with 3 variants and all
// scores (voice against a trained profile, brand alignment against a strategy, engagement
// baseline), offline. (The overhead over the emulator's fake provider is not measured yet: the fake's
// posts answer failed our output schema for these requests; see docs/ARCHITECTURE.md.)
import { performance } from 'node:perf_hooks';

import { seniorAnswers } from '../../apps/server/src/modules/content/generation/generation.fixtures.js';
import { call, createTestApp, registerUser, type TestApp } from '../../apps/server/src/test/test-app.js';
import { fixtureText, pieces } from '../../apps/server/src/test/voice-texts.js';

const OFFLINE_RUNS = Number(process.env.BENCH_OFFLINE_RUNS ?? 200);
const PLATFORMS = ['linkedin', 'x', 'bluesky', 'mastodon'] as const;
const TOPICS = ['month-end close', 'hiring data engineers', 'real-time analytics', 'trusting the numbers'];

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { runs: samples.length, p50: at(0.5).toFixed(2), p95: at(0.95).toFixed(2) };
}

/** A user with a strategy and a trained voice profile on app `t`. */
async function preparedUser(t: TestApp): Promise<string> {
  const user = await registerUser(t);
  const res = await call(t, user.accessToken, {
    method: 'POST',
    url: '/api/v1/brand/assessment',
    payload: { answers: seniorAnswers },
  });
  if (res.statusCode !== 201) throw new Error(`assessment failed: ${res.body}`);
  for (const text of pieces(fixtureText('reference/wickham.txt'), 120, 10))
    await call(t, user.accessToken, { method: 'POST', url: '/api/v1/voice/samples', payload: { text } });
  return user.user.id;
}

async function measure(t: TestApp, userId: string, runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await t.services.generation.generate(userId, {
      platform: PLATFORMS[i % PLATFORMS.length] ?? 'linkedin',
      topic: TOPICS[i % TOPICS.length],
      variants: 3,
    });
    times.push(performance.now() - start);
  }
  return percentiles(times);
}

const offlineApp = await createTestApp();
const offlineUser = await preparedUser(offlineApp);
await measure(offlineApp, offlineUser, 5); // warm-up: wink's model, the first embeddings
const offline = await measure(offlineApp, offlineUser, OFFLINE_RUNS);
await offlineApp.close();

console.table({
  'offline generate, 3 variants with scores (ms)': offline,
});
