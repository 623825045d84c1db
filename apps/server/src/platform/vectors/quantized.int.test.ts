// The quantised fallback (the path PostgreSQL without pgvector takes, forced here on PGlite too):
// the stored codes are what migration 0004 says, the shortlist-then-exact ranking returns the same
// top results and pages as an exact scan over more rows than the shortlist holds, searches never
// cross users, and vectors too long for a code are still found by the exact scan.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/backend.js';
import {
  type Database,
  type DbCapabilities,
  detectCapabilities,
  queryRows,
  runMigrations,
} from '../db/index.js';
import { createVectorStore, MAX_CODED_DIMENSIONS, type VectorMatch, type VectorStore } from './index.js';

const backend = testBackend();
let database: Database;
let capabilities: DbCapabilities;
let store: VectorStore;
const DIM = 64;
/** More rows than the smallest shortlist (400) by far, so the shortlist really leaves rows out. */
const ROWS = 1500;

beforeAll(async () => {
  database = await backend.openDatabase();
  capabilities = await detectCapabilities(database);
  await runMigrations(database);
  store = createVectorStore(database, capabilities, { forceFallback: true });
});
afterAll(async () => {
  await database.close();
  await backend.cleanup();
});

let counter = 0;
async function newUser(): Promise<string> {
  counter += 1;
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`insert into users (email, password_hash) values (${`quant${counter}.${Date.now()}@example.com`}, 'x') returning id`,
  );
  return row?.id ?? '';
}

/** Deterministic pseudo-random vectors with some zero components, like sparse text embeddings. */
function vectorFor(seed: number, dim = DIM): number[] {
  let s = (seed * 2654435761) >>> 0;
  return Array.from({ length: dim }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const r = s / 2 ** 32;
    return r < 0.25 ? 0 : r * 2 - 1.25;
  });
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Inserts many vectors in one statement (the store's upsert is one row at a time). */
async function seed(userId: string, ids: number[], vector: (id: number) => number[], dim = DIM) {
  const rows = ids.map(
    (id) =>
      sql`(${userId}, 'content', ${uuid(id)}::uuid, 'm1', ${dim}, ${`{${vector(id).join(',')}}`}::real[])`,
  );
  await database.db.execute(
    sql`insert into embeddings (user_id, owner_type, owner_id, model, dimensions, embedding) values ${sql.join(rows, sql`, `)}`,
  );
}

const ids = (matches: VectorMatch[]) => matches.map((m) => m.ownerId);

describe(`quantised vector search (${backend.postgres ? 'postgres' : 'pglite'})`, () => {
  let alice: string;
  beforeAll(async () => {
    alice = await newUser();
    await seed(
      alice,
      Array.from({ length: ROWS }, (_, i) => i + 1),
      (id) => vectorFor(id),
    );
  });

  it('stores the four bit planes and their length, as migration 0004 defines them', async () => {
    const user = await newUser();
    await store.upsert({
      userId: user,
      owner: { type: 'probe', id: uuid(9000) },
      model: 'm1',
      vector: [0.5, -0.1, 0, 2, -3],
    });
    const [row] = await queryRows<{ code: string; code_norm: number }>(
      database.db,
      sql`select code::text as code, code_norm from embeddings where owner_id = ${uuid(9000)}`,
    );
    // t = 1.2 × rms(0.5, -0.1, 2, -3) ≈ 2.18: only -3 is large. Planes: >0, <0, >t, <-t.
    expect(row?.code).toBe(['10010', '01001', '00000', '00001'].join(''));
    expect(Number(row?.code_norm)).toBeCloseTo(Math.sqrt(4 + 3), 5);
  });

  it('returns the exact top results and distances, among more rows than it shortlists', async () => {
    for (const q of [3, 77, 5001, 5002, 5003]) {
      const query = { userId: alice, ownerType: 'content', model: 'm1', vector: vectorFor(q), k: 10 };
      const [quantised, exact] = [await store.nearest(query), await store.nearestExact(query)];
      expect(exact).toHaveLength(10);
      expect(ids(quantised)).toEqual(ids(exact));
      for (const [i, m] of quantised.entries()) expect(m.distance).toBe(exact[i]?.distance);
    }
  });

  it('pages through the same ranking as the exact scan, within a filter', async () => {
    const vector = vectorFor(5004);
    const query = { userId: alice, ownerType: 'content', model: 'm1', vector };
    // Only even ids qualify, as a module's filter subquery would say.
    const within = sql`select ${sql.raw("('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid")} from generate_series(2, ${ROWS}, 2) as n`;
    const expected = ids(await store.nearestExact({ ...query, k: 15, within }));
    const pages: string[] = [];
    let after: VectorMatch | undefined;
    for (let page = 0; page < 3; page++) {
      const matches = await store.nearest({ ...query, k: 5, after, within });
      pages.push(...ids(matches));
      after = matches.at(-1);
    }
    expect(pages).toEqual(expected);
    expect(pages.every((id) => Number(id.slice(-12)) % 2 === 0)).toBe(true);
  });

  it("never returns another user's vectors", async () => {
    const bob = await newUser();
    // Bob's copies of the query vector would all rank first if the search crossed users.
    await seed(bob, [20_001, 20_002, 20_003], () => vectorFor(5005));
    const query = { userId: alice, ownerType: 'content', model: 'm1', vector: vectorFor(5005), k: 10 };
    const found = await store.nearest(query);
    expect(found).toHaveLength(10);
    expect(found.every((m) => Number(m.ownerId.slice(-12)) <= ROWS)).toBe(true);
    const bobs = await store.nearest({ ...query, userId: bob });
    expect(ids(bobs).sort()).toEqual([uuid(20_001), uuid(20_002), uuid(20_003)]);
    expect(bobs[0]?.distance).toBeCloseTo(0, 5);
  });

  it('finds vectors too long for a code with the exact scan', async () => {
    const user = await newUser();
    const dim = MAX_CODED_DIMENSIONS + 1;
    await seed(user, [30_001, 30_002, 30_003], (id) => vectorFor(id, dim), dim);
    const [row] = await queryRows<{ coded: number }>(
      database.db,
      sql`select count(code)::int as coded from embeddings where user_id = ${user}`,
    );
    expect(row?.coded).toBe(0);
    const found = await store.nearest({
      userId: user,
      ownerType: 'content',
      model: 'm1',
      vector: vectorFor(30_002, dim),
      k: 2,
    });
    expect(found[0]).toMatchObject({ ownerId: uuid(30_002) });
    expect(found).toHaveLength(2);
  });
});
