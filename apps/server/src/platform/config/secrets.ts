// Embedded mode keeps its generated JWT and encryption secrets in DATA_DIR so restarts keep sessions
// and encrypted fields readable; scaled mode must pass them in (every replica needs the same ones).
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Config, Env } from './config.js';

const secretsFileSchema = z.object({ jwtSecret: z.string().min(32), encryptionKey: z.string().length(44) });
type SecretsFile = z.infer<typeof secretsFileSchema>;

function readOrCreateSecrets(dataDir: string): SecretsFile {
  const file = join(dataDir, 'secrets.json');
  try {
    return secretsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secrets: SecretsFile = {
    jwtSecret: randomBytes(48).toString('base64url'),
    encryptionKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true });
  // 'wx' fails if another process created it meanwhile; then we read theirs.
  try {
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600, flag: 'wx' });
    return secrets;
  } catch {
    return secretsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  }
}

export function resolveConfig(env: Env): Readonly<Config> {
  const mode = env.DATABASE_URL ? 'scaled' : 'embedded';
  const needsGenerated = !env.JWT_SECRET || !env.ENCRYPTION_KEY;
  const generated = needsGenerated ? readOrCreateSecrets(env.DATA_DIR) : undefined;
  return Object.freeze({
    ...env,
    mode,
    publicBaseUrl: env.PUBLIC_URL ?? `http://127.0.0.1:${env.PORT}`,
    JWT_SECRET: env.JWT_SECRET ?? (generated as SecretsFile).jwtSecret,
    ENCRYPTION_KEY: env.ENCRYPTION_KEY ?? (generated as SecretsFile).encryptionKey,
  });
}
