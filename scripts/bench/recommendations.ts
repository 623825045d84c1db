// npm run bench:recommendations — GET /api/v1/recommendations/topics through the real app on the
// embedded backend (PGlite in a scratch DATA_DIR, removed with the temp dir), for one user with a
// strategy, --pieces content pieces (default 200) and --posts tracked LinkedIn posts with metrics
// (default 2,000, spread over two years), and --cohort opted-in peers of the same industry whose
// signals are refreshed (default 20). Prints the first (cold: candidates embedded) request and the
// p50/p95 of --samples warm requests (default 30).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../../apps/server/src/app.js';
import { seniorAnswers } from '../../apps/server/src/test/brand-answers.js';
import { testConfig } from '../../apps/server/src/test/test-app.js';

const { values: flags } = parseArgs({
  options: {
    pieces: { type: 'string', default: '200' },
    posts: { type: 'string', default: '2000' },
    cohort: { type: 'string', default: '20' },
    samples: { type: 'string', default: '30' },
  },
});
// Embedded only: it writes users and posts, so it never points at a shared PostgreSQL database.
const context = await buildApp(testConfig(), { serveWeb: false });
const { app, database } = context;
await app.ready();

async function register(n: number) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      email: `bench.${n}.${Date.now()}@example.com`,
      password: 'correct horse battery',
      fullName: 'Bench',
    },
  });
  const body = res.json() as { accessToken: string; user: { id: string } };
  return { token: body.accessToken, id: body.user.id };
}
const authed = (token: string) => ({ authorization: `Bearer ${token}` });

async function seedPosts(userId: string, count: number, phrase: string) {
  await database.db.execute(sql`insert into analytics_posts
    (user_id, platform, platform_post_id, source, text, text_hash, published_at, latest, latest_at)
    select ${userId}, 'linkedin', 'b-' || ${userId} || '-' || i, 'brandwright',
      ${phrase} || ' note ' || i, md5(${userId} || i::text), now() - (i * interval '8 hours'),
      jsonb_build_object('impressions', 1000, 'likes', 10 + (i * 7919) % 40), now()
    from generate_series(1, ${count}) i`);
}

const owner = await register(0);
await app.inject({
  method: 'POST',
  url: '/api/v1/brand/assessment',
  headers: authed(owner.token),
  payload: { answers: seniorAnswers },
});
for (let i = 0; i < Number(flags.pieces); i++)
  await app.inject({
    method: 'POST',
    url: '/api/v1/content',
    headers: authed(owner.token),
    payload: {
      type: 'post',
      body: `Note ${i} on data platforms and month-end close.`,
      platforms: ['linkedin'],
      pillar: i % 2 ? 'Data platforms' : 'Team building',
    },
  });
await seedPosts(owner.id, Number(flags.posts), 'Real-time analytics for finance teams');
await app.inject({
  method: 'PATCH',
  url: '/api/v1/users/me',
  headers: authed(owner.token),
  payload: { industry: 'Financial services', benchmarkOptIn: true },
});
for (let i = 1; i <= Number(flags.cohort); i++) {
  const peer = await register(i);
  await app.inject({
    method: 'PATCH',
    url: '/api/v1/users/me',
    headers: authed(peer.token),
    payload: { industry: 'Financial services', benchmarkOptIn: true },
  });
  await seedPosts(peer.id, 30, 'Payment fraud detection');
  await context.services.recommendations.service.refreshSignals(peer.id);
}

async function once(): Promise<number> {
  const started = performance.now();
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/recommendations/topics?count=10',
    headers: authed(owner.token),
  });
  if (res.statusCode !== 200) throw new Error(`GET topics: ${res.statusCode} ${res.body}`);
  return performance.now() - started;
}
const cold = await once();
const warm: number[] = [];
for (let i = 0; i < Number(flags.samples); i++) warm.push(await once());
warm.sort((a, b) => a - b);
const pct = (p: number) => warm[Math.min(warm.length - 1, Math.floor((p / 100) * warm.length))] ?? 0;
console.log(
  `${database.kind}: ${flags.posts} posts, ${flags.pieces} pieces, ${flags.cohort} peers — cold ${cold.toFixed(0)} ms, warm p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms (${warm.length} requests)`,
);
await app.close();
