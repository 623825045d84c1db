// Ingestion against the sandbox emulator for all five platforms, with the worker in the app's
// process: published posts become tracked posts, metrics grow as the emulator's clock advances and
// land on the schedule's steps, a rerun writes nothing twice, and the faults (429 with reset,
// expired token, revoked connection, deleted post) end in the documented state.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { RetryJobLater } from '../../platform/jobs/index.js';
import { emulatorControl, listPlatforms } from '../../test/platforms.js';
import { connectSandbox, createPiece, fault, publish, settled } from '../../test/publishing.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import type { TrackedPostRow } from './analytics.repository.js';

const PLATFORMS = ['x', 'mastodon', 'bluesky', 'linkedin', 'medium'] as const;
const H = 3_600_000;
let offsetMs = 0;
let t: TestApp;
let token: string;
let userId: string;
const published = new Map<string, { itemId: string; url: string }>();

/** Moves the emulator's clock and the app's together. */
async function advance(ms: number): Promise<void> {
  await emulatorControl(t, 'clock', { advanceSeconds: ms / 1000 });
  offsetMs += ms;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const ingestion = () => t.services.analyticsIngestion;
const posts = () => ingestion().repository.postsOf(userId);
const post = async (platform: string) =>
  (await posts()).find((p) => p.platform === platform) as TrackedPostRow;

interface SnapshotRow {
  metric_type: string;
  metric_value: number;
  snapshot_date: Date;
}

function snapshots(postId?: string): Promise<SnapshotRow[]> {
  return queryRows<SnapshotRow>(
    t.database.db,
    postId
      ? sql`select metric_type, metric_value, snapshot_date from analytics_snapshots where post_id = ${postId}`
      : sql`select metric_type, metric_value, snapshot_date from analytics_snapshots where user_id = ${userId}`,
  );
}

beforeAll(async () => {
  t = await createTestApp({ PUBLISH_RECONCILE_DELAY_SECONDS: '1' }, undefined, {
    clock: () => new Date(Date.now() + offsetMs),
  });
  t.jobs.start({ concurrency: 2 });
  const session = await registerUser(t);
  token = session.accessToken;
  userId = session.user.id;
  for (const platform of PLATFORMS) {
    await connectSandbox(t, token, platform);
    const extra = platform === 'medium' ? { type: 'article', title: 'Numbers' } : {};
    const contentId = await createPiece(t, token, `What we measured on ${platform} this week.`, {
      platforms: [platform],
      ...extra,
    });
    const res = await publish(t, token, contentId, { platforms: [platform] });
    expect(res.statusCode, res.body).toBe(202);
    const done = await settled(t, token, res.json().items[0].id);
    expect(done.status).toBe('published');
    published.set(platform, { itemId: done.id, url: done.post?.url ?? '' });
  }
}, 60_000);
afterAll(() => t.close());

describe('analytics ingestion', () => {
  it('tracks every published post, with the followers it was published to', async () => {
    const tracked = await until(posts, (rows) => rows.length === PLATFORMS.length, 'tracked posts');
    for (const row of tracked) {
      const item = published.get(row.platform);
      expect(row).toMatchObject({ source: 'brandwright', scheduledPostId: item?.itemId, url: item?.url });
      expect(row.nextFetchAt).toEqual(new Date(row.publishedAt.getTime() + H));
      if (row.platform !== 'medium') expect(row.followersAtPost).toBeGreaterThan(0);
    }
  });

  it('finds a published item whose tracking was lost, once', async () => {
    const x = await post('x');
    await t.database.db.execute(sql`delete from analytics_posts where id = ${x.id}`);
    expect(await ingestion().tracking.sweep()).toBe(1);
    expect(await ingestion().tracking.sweep()).toBe(0);
    expect((await post('x')).scheduledPostId).toBe(x.scheduledPostId);
  });

  it('waits for the reset a 429 announced, then fetches what was asked', async () => {
    // Before any clock move: the adapters measure a reset against the system clock.
    const mastodon = await post('mastodon');
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    await fault(t, { platform: 'mastodon', kind: 'rate_limit', operation: 'any', retryAfterSeconds: 30 });
    const first = await ingestion()
      .ingestion.fetchNow([mastodon], at)
      .catch((e: unknown) => e);
    expect(first).toBeInstanceOf(RetryJobLater);
    expect((first as RetryJobLater).delayMs).toBeGreaterThan(28_000);
    expect((first as RetryJobLater).delayMs).toBeLessThanOrEqual(30_000);
    // Until the reset, the budget refuses without asking the platform.
    const second = await ingestion()
      .ingestion.fetchNow([mastodon], at)
      .catch((e: unknown) => e);
    expect(second).toBeInstanceOf(RetryJobLater);
    expect(await snapshots(mastodon.id)).toEqual([]);
    await advance(31_000);
    expect(await ingestion().ingestion.fetchNow([mastodon], at)).toBe(1);
    expect((await snapshots(mastodon.id)).length).toBeGreaterThan(0);
    expect(await ingestion().ingestion.fetchNow([mastodon], at)).toBe(0);
  });

  it("defers LinkedIn's analytics to its daily reset when a 429 names no reset", async () => {
    const linkedin = await post('linkedin');
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    await fault(t, { platform: 'linkedin', kind: 'rate_limit', operation: 'any' });
    const refused = await ingestion()
      .ingestion.fetchNow([linkedin], at)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RetryJobLater);
    // The member quota resets at 00:00 UTC; the adapter measures it on the system clock.
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    const untilMidnight = midnight.getTime() - Date.now();
    expect((refused as RetryJobLater).delayMs).toBeGreaterThan(untilMidnight - 60_000);
    expect((refused as RetryJobLater).delayMs).toBeLessThanOrEqual(untilMidnight + 1_000);
    expect(await snapshots(linkedin.id)).toEqual([]);
    // Until the reset, the budget refuses without asking LinkedIn again; other platforms go on.
    const again = await ingestion()
      .ingestion.fetchNow([linkedin], at)
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(RetryJobLater);
    expect(await ingestion().ingestion.fetchNow([await post('bluesky')], at)).toBe(1);
    // Lift the pause (as midnight would) so the schedule tests below start from a clean budget.
    await t.kv.set(`analytics:pause:linkedin:${userId}`, '0', 1);
  });

  it('fetches on the schedule as the posts age, stamped with the step time', async () => {
    await advance(H + 60_000);
    await ingestion().sweepDue();
    const first = await until(
      posts,
      (rows) => rows.every((r) => r.fetchStep >= 1 || r.trackingStatus === 'done'),
      'step 1',
    );
    const medium = first.find((r) => r.platform === 'medium');
    expect(medium?.trackingStatus).toBe('done');
    expect(await snapshots(medium?.id)).toEqual([]);
    await advance(5 * H);
    await ingestion().sweepDue();
    const second = await until(
      posts,
      (rows) => rows.every((r) => r.fetchStep >= 2 || r.trackingStatus === 'done'),
      'step 2',
    );
    let grew = 0;
    for (const row of second.filter((r) => r.platform !== 'medium')) {
      const series = await snapshots(row.id);
      const times = [...new Set(series.map((s) => new Date(s.snapshot_date).getTime()))].sort();
      const steps = times.filter((time) => time >= row.publishedAt.getTime() + H);
      expect(steps).toEqual([row.publishedAt.getTime() + H, row.publishedAt.getTime() + 6 * H]);
      const total = (at: number) =>
        series
          .filter((s) => new Date(s.snapshot_date).getTime() === at)
          .reduce((sum, s) => sum + s.metric_value, 0);
      const [early, late] = steps as [number, number];
      expect(total(late)).toBeGreaterThanOrEqual(total(early));
      if (total(late) > total(early)) grew += 1;
      expect(row.latestAt).toEqual(new Date(late));
    }
    expect(grew).toBeGreaterThan(0);
  });

  it('writes nothing twice when a fetch is rerun', async () => {
    const before = (await snapshots()).length;
    // As if the worker died after writing the 6 h snapshots but before moving the schedule on.
    await t.database.db.execute(
      sql`update analytics_posts set fetch_step = 1, next_fetch_at = published_at + interval '6 hours'
          where user_id = ${userId} and tracking_status = 'active'`,
    );
    for (const platform of PLATFORMS) expect(await ingestion().ingestion.fetchDue(userId, platform)).toBe(0);
    expect((await snapshots()).length).toBe(before);
    for (const row of await posts()) if (row.trackingStatus === 'active') expect(row.fetchStep).toBe(2);
  });

  it('refreshes an expired token and goes on fetching', async () => {
    await advance(18 * H + 60_000);
    await fault(t, { platform: 'x', kind: 'token_expired', operation: 'any' });
    expect(await ingestion().ingestion.fetchDue(userId, 'x')).toBe(1);
    const x = (await listPlatforms(t, token)).find((c) => c.platform === 'x');
    expect(x?.analytics).toBe('collecting');
  });

  it('marks a post deleted on the platform as deleted', async () => {
    const linkedin = await post('linkedin');
    await t.services.platforms.withSession(userId, 'linkedin', (session, client) =>
      client.delete(session, linkedin.platformPostId as string),
    );
    await ingestion().ingestion.fetchDue(userId, 'linkedin');
    expect((await post('linkedin')).trackingStatus).toBe('deleted');
  });

  it('stops a revoked connection, says so, and resumes after a reconnect', async () => {
    await fault(t, { platform: 'bluesky', kind: 'revoked', operation: 'any' });
    expect(await ingestion().ingestion.fetchDue(userId, 'bluesky')).toBe(0);
    expect((await post('bluesky')).trackingStatus).toBe('stopped');
    const bluesky = (await listPlatforms(t, token)).find((c) => c.platform === 'bluesky');
    expect(bluesky?.analytics).toBe('stopped');
    await connectSandbox(t, token, 'bluesky');
    expect((await ingestion().sweepDue()).resumed).toBe(1);
    await until(
      () => post('bluesky'),
      (row) => row.fetchStep === 3,
      'bluesky resumed',
    );
  });
});

describe('daily account metrics', () => {
  it('fetches followers once a day per active connection', async () => {
    const accounts = () =>
      queryRows<{ platform: string; metric_value: number }>(
        t.database.db,
        sql`select platform, metric_value from analytics_snapshots
            where user_id = ${userId} and post_id is null and metric_type = 'followers'`,
      );
    const before = (await accounts()).length;
    expect(await ingestion().sweepAccounts()).toBeGreaterThanOrEqual(PLATFORMS.length);
    const rows = await until(accounts, (r) => r.length >= before + 4, 'followers snapshots');
    expect(new Set(rows.map((r) => r.platform))).toEqual(new Set(['x', 'mastodon', 'bluesky', 'linkedin']));
    // Medium reports no followers: nothing stored rather than a zero.
    await until(
      () => ingestion().sweepAccounts(),
      (queued) => queued === 0,
      'the day marked done',
    );
    expect((await accounts()).length).toBe(rows.length);
  });
});

describe('POST /analytics/refresh', () => {
  const refresh = (bearer: string | undefined, headers: Record<string, string> = {}) =>
    call(t, bearer, { method: 'POST', url: '/api/v1/analytics/refresh', headers });

  it("queues the caller's active posts and accounts, and only theirs", async () => {
    const active = (await posts()).filter((p) => p.trackingStatus === 'active').length;
    const res = await refresh(token, { 'idempotency-key': 'refresh-1' });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().queued).toBe(active + PLATFORMS.length);
    const other = await registerUser(t, 'Grace Hopper');
    const theirs = await refresh(other.accessToken);
    expect(theirs.statusCode).toBe(202);
    expect(theirs.json()).toEqual({ queued: 0 });
    const minute = new Date(Math.floor((Date.now() + offsetMs) / 60_000) * 60_000);
    await until(
      async () => (await snapshots()).filter((s) => new Date(s.snapshot_date).getTime() === minute.getTime()),
      (rows) => rows.length > 0,
      'refreshed snapshots',
    );
  });

  it('answers a retry with the same key as before, and a new request too soon with 429', async () => {
    const again = await refresh(token, { 'idempotency-key': 'refresh-1' });
    expect(again.statusCode).toBe(202);
    const soon = await refresh(token);
    expect(soon.statusCode).toBe(429);
    expect(soon.headers['content-type']).toContain('application/problem+json');
    expect(Number(soon.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a bad key naming the field, and a caller without a session', async () => {
    const bad = await refresh(token, { 'idempotency-key': 'k'.repeat(300) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('idempotency-key');
    expect((await refresh(undefined)).statusCode).toBe(401);
  });
});
