// npm run bench:ai — p50/p95 of the offline engine (strategy over many different answer sets, posts
// over varied topics and voices), of voice scoring, and the overhead our provider pipeline (prompting, AI SDK, JSON
// parsing, zod validation) adds on top of a fake provider answering after a fixed 300 ms.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { BrandAnswers } from '@brandwright/contracts';
import { createEmulator } from '@brandwright/emulator';
import {
  type AiConfig,
  createAi,
  DEFAULT_VOICE,
  type PostsInput,
  type VoiceStyle,
} from '../../apps/server/src/adapters/ai/index.js';
import { chunkText, scoreText, styleCounts, sumCounts } from '../../apps/server/src/modules/voice/index.js';

const OFFLINE_RUNS = Number(process.env.BENCH_OFFLINE_RUNS ?? 500);
const PROVIDER_RUNS = Number(process.env.BENCH_PROVIDER_RUNS ?? 25);
const LATENCY_MS = 300;

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

function answers(i: number): BrandAnswers {
  const expertise = [
    'SaaS pricing',
    'cash-flow forecasting',
    'design systems',
    'remote onboarding',
    'data pipelines',
    'B2B sales',
  ];
  return {
    role: pick(['Fractional CFO', 'Staff engineer', 'Head of People', 'Product designer', 'Founder'], i),
    industry: pick(['B2B SaaS', 'healthcare', 'logistics', 'fintech'], i * 7),
    experienceLevel: pick(['entry', 'mid', 'senior', 'executive'] as const, i),
    yearsExperience: i % 30,
    expertise: expertise.slice(i % 3, (i % 3) + 1 + (i % 4)),
    achievements: i % 2 ? ['grew revenue 3x in two years'] : [],
    audience: pick(
      ['seed-stage founders and their first hires', 'CTOs', 'engineering managers, tech leads'],
      i,
    ),
    audienceProblems: ['no repeatable way to find customers', 'struggle to hire senior engineers'].slice(
      0,
      1 + (i % 2),
    ),
    goals: [
      pick(['leads', 'job', 'thought_leadership', 'audience_growth', 'hiring', 'speaking'] as const, i),
    ],
    platforms: ['linkedin', 'x'],
    postsPerWeek: 1 + (i % 7),
    currentPostingFrequency: 'monthly',
    followers: (i * 997) % 50_000,
    tone: ['professional'],
    topicsToAvoid: [],
    admiredPeople: [],
  };
}

function voice(i: number): VoiceStyle {
  return {
    ...DEFAULT_VOICE,
    avgSentenceWords: 6 + (i % 20),
    emojiRate: pick([0, 0.3, 1], i),
    hashtagsPerPost: i % 5,
    person: pick(['I', 'we', 'you', 'neutral'] as const, i),
    lineBreaks: pick(['dense', 'short_paragraphs', 'line_per_sentence'] as const, i),
  };
}

function posts(i: number): PostsInput {
  return {
    platform: pick(['linkedin', 'x', 'medium', 'bluesky', 'mastodon'] as const, i),
    format: pick(['post', 'thread', 'article'] as const, i * 5),
    topic: pick(['pricing experiments', 'AI in hiring', 'remote onboarding', 'OKRs that work'], i * 3),
    voice: voice(i),
    samples: [
      'Quick story: our first channel test failed. Thoughts? #SaaS',
      'Hot take: most dashboards are noise.',
    ],
    variants: 3,
    seed: i,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(
  runs: number,
  fn: (i: number) => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  await fn(-1); // warm-up: module init and JIT are not what we measure
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const rows: { name: string; runs: number; p50: number; p95: number }[] = [];
const offline = createAi({ AI_PROVIDER: 'offline', AI_TIMEOUT_MS: 60_000, AI_MAX_RETRIES: 2 } as AiConfig);
const profile = { fullName: 'Dana Smith' };
rows.push({
  name: 'offline strategy',
  runs: OFFLINE_RUNS,
  ...(await measure(OFFLINE_RUNS, (i) =>
    offline.generator.generateStrategy({ answers: answers(Math.abs(i)), profile, seed: i }),
  )),
});
rows.push({
  name: 'offline posts (3 variants)',
  runs: OFFLINE_RUNS,
  ...(await measure(OFFLINE_RUNS, (i) => offline.generator.generatePosts(posts(Math.abs(i))))),
});
rows.push({
  name: 'offline embeddings (10 texts)',
  runs: OFFLINE_RUNS,
  ...(await measure(OFFLINE_RUNS, (i) =>
    offline.embedder.embed(Array.from({ length: 10 }, (_, j) => `${posts(i + j).topic} sample ${j}`)),
  )),
});

// Voice scoring as POST /voice/score does it after reading the profile row: counts of the text, then
// the z-scored distance to the profile's summed counts. Texts are 150-word chunks of real authors.
const voiceTexts = chunkText(
  readFileSync(new URL('./fixtures/voice/holdout-austen-emma.txt', import.meta.url), 'utf8'),
  150,
);
const voiceProfile = sumCounts(voiceTexts.slice(0, 10).map(styleCounts));
rows.push({
  name: 'voice score (150 words)',
  runs: OFFLINE_RUNS,
  ...(await measure(OFFLINE_RUNS, async (i) =>
    scoreText(styleCounts(pick(voiceTexts, Math.abs(i) + 10)), voiceProfile),
  )),
});

const emulator = await createEmulator({ port: 0 });
for (const provider of ['openai', 'anthropic'] as const) {
  await fetch(`${emulator.url}/__emulator/ai/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ provider, kind: 'latency', latencyMs: LATENCY_MS, count: 1_000_000 }),
  });
  const ai = createAi({
    AI_PROVIDER: provider,
    AI_BASE_URL: provider === 'openai' ? emulator.openaiBaseUrl : emulator.anthropicBaseUrl,
    AI_API_KEY: 'bench',
    AI_MODEL: provider === 'openai' ? 'gpt-4o-mini' : 'claude-sonnet-4-5',
    AI_TIMEOUT_MS: 10_000,
    AI_MAX_RETRIES: 0,
  } as AiConfig);
  for (const [name, fn] of [
    ['posts', (i: number) => ai.generator.generatePosts(posts(Math.abs(i)))],
    [
      'posts streamed',
      async (i: number) => {
        for await (const _event of ai.generator.streamPosts(posts(Math.abs(i)))) {
          // consume every event, as the SSE route will
        }
      },
    ],
    ['strategy', (i: number) => ai.generator.generateStrategy({ answers: answers(Math.abs(i)), profile })],
  ] as const) {
    const figures = await measure(PROVIDER_RUNS, fn);
    rows.push({
      name: `${provider} ${name}: overhead over ${LATENCY_MS} ms`,
      runs: PROVIDER_RUNS,
      p50: figures.p50 - LATENCY_MS,
      p95: figures.p95 - LATENCY_MS,
    });
  }
}
await emulator.close();

const width = Math.max(...rows.map((r) => r.name.length));
console.log(
  `\n${'benchmark'.padEnd(width)}  ${'runs'.padStart(5)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}`,
);
console.log('-'.repeat(width + 29));
for (const r of rows)
  console.log(
    `${r.name.padEnd(width)}  ${String(r.runs).padStart(5)}  ${r.p50.toFixed(2).padStart(8)}  ${r.p95.toFixed(2).padStart(8)}`,
  );
console.log(
  `\nNode ${process.version}; provider rows: fake provider on loopback answering after ${LATENCY_MS} ms.`,
);
