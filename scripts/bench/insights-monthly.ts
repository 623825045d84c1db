// Part (b) of npm run bench:insights: a month's insights job on PostgreSQL (DATABASE_URL; Redis and
// BullMQ too with REDIS_URL) for --users U users with --posts-per-user P posts in February and half
// as many in January, seeded in bulk SQL in a fresh database (the test harness's, dropped after).
// Users are spread over eight zones. The real app's sweep queues the jobs and its real worker runs
// them at --concurrency C; prints seeding time, sweep time, total job time and users per second,
// then checks that a second sweep queues nothing and that each user has exactly one stored row.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';

const NOW = new Date('2027-03-20T12:00:00Z');
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/Sao_Paulo',
];
const TOPICS = ['product design', 'remote hiring', 'team culture', 'career growth', 'pricing', 'onboarding'];

export interface MonthlyBenchOptions {
  users: number;
  postsPerUser: number;
  concurrency: number;
}

async function seed(db: import('../../apps/server/src/platform/db/index.js').Db, opts: MonthlyBenchOptions) {
  const zones = sql.param(ZONES);
  const topics = sql.param(TOPICS);
  await db.execute(sql`insert into users (email, password_hash)
    select 'bench-insights-' || g || '@example.com', 'unused' from generate_series(1, ${opts.users}) g`);
  await db.execute(sql`insert into user_profiles (user_id, full_name, timezone)
    select id, 'Bench user', (${zones}::text[])[1 + (row_number() over (order by id)) % ${ZONES.length}]
    from users where email like 'bench-insights-%'`);
  // P posts in February and P/2 in January per user, texts from a few topics with a question hook
  // on every third, rates with a mild per-topic effect plus noise.
  await db.execute(sql`insert into analytics_posts
      (user_id, platform, platform_post_id, source, text, text_hash, published_at, latest, latest_at)
    select u.id, 'linkedin', 'b-' || u.id || '-' || k, 'brandwright', t.text, md5(t.text),
      timestamptz '2027-01-01 08:00Z' + (k * (59.0 / ${Math.round(opts.postsPerUser * 1.5)})) * interval '1 day',
      jsonb_build_object('impressions', 1000 + (k * 37) % 900,
        'likes', round((1000 + (k * 37) % 900) * 0.03 * (0.6 + random() * 0.8 + (k % 6 = 0)::int * 0.4))),
      ${NOW.toISOString()}::timestamptz
    from users u
    cross join generate_series(1, ${Math.round(opts.postsPerUser * 1.5)}) k
    cross join lateral (select case when k % 3 = 0 then 'Is ' || (${topics}::text[])[1 + k % ${TOPICS.length}]
        || ' overrated? Notes ' || k else 'A few notes on ' || (${topics}::text[])[1 + k % ${TOPICS.length}]
        || ' and what I learnt, part ' || k || '.' end as text) t
    where u.email like 'bench-insights-%'`);
}

export async function runMonthlyBench(opts: MonthlyBenchOptions): Promise<void> {
  process.env.TEST_BACKEND = 'scaled';
  const { createTestApp } = await import('../../apps/server/src/test/test-app.js');
  const { queryRows } = await import('../../apps/server/src/platform/db/index.js');
  const t = await createTestApp({ LOG_LEVEL: 'silent' }, undefined, { clock: () => NOW });
  try {
    const seedStart = performance.now();
    await seed(t.database.db, opts);
    const seedS = (performance.now() - seedStart) / 1000;
    const count = async () =>
      Number(
        (await queryRows<{ n: string }>(t.database.db, sql`select count(*) as n from insight_reports`))[0]?.n,
      );
    const sweepStart = performance.now();
    const queued = await t.services.insights.sweepMonthly();
    const sweepS = (performance.now() - sweepStart) / 1000;
    const jobStart = performance.now();
    t.jobs.start({ concurrency: opts.concurrency });
    let done = 0;
    // A job that keeps failing would leave this waiting: stop after an hour and print what got done.
    while (done < queued && performance.now() - jobStart < 3_600_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      done = await count();
    }
    const jobS = (performance.now() - jobStart) / 1000;
    const again = await t.services.insights.sweepMonthly();
    const [dupes] = await queryRows<{ n: string }>(
      t.database.db,
      sql`select count(*) as n from (select user_id from insight_reports group by user_id having count(*) > 1) d`,
    );
    const mode = `${t.database.kind}${t.backend.redis ? ' + BullMQ' : ' + database jobs'}`;
    console.log(
      `monthly job, ${opts.users} users × ${opts.postsPerUser} posts in the month (${mode}, concurrency ${opts.concurrency}): ` +
        `seeded in ${seedS.toFixed(1)} s; sweep queued ${queued} in ${sweepS.toFixed(1)} s; ` +
        `jobs done in ${jobS.toFixed(1)} s (${(done / jobS).toFixed(1)} users/s, ${((1000 * jobS) / done).toFixed(0)} ms per user); ` +
        `second sweep queued ${again}; users with more than one row: ${dupes?.n}`,
    );
  } finally {
    await t.close();
  }
}
