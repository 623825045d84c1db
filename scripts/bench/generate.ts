// npm run bench:generate — p50/p95 of POST /content/generate's service with 3 variants and all
// scores (voice against a trained profile, brand alignment against a strategy, engagement
// baseline), offline; then the same requests against the emulator's fake OpenAI and Anthropic APIs
// answering after a fixed latency, reported as total minus that latency (our overhead).
import { performance } from 'node:perf_hooks';
import { createEmulator, type Emulator } from '@brandwright/emulator';

import { seniorAnswers } from '../../apps/server/src/test/brand-answers.js';
import { call, createTestApp, registerUser, type TestApp } from '../../apps/server/src/test/test-app.js';
import { fixtureText, pieces } from '../../apps/server/src/test/voice-texts.js';

const OFFLINE_RUNS = Number(process.env.BENCH_OFFLINE_RUNS ?? 200);
const PROVIDER_RUNS = Number(process.env.BENCH_PROVIDER_RUNS ?? 25);
const LATENCY_MS = 300;
const PLATFORMS = ['linkedin', 'x', 'bluesky', 'mastodon'] as const;
const TOPICS = ['month-end close', 'hiring data engineers', 'real-time analytics', 'trusting the numbers'];

/** p50/p95 in ms, less `minus` (the fake provider's fixed latency, for the overhead rows). */
function percentiles(samples: number[], minus = 0) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { runs: samples.length, p50: (at(0.5) - minus).toFixed(2), p95: (at(0.95) - minus).toFixed(2) };
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

async function measure(t: TestApp, userId: string, runs: number, minus = 0) {
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
  return percentiles(times, minus);
}

const offlineApp = await createTestApp();
const offlineUser = await preparedUser(offlineApp);
await measure(offlineApp, offlineUser, 5); // warm-up: wink's model, the first embeddings
const offline = await measure(offlineApp, offlineUser, OFFLINE_RUNS);
await offlineApp.close();

/** The same generation through a provider: the fake answers every request after LATENCY_MS. */
async function overProvider(provider: 'openai' | 'anthropic', emulator: Emulator) {
  await fetch(`${emulator.url}/__emulator/ai/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ provider, kind: 'latency', latencyMs: LATENCY_MS, count: 1_000_000 }),
  });
  const app = await createTestApp({
    AI_PROVIDER: provider,
    AI_BASE_URL: provider === 'openai' ? emulator.openaiBaseUrl : emulator.anthropicBaseUrl,
    AI_API_KEY: 'bench',
    AI_MODEL: provider === 'openai' ? 'gpt-4o-mini' : 'claude-sonnet-4-5',
    AI_MAX_RETRIES: '0',
  });
  const user = await preparedUser(app);
  await measure(app, user, 2);
  const figures = await measure(app, user, PROVIDER_RUNS, LATENCY_MS);
  await app.close();
  return figures;
}

const emulator = await createEmulator({ port: 0 });
const overheads = {
  [`openai generate: overhead over ${LATENCY_MS} ms (ms)`]: await overProvider('openai', emulator),
  [`anthropic generate: overhead over ${LATENCY_MS} ms (ms)`]: await overProvider('anthropic', emulator),
};
await emulator.close();

console.table({
  'offline generate, 3 variants with scores (ms)': offline,
  ...overheads,
});
