// npm run bench:publish -- --posts 10000 --workers 4: posts due in the same minute, published to
// the sandbox emulator (Bluesky and Mastodon accounts, 100 posts per user). Embedded (no
// DATABASE_URL): PGlite with `--workers` in-process job queues sharing it. Scaled (DATABASE_URL,
// and REDIS_URL for BullMQ): a scratch PostgreSQL database and `--workers` real worker processes.
// Prints throughput, lateness p50/p99 (published_at − scheduled_for), duplicates on the emulator
// and items lost (not settled when the run ends).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';

const { values: flags } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    workers: { type: 'string', default: '4' },
    'per-user': { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '8' },
    'timeout-s': { type: 'string', default: '1800' },
  },
});
const POSTS = Number(flags.posts);
const WORKERS = Number(flags.workers);
const PER_USER = Number(flags['per-user']);
const CONCURRENCY = flags.concurrency ?? '8';
const LEAD_MS = 5_000;
process.env.TEST_BACKEND = process.env.DATABASE_URL ? 'scaled' : 'embedded';

const { call, createTestApp, registerUser } = await import('../../apps/server/src/test/test-app.js');
const { startWorker, workerEnv } = await import('../../apps/server/src/test/worker-process.js');
const { queryRows } = await import('../../apps/server/src/platform/db/index.js');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const env = { WORKER_CONCURRENCY: CONCURRENCY, PLATFORM_TIMEOUT_MS: '10000', LOG_LEVEL: 'silent' };
const t = await createTestApp(env);
const mode = `${t.database.kind}${t.backend.redis ? ' + Redis (BullMQ)' : ' (database jobs)'}`;

/** A user connected to one sandbox platform: Bluesky directly, Mastodon through the consent page. */
async function connectedUser(index: number): Promise<{ id: string; platform: string }> {
  const user = await registerUser(t, `Bench ${index}`);
  const platform = index % 2 === 0 ? 'bluesky' : 'mastodon';
  const connect = (body: object) =>
    call(t, user.accessToken, {
      method: 'POST',
      url: `/api/v1/platforms/${platform}/connect`,
      payload: body,
    });
  if (platform === 'bluesky') {
    const res = await connect({ handle: `bench${index}.bsky.social`, appPassword: 'abcd-efgh-ijkl-mnop' });
    if (res.statusCode !== 201) throw new Error(`bluesky connect: ${res.body}`);
  } else {
    const started = await connect({ instanceUrl: 'mastodon.social' });
    const authorization = new URL(started.json().authorizationUrl);
    authorization.searchParams.set('auto', '1');
    const consent = await fetch(authorization, { redirect: 'manual' });
    const back = new URL(consent.headers.get('location') ?? '');
    // The callback is accepted only from the browser that holds the flow's state cookie.
    const state = started.cookies.find((c) => c.name === 'bw_oauth_state')?.value ?? '';
    const done = await t.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      cookies: { bw_oauth_state: state },
    });
    if (done.statusCode >= 400) throw new Error(`mastodon callback: ${done.body}`);
  }
  return { id: user.user.id, platform };
}

/** Pieces and their scheduled items as rows (the API path is measured by bench:api). */
async function seed(due: Date): Promise<{ id: string; scheduledFor: Date }[]> {
  const items: { id: string; scheduledFor: Date }[] = [];
  const users = Math.ceil(POSTS / PER_USER);
  for (let u = 0; u < users; u += 1) {
    const user = await connectedUser(u);
    const count = Math.min(PER_USER, POSTS - u * PER_USER);
    const texts = Array.from(
      { length: count },
      (_, i) => `Bench post ${u}-${i}: small releases, steady habits.`,
    );
    const contentRows = texts.map(
      (text) =>
        sql`(${user.id}, 'post', ${text}, ${text}, ${`{${user.platform}}`}::text[], '{"wordCount":6,"readingTimeMinutes":1,"hashtags":[],"mentions":[],"perPlatform":{}}'::jsonb, 'scheduled')`,
    );
    const pieces = await queryRows<{ id: string; body: string }>(
      t.database.db,
      sql`insert into content (user_id, type, body, body_markdown, platforms, metadata, status) values ${sql.join(contentRows, sql`, `)} returning id, body`,
    );
    const itemRows = pieces.map(
      (p) =>
        sql`(${user.id}, ${p.id}::uuid, ${user.platform}, ${due.toISOString()}::timestamptz, ${JSON.stringify({ parts: [{ text: p.body }] })}::jsonb)`,
    );
    const rows = await queryRows<{ id: string }>(
      t.database.db,
      sql`insert into scheduled_posts (user_id, content_id, platform, scheduled_for, plan) values ${sql.join(itemRows, sql`, `)} returning id`,
    );
    items.push(...rows.map((r) => ({ id: r.id, scheduledFor: due })));
  }
  return items;
}

/** Starts the workers and resolves once each is ready to claim work; returns how to stop them. */
async function startWorkers(): Promise<() => Promise<void>> {
  if (t.database.kind === 'postgres') {
    const procs = Array.from({ length: WORKERS }, () =>
      startWorker(workerEnv(t, { ...env, LOG_LEVEL: 'info' })),
    );
    const ready = Date.now() + 120_000;
    while (!procs.every((p) => p.output().includes('worker started'))) {
      if (Date.now() > ready)
        throw new Error(`workers did not start:\n${procs.map((p) => p.output()).join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return async () => {
      if (process.env.BENCH_DEBUG) console.log(procs.map((p) => p.output()).join('\n'));
      await Promise.all(procs.map((p) => p.kill('SIGTERM')));
    };
  }
  // PGlite is one process: the workers are job queues (each with its own publisher) in this one.
  const apps: TestApp[] = [];
  for (let w = 0; w < WORKERS; w += 1) apps.push(await createTestApp(env, t));
  for (const app of apps) app.jobs.start({ concurrency: Number(CONCURRENCY) });
  return async () => {
    for (const app of apps) await app.close();
  };
}

async function counts(): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: number }>(
    t.database.db,
    sql`select status, count(*)::int as n from scheduled_posts group by status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

const setupStarted = performance.now();
const items = await seed(new Date(Date.now() + 24 * 3_600_000));
const stopWorkers = await startWorkers();
// Everything due in the same instant, a few seconds ahead, with the workers already waiting.
const dueAt = new Date(Date.now() + LEAD_MS);
await t.database.db.execute(
  sql`update scheduled_posts set scheduled_for = ${dueAt.toISOString()}::timestamptz`,
);
await t.services.publishing.trigger(items.map((i) => ({ ...i, scheduledFor: dueAt })));
console.log(
  `${mode}: ${items.length} items for ${Math.ceil(POSTS / PER_USER)} users seeded and triggered in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; due at ${dueAt.toISOString()}`,
);

const deadline = Date.now() + Number(flags['timeout-s']) * 1000;
let current = await counts();
while ((current.pending ?? 0) + (current.publishing ?? 0) > 0 && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  current = await counts();
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify(current));
}
await stopWorkers();

const [stats] = await queryRows<{ p50: number; p99: number; first: Date; last: Date; n: number }>(
  t.database.db,
  sql`select percentile_cont(0.5) within group (order by extract(epoch from published_at - scheduled_for)) as p50,
        percentile_cont(0.99) within group (order by extract(epoch from published_at - scheduled_for)) as p99,
        min(published_at) as first, max(published_at) as last, count(*)::int as n
      from scheduled_posts where status = 'published'`,
);
const posted = new Map<string, number>();
for (const platform of ['bluesky', 'mastodon']) {
  const res = await fetch(`${t.sandboxUrl}/__emulator/posts?platform=${platform}`);
  for (const post of ((await res.json()) as { posts: { text: string }[] }).posts)
    posted.set(post.text, (posted.get(post.text) ?? 0) + 1);
}
const duplicates = [...posted.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
const seconds = stats ? (new Date(stats.last).getTime() - dueAt.getTime()) / 1000 : 0;
console.table({
  [mode]: {
    posts: items.length,
    workers: WORKERS,
    published: stats?.n ?? 0,
    'throughput posts/s': seconds > 0 ? ((stats?.n ?? 0) / seconds).toFixed(1) : '-',
    'lateness p50 s': Number(stats?.p50 ?? 0).toFixed(2),
    'lateness p99 s': Number(stats?.p99 ?? 0).toFixed(2),
    duplicates,
    lost: (current.pending ?? 0) + (current.publishing ?? 0),
    'failed / needs attention': `${current.failed ?? 0} / ${current.needs_attention ?? 0}`,
  },
});
await t.close();
process.exit(0);
