// Migrations and capability detection on the database of the test project (PGlite or PostgreSQL).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/backend.js';
import { type Database, detectCapabilities, migrationsFolder, queryRows, runMigrations } from './index.js';

const backend = testBackend();
let database: Database;
beforeAll(async () => {
  database = await backend.openDatabase();
});
afterAll(async () => {
  await database.close();
  await backend.cleanup();
});

const tables = async () =>
  (
    await queryRows<{ tablename: string }>(
      database.db,
      sql`select tablename from pg_tables where schemaname = 'public'`,
    )
  ).map((r) => r.tablename);

describe(`database (${backend.postgres ? 'postgres' : 'pglite'})`, () => {
  it('is the configured kind', () => {
    expect(database.kind).toBe(backend.postgres ? 'postgres' : 'pglite');
  });

  it('applies migrations once, concurrently or repeated', async () => {
    await Promise.all([runMigrations(database), runMigrations(database)]);
    await runMigrations(database);
    expect(await tables()).toEqual(expect.arrayContaining(['users', 'user_profiles', 'refresh_tokens']));
    const [applied] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const journal = JSON.parse(readFileSync(join(migrationsFolder(), 'meta', '_journal.json'), 'utf8'));
    expect(applied?.n).toBe(journal.entries.length);
  });

  it('detects pgvector and agrees with the catalog', async () => {
    const capabilities = await detectCapabilities(database);
    const installed = await queryRows(database.db, sql`select 1 from pg_extension where extname = 'vector'`);
    expect(capabilities.vector).toBe(installed.length === 1);
    if (database.kind === 'pglite') expect(capabilities.vector).toBe(true);
  });

  it('rolls a failed transaction back completely', async () => {
    await database.db.execute(sql`create table if not exists tx_probe (id int primary key)`);
    await expect(
      database.transaction(async (tx) => {
        await tx.execute(sql`insert into tx_probe values (1)`);
        await tx.execute(sql`insert into tx_probe values (1)`);
      }),
    ).rejects.toThrow();
    const [probe] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from tx_probe`);
    expect(probe?.n).toBe(0);
  });

  it('reports pool statistics', async () => {
    await database.ping();
    const stats = database.poolStats();
    expect(stats.total).toBeGreaterThanOrEqual(1);
    expect(stats.waiting).toBeGreaterThanOrEqual(0);
  });
});
