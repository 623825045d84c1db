// Worker processes that die mid-publish. Two real `worker` processes publish a batch from one
// PostgreSQL database (and Redis with BullMQ when REDIS_URL is set) while some sends hang; both are
// killed with SIGKILL in the middle, a new one starts, and every item must end published exactly
// once: the one post on the emulator that the item names — none lost, none posted twice, none
// left to the user (both platforms can settle a lost send).
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
  it('ends every item published exactly once, with the post it names on the platform', async () => {
    const token = (await registerUser(t)).accessToken;
    for (const platform of PLATFORMS) await connectSandbox(t, token, platform);
    const run = Date.now().toString(36);
    for (const platform of PLATFORMS)
      for (let i = 0; i < ITEMS_PER_PLATFORM; i += 1) {
        const text = `Crash drill ${run} ${platform} item ${i}: publish me once.`;
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
        return (counts.pending ?? 0) + (counts.publishing ?? 0) === 0;
      },
      90_000,
      'all items settled',
    );
    expect(atCrash.published ?? 0).toBeLessThan(total);

    // X and Mastodon can both settle every lost send (read back, or the same key within its hour):
    // every item must end published, each with exactly the one post on the platform it names.
    const items = await queryRows<{
      status: string;
      post_id: string | null;
      text: string;
      problem: string | null;
    }>(
      t.database.db,
      sql`select status, post_id, plan->'parts'->0->>'text' as text, error_detail as problem
        from scheduled_posts`,
    );
    expect(items).toHaveLength(total);
    expect(items.filter((item) => item.status !== 'published')).toEqual([]);
    const posted = [...(await emulatedPosts(t, 'x')), ...(await emulatedPosts(t, 'mastodon'))];
    for (const item of items)
      expect(
        posted.filter((post) => post.text === item.text).map((post) => post.id),
        item.text,
      ).toEqual([item.post_id]);
  }, 240_000);
});
