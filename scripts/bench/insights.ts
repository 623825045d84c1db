// npm run bench:insights — the insight computation for one user with --posts P (default 5,000)
// posts in the period (synthetic history with planted effects, in memory, so only the statistics,
// key phrases and narrative are measured), --runs R times (default 20): p50/p95. Prints one report's
// insights as a sample. The 10,000-user monthly job on PostgreSQL is not built yet (see README).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { PerformanceRecord } from '../../apps/server/src/modules/analytics/index.js';
import { InsightsService } from '../../apps/server/src/modules/insights/insights.service.js';
import { resolvePeriod } from '../../apps/server/src/modules/insights/period.js';
import { syntheticHistory } from '../../apps/server/src/modules/insights/test/synthetic.js';
import { MemoryKv } from '../../apps/server/src/platform/kv/index.js';

const { values: flags } = parseArgs({
  options: { posts: { type: 'string', default: '5000' }, runs: { type: 'string', default: '20' } },
});
const posts = Number(flags.posts);
const runs = Number(flags.runs);
const NOW = new Date('2027-03-20T12:00:00Z');
const period = resolvePeriod('Europe/Berlin', NOW, { month: '2027-02' });

/** Synthetic posts as PerformanceRecords, spread over the period and the month before. */
function records(): PerformanceRecord[] {
  const history = syntheticHistory({
    seed: 42,
    posts: Math.round(posts * 1.5),
    planted: { topics: { 'career growth': 1.8, 'product design': 0.6 }, questionHook: 1.5 },
  });
  const span = period.end.getTime() - period.previousStart.getTime();
  return history
    .map((p, i) => ({
      id: `p${i}`,
      contentId: null,
      platform: p.platform as PerformanceRecord['platform'],
      // The last `posts` fall inside the period; the others in the previous month.
      publishedAt: new Date(
        i < history.length - posts
          ? period.previousStart.getTime() +
              ((i + 0.5) / (history.length - posts)) *
                (period.start.getTime() - period.previousStart.getTime())
          : period.start.getTime() +
              ((i - (history.length - posts) + 0.5) / posts) *
                (period.end.getTime() - period.start.getTime()),
      ),
      text: p.text,
      pillar: p.pillar,
      contentType: 'post' as const,
      source: 'brandwright' as const,
      metrics: { impressions: p.base, likes: p.engagements },
      engagements: p.engagements,
      denominator: 'impressions' as const,
      base: p.base,
      rate: p.rate,
    }))
    .filter((r) => r.publishedAt.getTime() < span + period.previousStart.getTime());
}

const all = records();
const service = new InsightsService({
  history: { records: async () => all },
  kv: new MemoryKv(),
  clock: () => NOW,
  zones: { timezoneOf: async () => 'Europe/Berlin' },
});
const times: number[] = [];
let sample: Awaited<ReturnType<InsightsService['compute']>> | undefined;
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  sample = await service.compute('bench-user', period);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(0);
console.log(JSON.stringify(sample, null, 2));
console.log(
  `insights for one user, ${posts} posts in the period (${all.length} read): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${runs} runs`,
);
