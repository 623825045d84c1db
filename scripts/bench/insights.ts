// npm run bench:insights — (a) the insight computation for one user with --posts P (default 5,000)
// posts in the period (synthetic history with planted effects, in memory), --runs R times (default
// 20): p50/p95 without the key-phrase memo (every report tags every text, as before), the first
// report with the memo (extracts and stores), and warm reports (reads the memo; PGlite in memory).
// (b) with DATABASE_URL: a month's job for --users U (default 10,000) users on PostgreSQL through
// the real sweep and worker (scripts/bench/insights-monthly.ts); `--skip-single` runs (b) alone.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { PerformanceRecord } from '../../apps/server/src/modules/analytics/index.js';
import { InsightsRepository } from '../../apps/server/src/modules/insights/insights.repository.js';
import { InsightsService } from '../../apps/server/src/modules/insights/insights.service.js';
import { resolvePeriod } from '../../apps/server/src/modules/insights/period.js';
import { syntheticHistory } from '../../apps/server/src/modules/insights/test/synthetic.js';
import { openDatabase, queryRows, runMigrations } from '../../apps/server/src/platform/db/index.js';
import { MemoryKv } from '../../apps/server/src/platform/kv/index.js';
import { runMonthlyBench } from './insights-monthly.js';

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    posts: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '20' },
    users: { type: 'string', default: '10000' },
    'posts-per-user': { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
    'skip-single': { type: 'boolean', default: false },
  },
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
  const before = history.length - posts;
  const at = (start: Date, end: Date, share: number) =>
    new Date(start.getTime() + share * (end.getTime() - start.getTime()));
  return history.map((p, i) => ({
    id: `p${i}`,
    contentId: null,
    platform: p.platform as PerformanceRecord['platform'],
    // The last `posts` fall inside the period; the others in the previous month.
    publishedAt:
      i < before
        ? at(period.previousStart, period.start, (i + 0.5) / before)
        : at(period.start, period.end, (i - before + 0.5) / posts),
    text: p.text,
    pillar: p.pillar,
    contentType: 'post' as const,
    source: 'brandwright' as const,
    metrics: { impressions: p.base, likes: p.engagements },
    engagements: p.engagements,
    denominator: 'impressions' as const,
    base: p.base,
    rate: p.rate,
  }));
}

async function timed(times: number[], run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  times.push(performance.now() - started);
}

function quantiles(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(0);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${sorted.length} runs`;
}

async function singleUser(): Promise<void> {
  const all = records();
  const ports = {
    history: { records: async () => all },
    clock: () => NOW,
    zones: { timezoneOf: async () => 'Europe/Berlin' },
  };
  const database = await openDatabase({ dataDir: 'memory' });
  await runMigrations(database);
  const [user] = await queryRows<{ id: string }>(
    database.db,
    sql`insert into users (email, password_hash) values ('bench@example.com', 'unused') returning id`,
  );
  const userId = (user as { id: string }).id;
  const plain = new InsightsService({ ...ports, kv: new MemoryKv() });
  const memo = new InsightsService({
    ...ports,
    kv: new MemoryKv(),
    store: new InsightsRepository(database.db),
  });
  const before: number[] = [];
  for (let run = 0; run < runs; run += 1) await timed(before, () => plain.compute(userId, period));
  const cold: number[] = [];
  await timed(cold, () => memo.compute(userId, period));
  const after: number[] = [];
  let sample: Awaited<ReturnType<InsightsService['compute']>> | undefined;
  for (let run = 0; run < runs; run += 1)
    await timed(after, async () => {
      sample = await memo.compute(userId, period);
    });
  await database.close();
  console.log(JSON.stringify(sample, null, 2));
  const head = `insights for one user, ${posts} posts in the period (${all.length} read)`;
  console.log(`${head}, before (no key-phrase memo): ${quantiles(before)}`);
  console.log(`${head}, first report with the memo (extracts and stores): ${cold[0]?.toFixed(0)} ms`);
  console.log(`${head}, after (memo warm): ${quantiles(after)}`);
}

if (!flags['skip-single']) await singleUser();
if (process.env.DATABASE_URL)
  await runMonthlyBench({
    users: Number(flags.users),
    postsPerUser: Number(flags['posts-per-user']),
    concurrency: Number(flags.concurrency),
  });
else console.log('part (b), the monthly job for many users on PostgreSQL: set DATABASE_URL to run it');
