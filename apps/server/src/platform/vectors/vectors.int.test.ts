// The vector store on the test project's database: pgvector (PGlite) and the exact fallback rank the
// same, searches never cross users, upsert replaces, deleteFor and the user cascade remove vectors,
// and the partial HNSW index exists and serves the pgvector query.
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
import { createVectorStore, type VectorStore } from './index.js';

const backend = testBackend();
let database: Database;
let capabilities: DbCapabilities;
const DIM = 16;

beforeAll(async () => {
  database = await backend.openDatabase();
  capabilities = await detectCapabilities(database);
  await runMigrations(database);
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
    sql`insert into users (email, password_hash) values (${`vec${counter}.${Date.now()}@example.com`}, 'x') returning id`,
  );
  return row?.id ?? '';
}

/** Deterministic pseudo-random unit-free vectors (a tiny LCG), so rankings are stable. */
function vectorFor(seed: number): number[] {
  let s = seed * 2654435761;
  return Array.from({ length: DIM }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  });
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Both stores when pgvector exists (it always does on PGlite), else only the exact fallback. */
function stores(): VectorStore[] {
  const exact = createVectorStore(database, capabilities, { forceFallback: true });
  return capabilities.vector ? [createVectorStore(database, capabilities), exact] : [exact];
}

describe(`vector store (${backend.postgres ? 'postgres' : 'pglite'})`, () => {
  it('uses pgvector where the extension exists and falls back otherwise', () => {
    if (database.kind === 'pglite') expect(capabilities.vector).toBe(true);
    expect(createVectorStore(database, capabilities).mode).toBe(
      capabilities.vector ? 'pgvector' : 'quantized',
    );
    expect(createVectorStore(database, { vector: false }).mode).toBe('quantized');
  });

  it('ranks the same way on every path, scoped to the user and model', async () => {
    const [alice, bob] = [await newUser(), await newUser()];
    const store = stores()[0] as VectorStore;
    for (let i = 1; i <= 30; i++)
      await store.upsert({
        userId: alice,
        owner: { type: 'content', id: uuid(i) },
        model: 'm1',
        vector: vectorFor(i),
      });
    // Bob owns the vector identical to the query: it must never show up in Alice's results.
    await store.upsert({
      userId: bob,
      owner: { type: 'content', id: uuid(100) },
      model: 'm1',
      vector: vectorFor(7),
    });
    await store.upsert({
      userId: alice,
      owner: { type: 'sample', id: uuid(200) },
      model: 'm1',
      vector: vectorFor(7),
    });
    await store.upsert({
      userId: alice,
      owner: { type: 'content', id: uuid(300) },
      model: 'm2',
      vector: vectorFor(7),
    });

    const query = { userId: alice, ownerType: 'content', model: 'm1', vector: vectorFor(7), k: 5 };
    const results = await Promise.all(stores().map((s) => s.nearest(query)));
    const [first] = results;
    expect(first?.[0]).toMatchObject({ ownerId: uuid(7) });
    expect(first?.[0]?.distance).toBeCloseTo(0, 5);
    expect(first).toHaveLength(5);
    for (const other of results) {
      expect(other.map((m) => m.ownerId)).toEqual(first?.map((m) => m.ownerId));
      for (const [i, m] of other.entries())
        expect(m.distance).toBeCloseTo(first?.[i]?.distance ?? Number.NaN, 5);
    }
    // Ranking agrees with cosine distance computed here.
    const cosine = (a: number[], b: number[]) =>
      1 - a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0) / (Math.hypot(...a) * Math.hypot(...b));
    const expected = Array.from({ length: 30 }, (_, i) => ({
      id: uuid(i + 1),
      d: cosine(vectorFor(i + 1), vectorFor(7)),
    }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 5)
      .map((e) => e.id);
    expect(first?.map((m) => m.ownerId)).toEqual(expected);
  });

  it('replaces a vector on upsert and deletes all of an owner', async () => {
    const user = await newUser();
    for (const store of stores()) {
      const owner = { type: 'content', id: uuid(400 + stores().indexOf(store)) };
      await store.upsert({ userId: user, owner, model: 'm1', vector: vectorFor(1) });
      await store.upsert({ userId: user, owner, model: 'm1', vector: vectorFor(2) });
      await store.upsert({ userId: user, owner, model: 'm2', vector: vectorFor(2) });
      const [hit] = await store.nearest({
        userId: user,
        ownerType: 'content',
        model: 'm1',
        vector: vectorFor(2),
        k: 3,
      });
      expect(hit?.distance).toBeCloseTo(0, 5);
      expect(await store.deleteFor(owner)).toBe(2);
      expect(
        await store.nearest({ userId: user, ownerType: 'content', model: 'm1', vector: vectorFor(2), k: 3 }),
      ).toEqual([]);
    }
  });

  it('removes a user’s vectors with the user', async () => {
    const user = await newUser();
    const store = stores()[0] as VectorStore;
    await store.upsert({
      userId: user,
      owner: { type: 'content', id: uuid(500) },
      model: 'm1',
      vector: vectorFor(3),
    });
    await database.db.execute(sql`delete from users where id = ${user}`);
    const [left] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from embeddings where user_id = ${user}`,
    );
    expect(left?.n).toBe(0);
  });

  it('refuses a vector whose length does not match its dimensions, or holds NaN', async () => {
    const user = await newUser();
    const store = stores()[0] as VectorStore;
    await expect(
      store.upsert({
        userId: user,
        owner: { type: 'content', id: uuid(600) },
        model: 'm',
        vector: [1, Number.NaN],
      }),
    ).rejects.toThrow(/finite/);
    await expect(
      database.db.execute(
        sql`insert into embeddings (user_id, owner_type, owner_id, model, dimensions, embedding) values (${user}, 'c', ${uuid(601)}, 'm', 3, '{1,2}')`,
      ),
    ).rejects.toThrow();
  });

  it('creates the partial HNSW index once and the pgvector query uses it', async () => {
    const store = createVectorStore(database, capabilities);
    const created = await Promise.all([store.ensureIndex(DIM), store.ensureIndex(DIM)]);
    expect(created).toEqual([capabilities.vector, capabilities.vector]);
    expect(await store.ensureIndex(3072)).toBe(false);
    const indexes = await queryRows<{ indexname: string }>(
      database.db,
      sql`select indexname from pg_indexes where tablename = 'embeddings' and indexname like 'embeddings_hnsw_%'`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual(
      capabilities.vector ? [`embeddings_hnsw_${DIM}_idx`] : [],
    );
    if (!capabilities.vector) return;
    const plan = await database.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const target = `[${vectorFor(1).join(',')}]`;
      return queryRows<Record<string, string>>(
        tx,
        sql`explain select owner_id from embeddings where dimensions = 16
            order by embedding::vector(16) <=> ${target}::vector(16) limit 5`,
      );
    });
    expect(JSON.stringify(plan)).toContain(`embeddings_hnsw_${DIM}_idx`);
  });
});
