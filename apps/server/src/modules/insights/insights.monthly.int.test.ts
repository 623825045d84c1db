// The stored monthly reports through the real app: the sweep queues one job per user whose zone has
// reached the 1st, two workers and repeated sweeps leave exactly one row per user and month with
// unchanged content, a stored month is served from the table and recomputed once its inputs move,
// the current month is never stored, and no user's month is stored or read under another user.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { analyticsGet, NOW, seedPost, setZone } from '../../test/tracked-posts.js';
import { seededRandom } from './test/synthetic.js';

// Generous limits: these seed dozens of users on 2 shared cores; nothing here asserts on time.
const SLOW = 240_000;

let t: TestApp;
let second: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
  // Another replica of the same deployment: a second worker on the same database and queue.
  second = await createTestApp({}, t, { clock: () => NOW });
}, SLOW);
afterAll(async () => {
  await second.close();
  await t.close();
}, SLOW);

async function seedMonth(userId: string, month: string, count: number, seed: number) {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i += 1) {
    const impressions = 500 + Math.round(random() * 1500);
    await seedPost(t, userId, {
      platform: 'linkedin',
      publishedAt: `${month}-${String(1 + (i % 27)).padStart(2, '0')}T12:00:00Z`,
      text: i % 2 ? `Why hiring slowly pays off ${i}?` : `Notes on product design ${i}.`,
      latest: { impressions, likes: Math.round(impressions * 0.03 * (0.5 + random())) },
    });
  }
}

interface Row {
  user_id: string;
  month: string;
  zone: string;
  computed_at: string;
  report: unknown;
  post_count: number;
}
const rowsOf = (userIds: string[]) =>
  queryRows<Row>(
    t.database.db,
    sql`select user_id, month, zone, computed_at::text, report, post_count from insight_reports
      where user_id = any(${sql.param(userIds)}::uuid[]) order by user_id, month`,
  );

/** Waits (without asserting on time) until the check holds; the jobs run on both workers. */
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 1800; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached');
}

const sweep = (app: TestApp) => app.services.insights.sweepMonthly();

describe('monthly insights job', () => {
  it(
    'stores last month once per user in the user zone, however many sweeps and workers',
    async () => {
      const berlin = await registerUser(t);
      await setZone(t, berlin.accessToken, 'Europe/Berlin');
      await seedMonth(berlin.user.id, '2027-02', 24, 1);
      const auckland = await registerUser(t);
      await setZone(t, auckland.accessToken, 'Pacific/Auckland');
      await seedMonth(auckland.user.id, '2027-02', 6, 2);
      const silent = await registerUser(t);
      const ids = [berlin.user.id, auckland.user.id, silent.user.id];

      // Both workers sweep at once, twice: the job key keeps one unfinished job per user and month.
      await Promise.all([sweep(t), sweep(second), sweep(t), sweep(second)]);
      t.jobs.start({ concurrency: 2 });
      second.jobs.start({ concurrency: 2 });
      await until(async () => (await rowsOf(ids)).length === 2);
      const first = await rowsOf(ids);
      expect(first.map((r) => [r.user_id, r.month, r.zone, r.post_count])).toEqual(
        [
          [berlin.user.id, '2027-02', 'Europe/Berlin', 24],
          [auckland.user.id, '2027-02', 'Pacific/Auckland', 6],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );

      // Once stored, a sweep queues nothing for these users and a rerun of the job stores nothing.
      await Promise.all([sweep(t), sweep(second)]);
      const reruns = await Promise.all([
        t.services.insights.service.storeMonth(berlin.user.id, '2027-02'),
        second.services.insights.service.storeMonth(berlin.user.id, '2027-02'),
      ]);
      expect(reruns).toEqual([false, false]);
      expect(await rowsOf(ids)).toEqual(first);
      expect(await t.services.insights.storedReport(berlin.user.id, '2027-02')).toEqual(
        first.find((r) => r.user_id === berlin.user.id)?.report,
      );
    },
    SLOW,
  );

  it(
    'stores a month exactly once when two workers compute it at the same moment',
    async () => {
      const user = await registerUser(t);
      await seedMonth(user.user.id, '2027-01', 22, 3);
      const stored = await Promise.all([
        t.services.insights.service.storeMonth(user.user.id, '2027-01'),
        second.services.insights.service.storeMonth(user.user.id, '2027-01'),
      ]);
      expect(stored.filter(Boolean)).toHaveLength(1);
      expect(await rowsOf([user.user.id])).toHaveLength(1);
      // The month not over yet in the user's zone is never stored.
      expect(await t.services.insights.service.storeMonth(user.user.id, '2027-03')).toBe(false);
      expect(await rowsOf([user.user.id])).toHaveLength(1);
    },
    SLOW,
  );
});

describe('GET /analytics/insights?month= for a month that is over', () => {
  it(
    'serves the stored report, recomputes it when the analytics moved, and never stores the current month',
    async () => {
      const user = await registerUser(t);
      await seedMonth(user.user.id, '2027-02', 21, 4);
      const first = (await analyticsGet(t, user.accessToken, '/analytics/insights?month=2027-02')).json();
      const [row] = await rowsOf([user.user.id]);
      expect(row).toMatchObject({ month: '2027-02', post_count: 21 });
      expect(row?.report).toEqual(first);
      // Served from the table: an edit of the stored row shows (nothing else could produce it).
      await t.database.db.execute(
        sql`update insight_reports set report = jsonb_set(report, '{summary}', '"from the table"')
        where user_id = ${user.user.id}`,
      );
      const again = (await analyticsGet(t, user.accessToken, '/analytics/insights?month=2027-02')).json();
      expect(again.summary).toBe('from the table');

      // A late import into February moves the analytics version: the next read recomputes and replaces.
      await seedPost(t, user.user.id, {
        platform: 'linkedin',
        publishedAt: '2027-02-27T18:00:00Z',
        text: 'An imported post from late February.',
        latest: { impressions: 800, likes: 30 },
      });
      const moved = (await analyticsGet(t, user.accessToken, '/analytics/insights?month=2027-02')).json();
      expect(moved.summary).not.toBe('from the table');
      expect((await rowsOf([user.user.id]))[0]).toMatchObject({ post_count: 22, report: moved });

      await seedMonth(user.user.id, '2027-03', 3, 6);
      const current = await analyticsGet(t, user.accessToken, '/analytics/insights?month=2027-03');
      expect(current.statusCode).toBe(200);
      expect((await rowsOf([user.user.id])).map((r) => r.month)).toEqual(['2027-02']);
    },
    SLOW,
  );

  it(
    'never answers or stores one user’s month with another user’s posts',
    async () => {
      const owner = await registerUser(t);
      await seedMonth(owner.user.id, '2027-02', 25, 7);
      await analyticsGet(t, owner.accessToken, '/analytics/insights?month=2027-02');
      const other = await registerUser(t);
      const theirs = (await analyticsGet(t, other.accessToken, '/analytics/insights?month=2027-02')).json();
      expect(theirs.insights).toHaveLength(1);
      expect(theirs.insights[0]).toMatchObject({ type: 'data', evidence: { n: 0 } });
      expect(await t.services.insights.storedReport(other.user.id, '2027-02')).toEqual(theirs);
      expect((await rowsOf([owner.user.id]))[0]?.post_count).toBe(25);
    },
    SLOW,
  );
});
