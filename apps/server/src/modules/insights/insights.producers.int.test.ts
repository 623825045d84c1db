// The insights report carries the other producers' insights (wired in composition/learning.ts):
// a history with a planted weekday/hour effect yields a `timing` insight naming that slot, and an
// opted-in cohort of 20 members with 10+ posts in the month yields a `benchmark` insight — with 19
// it does not. Posts are written in bulk straight through the schema, as the ingestion jobs would.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { analyticsGet, NOW } from '../../test/tracked-posts.js';
import { bumpAnalyticsVersion } from '../analytics/index.js';
import { seededRandom } from './test/synthetic.js';

// Generous limits: these seed dozens of users on 2 shared cores; nothing here asserts on time.
const SLOW = 240_000;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
}, SLOW);
afterAll(() => t.close(), SLOW);

let seq = 0;
/** Writes the posts in one statement (by table name: the analytics schema is that module's own). */
async function seedBulk(userId: string, posts: { at: Date; impressions: number; likes: number }[]) {
  const rows = posts.map((p) => {
    seq += 1;
    const text = `Post ${seq} about product design and team culture`;
    const latest = JSON.stringify({ impressions: p.impressions, likes: p.likes });
    return sql`(${userId}::uuid, 'linkedin', ${`bulk-${seq}`}, 'brandwright', ${text},
      ${createHash('md5').update(text).digest('hex')}, ${p.at.toISOString()}::timestamptz, ${latest}::jsonb,
      ${NOW.toISOString()}::timestamptz)`;
  });
  await t.database.db.execute(sql`insert into analytics_posts
    (user_id, platform, platform_post_id, source, text, text_hash, published_at, latest, latest_at)
    values ${sql.join(rows, sql`, `)}`);
  await bumpAnalyticsVersion(t.kv, userId);
}

async function member(profile: Record<string, unknown>) {
  const user = await registerUser(t);
  const res = await call(t, user.accessToken, { method: 'PATCH', url: '/api/v1/users/me', payload: profile });
  if (res.statusCode !== 200) throw new Error(res.body);
  return user;
}

const kinds = (body: { insights: { type: string; category: string }[] }) =>
  body.insights.map((i) => `${i.type}/${i.category}`);

describe('insights from the best-times and benchmark producers', () => {
  it(
    'includes a timing insight for a planted weekday and hour effect',
    async () => {
      const user = await member({ timezone: 'Europe/Berlin' });
      const random = seededRandom(11);
      // 20 weeks before NOW, four slots a week; Tuesdays 09:00–12:00 Berlin earn three times the rest.
      const slots: [number, number][] = [
        [2, 9],
        [3, 9],
        [4, 15],
        [5, 12],
      ];
      const posts = slots.flatMap(([weekday, hour]) =>
        Array.from({ length: 20 }, (_, week) => {
          const at = DateTime.fromISO('2026-10-26T00:00', { zone: 'Europe/Berlin' }).plus({
            weeks: week,
            days: weekday - 1,
            hours: hour,
            minutes: Math.floor(random() * 150),
          });
          const impressions = 1000 + Math.floor(random() * 2000);
          const rate = (weekday === 2 ? 0.09 : 0.03) * (0.85 + 0.3 * random());
          return { at: at.toJSDate(), impressions, likes: Math.round(impressions * rate) };
        }),
      );
      await seedBulk(user.user.id, posts);
      const res = await analyticsGet(
        t,
        user.accessToken,
        '/analytics/insights?from=2026-10-26&to=2027-03-14',
      );
      expect(res.statusCode).toBe(200);
      const timing = res.json().insights.filter((i: { category: string }) => i.category === 'timing');
      expect(timing).toHaveLength(1);
      expect(timing[0]).toMatchObject({ type: 'optimization' });
      expect(timing[0].message).toContain('Tuesday 09:00–12:00');
      expect(timing[0].evidence.interval[0]).toBeGreaterThan(1);
    },
    SLOW,
  );

  it(
    'includes a benchmark insight once the opted-in cohort has 20 members with 10+ posts',
    async () => {
      const industry = 'Insights Benchmarking';
      const february = (perThousand: number) =>
        Array.from({ length: 10 }, (_, k) => ({
          at: new Date(`2027-02-${String(1 + 2 * k).padStart(2, '0')}T10:00:00Z`),
          impressions: 1000,
          likes: perThousand,
        }));
      const caller = await member({ industry, benchmarkOptIn: true });
      await seedBulk(caller.user.id, february(40));
      for (let k = 0; k < 18; k += 1) {
        const peer = await member({ industry, benchmarkOptIn: true });
        await seedBulk(peer.user.id, february(10 + 3 * k));
      }
      const url = '/analytics/insights?from=2027-02-01&to=2027-02-28';
      const at19 = (await analyticsGet(t, caller.accessToken, url)).json();
      expect(kinds(at19)).not.toContain('benchmark/competitive');

      const twentieth = await member({ industry, benchmarkOptIn: true });
      await seedBulk(twentieth.user.id, february(90));
      await bumpAnalyticsVersion(t.kv, caller.user.id);
      const at20 = (await analyticsGet(t, caller.accessToken, url)).json();
      const benchmark = at20.insights.filter((i: { type: string }) => i.type === 'benchmark');
      expect(benchmark).toHaveLength(1);
      expect(benchmark[0]).toMatchObject({ category: 'competitive', evidence: { n: 20, baseline: 50 } });
      expect(benchmark[0].message).toContain(industry);
    },
    SLOW,
  );
});
