// The stores every command opens (database with migrations, kv) and the field encryption with its
// key rotations; shared by the app and by the commands that need no HTTP (migrate, rotate-keys).
import { join } from 'node:path';
import { reencryptPlatformSecrets } from '../modules/platforms/index.js';
import type { Config } from '../platform/config/index.js';
import { FieldEncryption } from '../platform/crypto/index.js';
import { type Database, detectCapabilities, openDatabase, runMigrations } from '../platform/db/index.js';
import { createKv, type Kv } from '../platform/kv/index.js';

export async function openDataStores(config: Config, overrides: { database?: Database; kv?: Kv } = {}) {
  const database =
    overrides.database ??
    (await openDatabase({
      url: config.DATABASE_URL,
      dataDir: join(config.DATA_DIR, 'pglite'),
      poolMax: config.DATABASE_POOL_MAX,
    }));
  const capabilities = await detectCapabilities(database);
  await runMigrations(database);
  const kv = overrides.kv ?? createKv({ redisUrl: config.REDIS_URL, prefix: config.REDIS_PREFIX });
  return { database, capabilities, kv };
}

/** Re-encrypts every module's stored secrets under the current ENCRYPTION_KEY (`rotate-keys`). */
export function secretRotations(database: Database, encryption: FieldEncryption) {
  return [{ name: 'platforms', run: () => reencryptPlatformSecrets(database, encryption) }];
}

export function fieldEncryption(config: Config): FieldEncryption {
  return new FieldEncryption(config.ENCRYPTION_KEY, config.ENCRYPTION_KEYS_PREVIOUS);
}
