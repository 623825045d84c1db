// npm run bench:search — p50/p95 of GET /content?query= in text and semantic mode for one user
// with many pieces among other users' pieces, on PGlite and (when DATABASE_URL is set) on a fresh
// scratch PostgreSQL database that is dropped afterwards. Rows are seeded with multi-row SQL and
// embedded with the offline embedder in batches; the app (and so the HNSW index, where pgvector
// exists) is built after seeding. Queries go through the content service (no HTTP). Recall@10 of
// the semantic path (HNSW, or the quantised fallback) is measured against an exact scan.
// Flags: --rows N (target user's pieces, default 100000), --others N (users, default 10),
// --other-rows N (pieces each, default 10000), --queries N (per mode, default 200),
// --recall-queries N (queries checked against the exact scan, default 20),
// --backends pglite,postgres (default both; postgres needs DATABASE_URL).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createAi } from '../../apps/server/src/adapters/ai/index.js';
import { type AppContext, buildApp } from '../../apps/server/src/app.js';
import {
  type Database,
  openDatabase,
  queryRows,
  runMigrations,
} from '../../apps/server/src/platform/db/index.js';
import { MemoryKv } from '../../apps/server/src/platform/kv/index.js';
import { testConfig } from '../../apps/server/src/test/test-app.js';
import { postText, prng, queries } from './search-corpus.js';

const { values: flags } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    others: { type: 'string', default: '10' },
    'other-rows': { type: 'string', default: '10000' },
    queries: { type: 'string', default: '200' },
    'recall-queries': { type: 'string', default: '20' },
    backends: { type: 'string', default: 'pglite,postgres' },
  },
});
const TARGET_ROWS = Number(flags.rows);
const OTHERS = Number(flags.others);
const OTHER_ROWS = Number(flags['other-rows']);
const QUERIES = Number(flags.queries);
const RECALL_QUERIES = Number(flags['recall-queries']);
const BACKENDS = new Set(flags.backends.split(','));
const BATCH = 500;
const STATUSES = ['draft', 'draft', 'approved', 'scheduled', 'published'];
const PLATFORMS = [['linkedin'], ['x'], ['linkedin', 'x'], ['bluesky', 'mastodon'], ['medium']];

const config = testConfig();
const embedder = createAi(config).embedder;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { runs: samples.length, 'p50 ms': at(0.5).toFixed(2), 'p95 ms': at(0.95).toFixed(2) };
}

async function newUser(database: Database, label: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`insert into users (email, password_hash) values (${`${label}@bench.example.com`}, 'x') returning id`,
  );
  if (!row) throw new Error('no user');
  return row.id;
}

/** Inserts `count` pieces for the user in multi-row batches, with their embeddings. */
async function seedUser(database: Database, userId: string, count: number, seed: number): Promise<void> {
  const rand = prng(seed);
  const start = Date.UTC(2024, 0, 1);
  for (let done = 0; done < count; done += BATCH) {
    const posts = Array.from({ length: Math.min(BATCH, count - done) }, () => postText(rand));
    const rows = posts.map((p, i) => {
      const words = p.body.split(/\s+/).length;
      const metadata = JSON.stringify({
        wordCount: words,
        readingTimeMinutes: 1,
        hashtags: [],
        mentions: [],
        perPlatform: {},
      });
      const platforms = `{${(PLATFORMS[Math.floor(rand() * PLATFORMS.length)] ?? ['linkedin']).join(',')}}`;
      const status = STATUSES[Math.floor(rand() * STATUSES.length)] ?? 'draft';
      const created = new Date(start + (done + i) * 60_000).toISOString();
      return sql`(${userId}, 'post', ${p.title}, ${p.body}, ${p.body}, ${platforms}::text[], ${p.pillar}, ${metadata}::jsonb, ${status}, ${created}::timestamptz)`;
    });
    const ids = await queryRows<{ id: string }>(
      database.db,
      sql`insert into content (user_id, type, title, body, body_markdown, platforms, pillar, metadata, status, created_at)
          values ${sql.join(rows, sql`, `)} returning id`,
    );
    const { vectors } = await embedder.embed(
      posts.map((p) => (p.title ? `${p.title}\n\n${p.body}` : p.body)),
    );
    const embeddings = ids.map(
      (row, i) =>
        sql`(${userId}, 'content', ${row.id}::uuid, ${embedder.model}, ${vectors[i]?.length ?? 0}, ${`{${vectors[i]?.join(',')}}`}::real[])`,
    );
    await database.db.execute(
      sql`insert into embeddings (user_id, owner_type, owner_id, model, dimensions, embedding) values ${sql.join(embeddings, sql`, `)}`,
    );
  }
}

async function measure(run: (query: string) => Promise<unknown>, list: string[]) {
  for (const q of list.slice(0, 10)) await run(q); // warm-up: plans, caches
  const times: number[] = [];
  for (const q of list) {
    const started = performance.now();
    await run(q);
    times.push(performance.now() - started);
  }
  return percentiles(times);
}

/** pgvector computes distances in float4; the exact scan and the fallback in float8. */
const DISTANCE_TOLERANCE = 1e-6;

/**
 * Recall@10 of `nearest` against `nearestExact` for the same query vectors. `ids`: the share of the
 * exact top 10 found; `ranks`: the share of returned matches at most as far as the exact 10th (the
 * corpus has many equally distant pieces, and any of those is an equally right answer). Its p50/p95
 * are those of the exact scan (vector store only, no content rows).
 */
async function recallAt10(ctx: AppContext, userId: string, list: string[]) {
  let ids = 0;
  let ranks = 0;
  // The exact scan is what the fallback did before it shortlisted: its time is the "before" figure.
  const exactTimes: number[] = [];
  const sample = list.slice(0, RECALL_QUERIES);
  for (const text of sample) {
    const [vector = []] = (await embedder.embed([text])).vectors;
    const query = { userId, ownerType: 'content', model: embedder.model, vector, k: 10 };
    const started = performance.now();
    const exact = await ctx.vectors.nearestExact(query);
    exactTimes.push(performance.now() - started);
    const found = await ctx.vectors.nearest(query);
    const tenth = exact.at(-1)?.distance ?? 0;
    const exactIds = new Set(exact.map((m) => m.ownerId));
    ids += found.filter((m) => exactIds.has(m.ownerId)).length / exact.length;
    ranks += found.filter((m) => m.distance <= tenth + DISTANCE_TOLERANCE).length / exact.length;
  }
  return {
    ...percentiles(exactTimes),
    'recall@10 ids': (ids / sample.length).toFixed(3),
    'recall@10 ranks': (ranks / sample.length).toFixed(3),
  };
}

async function bench(label: string, database: Database) {
  const seedStarted = performance.now();
  await runMigrations(database);
  const target = await newUser(database, 'target');
  await seedUser(database, target, TARGET_ROWS, 1);
  for (let u = 0; u < OTHERS; u++)
    await seedUser(database, await newUser(database, `other${u}`), OTHER_ROWS, u + 2);
  // What autovacuum does after a bulk load (it is off on some test servers): planner statistics, and
  // the visibility map that lets index-only scans skip the table.
  await database.db.execute(sql`vacuum analyze`);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const appStarted = performance.now();
  const ctx = await buildApp(config, { database, kv: new MemoryKv(), serveWeb: false });
  const appSeconds = (performance.now() - appStarted) / 1000;
  const service = ctx.services.content.content;
  const list = queries(QUERIES, 42);
  const results: Record<string, object> = {};
  results[`${label} text`] = await measure(
    (query) => service.list(target, { query, mode: 'text', limit: 20 }),
    list,
  );
  results[`${label} text, status=published`] = await measure(
    (query) => service.list(target, { query, mode: 'text', limit: 20, status: 'published' }),
    list,
  );
  results[`${label} semantic (${ctx.vectors.mode})`] = await measure(
    (query) => service.list(target, { query, mode: 'semantic', limit: 20 }),
    list,
  );
  results[`${label} semantic, status=published`] = await measure(
    (query) => service.list(target, { query, mode: 'semantic', limit: 20, status: 'published' }),
    list,
  );
  results[`${label} exact scan; recall@10 of ${ctx.vectors.mode}`] = await recallAt10(ctx, target, list);
  await ctx.app.close();
  console.log(
    `${label}: seeded ${TARGET_ROWS + OTHERS * OTHER_ROWS} pieces in ${seedSeconds.toFixed(1)} s; app start (index build) ${appSeconds.toFixed(1)} s`,
  );
  return results;
}

async function admin(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const table: Record<string, object> = {};
if (BACKENDS.has('pglite')) {
  const pglite = await openDatabase({ dataDir: 'memory' });
  try {
    Object.assign(table, await bench('pglite', pglite));
  } finally {
    await pglite.close();
  }
}
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl && BACKENDS.has('postgres')) {
  const name = `bw_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(databaseUrl);
  await admin(databaseUrl, `create database ${name}`);
  url.pathname = `/${name}`;
  const postgres = await openDatabase({ url: url.toString(), dataDir: 'memory', poolMax: 4 });
  try {
    Object.assign(table, await bench('postgres', postgres));
  } finally {
    await postgres.close();
    await admin(databaseUrl, `drop database if exists ${name} with (force)`);
  }
}
console.log(
  `target user: ${TARGET_ROWS} pieces; ${OTHERS} other users × ${OTHER_ROWS}; ${QUERIES} queries per row`,
);
console.table(table);
