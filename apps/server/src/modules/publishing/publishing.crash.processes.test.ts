// Worker processes that die mid-publish. Two real `worker` processes publish a batch from one
// PostgreSQL database (and Redis with BullMQ when REDIS_URL is set) while some sends hang; both are
// killed with SIGKILL in the middle, a new one starts, and every item must end published exactly
// once (one post on the emulator) or needs_attention — none lost, none posted twice.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { connectSandbox, createPiece, emulatedPosts, fault, publish } from '../../test/publishing.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { startWorker, type WorkerProcess, workerEnv } from '../../test/worker-process.js';

const ITEMS_PER_PLATFORM = 12;
const PLATFORMS = ['x', 'mastodon'] as const;
const FAST = {
  PUBLISH_LEASE_SECONDS: '3',
  JOB_LEASE_SECONDS: '3',
  PUBLISH_RECONCILE_DELAY_SECONDS: '1',
  PLATFORM_TIMEOUT_MS: '2000',
  WORKER_CONCURRENCY: '3',
};

let t: TestApp;
const workers: WorkerProcess[] = [];
beforeAll(async () => {
  t = await createTestApp(FAST);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill('SIGKILL')));
  await t.close();
});

async function statusCounts(): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: number }>(
    t.database.db,
    sql`select status, count(*)::int as n from scheduled_posts group by status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end)
      throw new Error(
        `${what}: ${JSON.stringify(await statusCounts())}\n${workers.map((w) => w.output()).join('\n---\n')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe(`publishing with worker processes killed mid-publish (${process.env.REDIS_URL ? 'BullMQ' : 'database jobs'})`, () => {
  it('ends every item published exactly once or needs_attention', async () => {
    const token = (await registerUser(t)).accessToken;
    for (const platform of PLATFORMS) await connectSandbox(t, token, platform);
    const run = Date.now().toString(36);
    const texts: string[] = [];
    for (const platform of PLATFORMS)
      for (let i = 0; i < ITEMS_PER_PLATFORM; i += 1) {
        const text = `Crash drill ${run} ${platform} item ${i}: publish me once.`;
        texts.push(text);
        const res = await publish(t, token, await createPiece(t, token, text), { platforms: [platform] });
        expect(res.statusCode, res.body).toBe(202);
      }
    // Some sends are applied by the platform but never answered: the case a crash makes worst.
    for (const platform of PLATFORMS)
      await fault(t, {
        platform,
        kind: 'timeout',
        operation: 'publish',
        count: 2,
        latencyMs: 8000,
        after: 2,
      });

    const env = workerEnv(t, FAST);
    workers.push(startWorker(env), startWorker(env));
    await until(async () => ((await statusCounts()).published ?? 0) >= 4, 60_000, 'first posts');
    await Promise.all(workers.map((w) => w.kill('SIGKILL')));
    const atCrash = await statusCounts();

    workers.push(startWorker(env));
    const total = PLATFORMS.length * ITEMS_PER_PLATFORM;
    await until(
      async () => {
        const counts = await statusCounts();
        return (counts.published ?? 0) + (counts.needs_attention ?? 0) === total;
      },
      90_000,
      'all items settled',
    );
    const counts = await statusCounts();
    expect(Object.keys(counts).sort()).toEqual(
      Object.keys(counts)
        .filter((s) => ['published', 'needs_attention'].includes(s))
        .sort(),
    );
    expect(atCrash.published ?? 0).toBeLessThan(total);

    const posted = [...(await emulatedPosts(t, 'x')), ...(await emulatedPosts(t, 'mastodon'))];
    for (const text of texts)
      expect(posted.filter((p) => p.text === text).length, text).toBeLessThanOrEqual(1);
    const published = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from scheduled_posts where status = 'published'`,
    );
    expect(posted.filter((p) => texts.includes(p.text)).length).toBeGreaterThanOrEqual(published[0]?.n ?? 0);
  }, 240_000);
});
