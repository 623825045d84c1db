// Detects optional database features once at start-up. Debian's PostgreSQL ships no pgvector, so
// later modules must check `vector` and fall back when it is false (platform/vectors does).
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from './database.js';

export interface DbCapabilities {
  /** The `vector` extension exists in this database (created here if it was only available). */
  vector: boolean;
}

export async function detectCapabilities(database: Database): Promise<DbCapabilities> {
  return { vector: await ensureVectorExtension(database) };
}

async function ensureVectorExtension(database: Database): Promise<boolean> {
  const available = await queryRows(
    database.db,
    sql`select 1 from pg_available_extensions where name = 'vector'`,
  );
  if (available.length === 0) return false;
  try {
    await database.db.execute(sql`create extension if not exists vector`);
    return true;
  } catch {
    // Available but not creatable (insufficient privilege): treat as missing.
    return false;
  }
}
