// npm run bench:analytics-ingest -- --posts 10000: ingestion of posts' metrics against the sandbox
// emulator with its rate limits. Posts are published on the emulator (X, Mastodon, Bluesky,
// LinkedIn; 100 per account), tracked, then the clock moves past their first fetch step and the
// worker fetches them all through the real jobs, budgets and sessions. A few 429s with a reset are
// injected on top of the emulator's own limits. Prints throughput, 429s seen, snapshots, and posts
// lost (not fetched when the run ends). Embedded (PGlite, database jobs) unless DATABASE_URL /
// REDIS_URL are set.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { firstFetchAt } from '../../apps/server/src/modules/analytics/fetch-schedule.js';
import { textHashOf } from '../../apps/server/src/modules/analytics/text-hash.js';

const PLATFORMS = ['x', 'mastodon', 'bluesky', 'linkedin'] as const;
const RESET_HEADER_PLATFORMS = ['x', 'mastodon', 'bluesky'] as const;
const HOUR = 3_600_000;

interface BenchOptions {
  posts: number;
  perUser: number;
  concurrency: number;
  timeoutS: number;
}

function options(): BenchOptions {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      posts: { type: 'string', default: '10000' },
      'per-user': { type: 'string', default: '100' },
      concurrency: { type: 'string', default: '8' },
      'timeout-s': { type: 'string', default: '1800' },
    },
    strict: false,
  });
  return {
    posts: Number(values.posts),
    perUser: Number(values['per-user']),
    concurrency: Number(values.concurrency),
    timeoutS: Number(values['timeout-s']),
  };
}

export async function runIngestBench(opts: BenchOptions = options()): Promise<string[]> {
  const h = await harness();
  try {
    const mode = `${h.t.database.kind}${h.t.backend.redis ? ' + Redis (BullMQ)' : ' (database jobs)'}`;
    const seedStart = performance.now();
    const users = await seed(h, opts);
    const seedS = (performance.now() - seedStart) / 1000;
    // 429s with a reset on top of the emulator's own windows, spread over the run. Not on LinkedIn:
    // it sends no reset header and its member quota is daily, so a 429 there rightly defers that
    // account's analytics to 00:00 UTC (ingestion.int.test covers it) — a wait, not a throughput.
    for (const platform of RESET_HEADER_PLATFORMS)
      for (let i = 1; i <= 3; i += 1)
        await h.control('faults', {
          platform,
          kind: 'rate_limit',
          operation: 'any',
          after: 300,
          retryAfterSeconds: 2,
        });
    h.tooMany = 0;
    h.advance(HOUR + 60_000);
    const start = performance.now();
    await ingestAll(h, opts);
    const seconds = (performance.now() - start) / 1000;
    const totals = await totalsOf(h);
    const lostDetail = totals.posts > totals.fetched ? await lostDetailOf(h) : [];
    return [
      `analytics ingestion — ${mode}, ${users} accounts (${PLATFORMS.join(', ')}), ${totals.posts} posts; seeding ${seedS.toFixed(1)} s`,
      `  fetched ${totals.fetched} posts in ${seconds.toFixed(1)} s: ${(totals.fetched / seconds).toFixed(0)} posts/s (worker concurrency ${opts.concurrency})`,
      `  429s seen: ${h.tooMany} (9 injected with a 2 s reset on X, Mastodon and Bluesky; the rest the emulator's own windows)`,
      `  snapshots ${totals.snapshots} (${totals.snapshots - totals.times} duplicates of a post/metric/time)`,
      `  lost: ${totals.posts - totals.fetched}`,
      ...lostDetail,
    ];
  } finally {
    await h.t.close();
  }
}

/** The app on the emulator, with the clock both share and a count of 429 answers. */
async function harness() {
  process.env.TEST_BACKEND = process.env.DATABASE_URL ? 'scaled' : 'embedded';
  const { call, createTestApp, registerUser } = await import('../../apps/server/src/test/test-app.js');
  const { queryRows } = await import('../../apps/server/src/platform/db/index.js');
  let offsetMs = 0;
  const state = { tooMany: 0 };
  const counting: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 429) state.tooMany += 1;
    return response;
  };
  const t = await createTestApp({ LOG_LEVEL: 'silent', PLATFORM_TIMEOUT_MS: '10000' }, undefined, {
    clock: () => new Date(Date.now() + offsetMs),
    platformFetch: counting,
  });
  const control = (path: string, body: object) =>
    fetch(`${t.sandboxUrl}/__emulator/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return Object.assign(state, {
    t,
    call,
    registerUser,
    queryRows,
    control,
    /**
     * Moves only the app's clock: the adapters measure a reset header against the system clock, so
     * moving the emulator's too would turn a 2 s reset into one of an hour.
     */
    advance(ms: number) {
      offsetMs += ms;
    },
  });
}
type Harness = Awaited<ReturnType<typeof harness>>;

/** Accounts (one platform each, in turn) and their posts; returns how many accounts. */
async function seed(h: Harness, opts: BenchOptions): Promise<number> {
  const users = Math.ceil(opts.posts / opts.perUser);
  const accounts: { id: string; platform: (typeof PLATFORMS)[number] }[] = [];
  for (let u = 0; u < users; u += 1) {
    const platform = PLATFORMS[u % PLATFORMS.length] as (typeof PLATFORMS)[number];
    const user = await h.registerUser(h.t, `Bench ${u}`);
    await connectAccount(h.t, h.call, user.accessToken, platform, `bench-${u}`);
    accounts.push({ id: user.user.id, platform });
  }
  await pool(accounts, opts.concurrency, async (account, index) => {
    const count = Math.min(opts.perUser, opts.posts - index * opts.perUser);
    await publishAndTrack(h.t, account, count, index);
  });
  return users;
}

/** Starts the worker and sweeps until no post waits for its first fetch (or the timeout). */
async function ingestAll(h: Harness, opts: BenchOptions): Promise<void> {
  h.t.jobs.start({ concurrency: opts.concurrency });
  const pending = async () =>
    (
      await h.queryRows<{ n: number }>(
        h.t.database.db,
        sql`select count(*)::int as n from analytics_posts where tracking_status = 'active' and fetch_step = 0`,
      )
    )[0]?.n ?? 0;
  const deadline = Date.now() + opts.timeoutS * 1000;
  while ((await pending()) > 0 && Date.now() < deadline) {
    await h.t.services.analyticsIngestion.sweepDue();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function totalsOf(h: Harness) {
  const [totals] = await h.queryRows<{ posts: number; fetched: number; snapshots: number; times: number }>(
    h.t.database.db,
    sql`select (select count(*)::int from analytics_posts) as posts,
               (select count(*)::int from analytics_posts where fetch_step >= 1 or tracking_status <> 'active') as fetched,
               (select count(*)::int from analytics_snapshots where post_id is not null) as snapshots,
               (select count(distinct (post_id, metric_type, snapshot_date))::int from analytics_snapshots where post_id is not null) as times`,
  );
  return totals ?? { posts: 0, fetched: 0, snapshots: 0, times: 0 };
}

/** Where unfetched posts are, and what their connections' fetch jobs were doing when the run ended. */
async function lostDetailOf(h: Harness): Promise<string[]> {
  const rows = await h.queryRows<{ platform: string; n: number; due: string; job: string }>(
    h.t.database.db,
    sql`select p.platform, count(*)::int as n, min(p.next_fetch_at)::text as due,
               coalesce((select string_agg(distinct j.status || ' ' || coalesce(j.last_error, ''), '; ')
                         from jobs j where j.name = 'analytics.fetch-due'
                           and j.payload->>'userId' = p.user_id::text), 'no job') as job
        from analytics_posts p where p.tracking_status = 'active' and p.fetch_step = 0
        group by p.platform, p.user_id`,
  );
  return rows.map((r) => `    ${r.platform}: ${r.n} unfetched, first due ${r.due}; job: ${r.job}`);
}

type TestAppOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;
type App = TestAppOf<typeof import('../../apps/server/src/test/test-app.js').createTestApp>;
type Call = typeof import('../../apps/server/src/test/test-app.js').call;

/** Connects a distinct emulated account: an app password for Bluesky, the consent page for the rest. */
async function connectAccount(t: App, call: Call, token: string, platform: string, handle: string) {
  const connect = (payload: object) =>
    call(t, token, { method: 'POST', url: `/api/v1/platforms/${platform}/connect`, payload });
  if (platform === 'bluesky') {
    const res = await connect({ handle: `${handle}.bsky.social`, appPassword: 'abcd-efgh-ijkl-mnop' });
    if (res.statusCode !== 201) throw new Error(`bluesky connect: ${res.body}`);
    return;
  }
  const started = await connect(platform === 'mastodon' ? { instanceUrl: 'mastodon.social' } : {});
  const authorization = new URL(started.json().authorizationUrl);
  authorization.searchParams.set('auto', '1');
  authorization.searchParams.set('login_hint', handle);
  const consent = await fetch(authorization, { redirect: 'manual' });
  const back = new URL(consent.headers.get('location') ?? '');
  const state = started.cookies.find((c) => c.name === 'bw_oauth_state')?.value ?? '';
  const done = await t.app.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    cookies: { bw_oauth_state: state },
  });
  if (done.statusCode >= 400) throw new Error(`${platform} callback: ${done.body}`);
}

/** Publishes on the emulator through the app's sessions and tracks each post. */
async function publishAndTrack(t: App, account: { id: string; platform: string }, count: number, u: number) {
  const { platforms, analyticsIngestion } = t.services;
  const platform = account.platform as (typeof PLATFORMS)[number];
  for (let i = 0; i < count; i += 1) {
    const text = `Bench ${u}-${i}: what small releases taught us.`;
    const post = await platforms.withSession(account.id, platform, (session, client) =>
      client.publish(session, { text, idempotencyKey: `bench-${u}-${i}` }),
    );
    // Posted outside the schedule, so tracked as a backfill would (no publishing item to point at).
    await analyticsIngestion.repository.track({
      userId: account.id,
      platform,
      platformPostId: post.id,
      url: post.url,
      source: 'backfill',
      text,
      textHash: textHashOf(text),
      publishedAt: post.publishedAt,
      nextFetchAt: firstFetchAt(post.publishedAt),
    });
  }
}

async function pool<T>(items: T[], size: number, fn: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await runIngestBench()) console.log(line);
  process.exit(0);
}
