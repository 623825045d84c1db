// npm run bench:analytics — the analytics read path at scale on PostgreSQL (DATABASE_URL, default the
// local test server), in a scratch database dropped afterwards. Generated with generate_series, in SQL:
// --users U (default 10,000) users in four time zones; --posts P (default 100) tracked posts each,
// spread evenly over the past year across LinkedIn, X, Bluesky, Mastodon and Medium; for every post
// but Medium's, impressions and likes observed 1 d, 3 d, 7 d and 30 d after publishing (8 rows);
// for every user one account's follower count every day of the year (365 rows). At the defaults that
// is 1,000,000 tracked posts and 6,400,000 + 3,650,000 = 10,050,000 snapshot rows. Secondary indexes
// are dropped for the load and rebuilt after it. Then, through the analytics service (no HTTP):
// uncached overview (28 and 90 days), one platform page, the cached overview, and one piece's
// analytics (--samples random users each, default 1,000), as p50/p95.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../../apps/server/src/app.js';
import {
  type Database,
  openDatabase,
  queryRows,
  runMigrations,
} from '../../apps/server/src/platform/db/index.js';
import { MemoryKv } from '../../apps/server/src/platform/kv/index.js';
import { testConfig } from '../../apps/server/src/test/test-app.js';

const { values: flags } = parseArgs({
  options: {
    users: { type: 'string', default: '10000' },
    posts: { type: 'string', default: '100' },
    samples: { type: 'string', default: '1000' },
    /** Leave the scratch database in place (to EXPLAIN queries by hand); it is named on exit. */
    keep: { type: 'boolean', default: false },
  },
});
const USERS = Number(flags.users);
const POSTS = Number(flags.posts);
const SAMPLES = Number(flags.samples);
const NOW = new Date('2027-03-20T12:00:00Z');
const TABLES = ['analytics_posts', 'analytics_snapshots'];

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function timed(label: string, database: Database, query: ReturnType<typeof sql>) {
  const started = performance.now();
  await database.db.execute(query);
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Drops the tables' secondary indexes and returns their definitions to rebuild after the load. */
async function dropIndexes(database: Database): Promise<string[]> {
  const rows = await queryRows<{ name: string; def: string }>(
    database.db,
    sql`select indexname as name, indexdef as def from pg_indexes
        where tablename in (${sql.join(
          TABLES.map((t) => sql`${t}`),
          sql`, `,
        )}) and indexname not like '%_pkey'`,
  );
  for (const row of rows) await database.db.execute(sql.raw(`drop index "${row.name}"`));
  return rows.map((r) => r.def);
}

async function load(database: Database): Promise<number> {
  const started = performance.now();
  const now = sql.raw(`'${NOW.toISOString()}'::timestamptz`);
  await timed(
    'users',
    database,
    sql`
    insert into users (email, password_hash) select 'u' || g || '@bench.example.com', 'x' from generate_series(1, ${USERS}) g`,
  );
  await timed(
    'profiles',
    database,
    sql`
    insert into user_profiles (user_id, full_name, timezone)
    select id, 'Bench User', (array['UTC','Europe/Paris','America/New_York','Asia/Tokyo'])[1 + (hashtext(id::text) & 3)] from users`,
  );
  const indexes = await dropIndexes(database);
  await timed(
    'tracked posts',
    database,
    sql`
    insert into analytics_posts (user_id, platform, platform_post_id, source, text, text_hash, published_at,
                                 followers_at_post, latest, latest_at, tracking_status)
    select u.id, p.platform, 'p' || k, 'brandwright', 'Bench post ' || k, md5(u.id::text || k),
           ${now} - make_interval(secs => k * 365.0 * 86400 / ${POSTS} + (hashtext(u.id::text) & 4095)),
           1000 + (hashtext(u.id::text || k) & 1023),
           case when p.platform = 'medium' then '{}'::jsonb else jsonb_build_object(
             'impressions', 500 + (hashtext(u.id::text || k) & 2047), 'likes', 5 + (k % 40), 'comments', k % 7, 'shares', k % 5) end,
           ${now}, case when k * 365.0 / ${POSTS} > 90 then 'done' else 'active' end
    from users u cross join generate_series(1, ${POSTS}) k
    cross join lateral (select (array['linkedin','x','bluesky','mastodon','medium'])[1 + k % 5] as platform) p`,
  );
  await timed(
    'post snapshots',
    database,
    sql`
    insert into analytics_snapshots (user_id, platform, post_id, metric_type, metric_value, snapshot_date)
    select p.user_id, p.platform, p.id, m.metric, round((p.latest ->> m.metric)::numeric * o.share),
           p.published_at + o.age
    from analytics_posts p
    cross join (values (interval '1 day', 0.55), (interval '3 days', 0.8), (interval '7 days', 0.95), (interval '30 days', 1.0)) o(age, share)
    cross join (values ('impressions'), ('likes')) m(metric)
    where p.platform <> 'medium'`,
  );
  await timed(
    'follower snapshots',
    database,
    sql`
    insert into analytics_snapshots (user_id, platform, metric_type, metric_value, snapshot_date)
    select u.id, (array['linkedin','x','bluesky','mastodon'])[1 + (hashtext(u.id::text) & 3)], 'followers',
           1000 + d * 2, date_trunc('day', ${now}) - make_interval(days => 365 - d) + interval '6 hours'
    from users u cross join generate_series(0, 364) d`,
  );
  const rebuild = performance.now();
  for (const def of indexes) await database.db.execute(sql.raw(def));
  console.log(`  indexes rebuilt: ${((performance.now() - rebuild) / 1000).toFixed(1)} s`);
  await timed('vacuum analyze', database, sql`vacuum analyze`);
  return (performance.now() - started) / 1000;
}

/** Pieces of content for `count` random posts (the per-piece endpoint starts from a content id). */
async function samplePieces(database: Database, count: number) {
  return queryRows<{ userId: string; contentId: string }>(
    database.db,
    sql`with picked as (
          select id, user_id from analytics_posts where platform <> 'medium' order by random() limit ${count}),
        made as (
          insert into content (user_id, type, body, body_markdown, platforms, metadata, status)
          select user_id, 'post', id::text, id::text, '{linkedin}', '{}'::jsonb, 'published' from picked
          returning id, user_id, body)
        update analytics_posts a set content_id = made.id from made where a.id = made.body::uuid
        returning a.user_id as "userId", made.id as "contentId"`,
  );
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { runs: samples.length, 'p50 ms': at(0.5).toFixed(2), 'p95 ms': at(0.95).toFixed(2) };
}

async function measure<T>(items: T[], fn: (item: T) => Promise<unknown>) {
  for (const item of items.slice(0, 50)) await fn(item); // warm-up: connections, plans, JIT
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await fn(item);
    times.push(performance.now() - started);
  }
  return percentiles(times);
}

/** Fills every user's cache entry first, so each timed call is a hit (zone, version, entry, parse). */
async function cachedOverviews(users: string[], read: (userId: string) => Promise<unknown>) {
  for (const userId of users) await read(userId);
  return measure(users, read);
}

async function readBench(database: Database) {
  const ctx = await buildApp(testConfig(), {
    database,
    kv: new MemoryKv(),
    serveWeb: false,
    clock: () => NOW,
  });
  try {
    const reads = ctx.services.analyticsReads;
    const pieces = await samplePieces(database, SAMPLES);
    const users = pieces.map((p) => p.userId);
    const days = (n: number) => ({
      from: new Date(NOW.getTime() - (n - 1) * 86_400_000).toISOString().slice(0, 10),
    });
    const uncached = async (userId: string, query: { from?: string }) =>
      reads.computeOverview(userId, await reads.range(userId, query));
    return {
      'overview, 28 days (uncached)': await measure(users, (u) => uncached(u, {})),
      'overview, 90 days (uncached)': await measure(users, (u) => uncached(u, days(90))),
      'platform page, 28 days (uncached)': await measure(users, async (u) =>
        reads.computePlatform(u, 'x', await reads.range(u, {})),
      ),
      'overview, cached': await cachedOverviews(users, (u) => reads.overview(u, {})),
      'one piece (content/:id/analytics)': await measure(pieces, (p) => reads.content(p.userId, p.contentId)),
    };
  } finally {
    await ctx.app.close();
  }
}

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `bw_bench_analytics_${randomBytes(4).toString('hex')}`;
await admin(databaseUrl, `create database ${name}`);
const url = new URL(databaseUrl);
url.pathname = `/${name}`;
const database = await openDatabase({ url: url.toString(), dataDir: 'memory', poolMax: 4 });
const results: Record<string, object> = {};
try {
  await runMigrations(database);
  console.log(`loading ${USERS} users × ${POSTS} posts…`);
  const seconds = await load(database);
  const [counts] = await queryRows<{ posts: string; snapshots: string }>(
    database.db,
    sql`select (select count(*) from analytics_posts) as posts, (select count(*) from analytics_snapshots) as snapshots`,
  );
  console.log(
    `loaded ${counts?.posts} tracked posts, ${counts?.snapshots} snapshot rows in ${seconds.toFixed(0)} s`,
  );
  Object.assign(results, await readBench(database));

  // ─── Ingestion half: the ingestion slice's bench plugs in here ───────────────────────────────────
  // const { runIngestBench } = await import('./analytics-ingest.js');
  // Object.assign(results, await runIngestBench());
  // ─────────────────────────────────────────────────────────────────────────────────────────────────
} finally {
  await database.close();
  if (flags.keep) console.log(`kept database ${name}`);
  else await admin(databaseUrl, `drop database if exists ${name} with (force)`);
}
console.table(results);
