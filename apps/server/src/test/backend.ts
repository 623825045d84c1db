// Which data stores a test file runs against. The `embedded` project uses PGlite in memory and the
// in-memory kv; the `scaled` project uses a fresh PostgreSQL database per file and a Redis key prefix
// per file, so files can run in parallel without seeing each other's rows or keys.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { type Database, openDatabase } from '../platform/db/index.js';
import { type Kv, MemoryKv, RedisKv } from '../platform/kv/index.js';

export interface TestBackend {
  name: string;
  postgres: boolean;
  redis: boolean;
  openDatabase(): Promise<Database>;
  openKv(): Kv;
  /** The URL of this file's PostgreSQL database (after openDatabase), for worker processes. */
  databaseUrl(): string | undefined;
  /** Redis URL and a key prefix of this file's own (cleaned up), when the project has Redis. */
  redisNamespace(): { url: string; prefix: string } | undefined;
  /** Drops what openDatabase/openKv created. */
  cleanup(): Promise<void>;
}

const scaled = process.env.TEST_BACKEND === 'scaled';
const databaseUrl = scaled ? process.env.DATABASE_URL : undefined;
const redisUrl = scaled ? process.env.REDIS_URL : undefined;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function testBackend(): TestBackend {
  const suffix = randomBytes(6).toString('hex');
  const dbName = `bw_test_${suffix}`;
  const cleanups: (() => Promise<void>)[] = [];
  return {
    name: [databaseUrl ? 'postgres' : 'pglite', redisUrl ? 'redis' : 'memory'].join('+'),
    postgres: Boolean(databaseUrl),
    redis: Boolean(redisUrl),
    async openDatabase() {
      if (!databaseUrl) return openDatabase({ dataDir: 'memory' });
      await adminQuery(`create database ${dbName}`);
      cleanups.push(() => adminQuery(`drop database if exists ${dbName} with (force)`));
      return openDatabase({ url: withDatabase(databaseUrl, dbName), dataDir: 'memory', poolMax: 5 });
    },
    openKv() {
      if (!redisUrl) return new MemoryKv();
      const prefix = `bwtest:${suffix}:`;
      cleanups.push(() => deleteKeys(redisUrl, prefix));
      return new RedisKv(new Redis(redisUrl), prefix);
    },
    databaseUrl: () => (databaseUrl ? withDatabase(databaseUrl, dbName) : undefined),
    redisNamespace() {
      if (!redisUrl) return undefined;
      const prefix = `bwtest:${suffix}:q:`;
      cleanups.push(() => deleteKeys(redisUrl, prefix));
      return { url: redisUrl, prefix };
    },
    async cleanup() {
      for (const fn of cleanups.splice(0).reverse()) await fn();
    },
  };
}

async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    for (const pattern of [`${prefix}*`, `*${prefix}*`]) {
      const keys = await redis.keys(pattern);
      if (keys.length > 0) await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
}
