// Builds the real app for integration tests on the backend chosen by the test project, plus small
// helpers to register users and call the API through fastify.inject.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '@brandwright/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppContext, type AppOverrides, buildApp } from '../app.js';
import { type Config, loadConfig } from '../platform/config/index.js';
import { type TestBackend, testBackend } from './backend.js';

export interface TestApp extends AppContext {
  backend: TestBackend;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bw-test-')),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '10000',
    RATE_LIMIT_GENERATION_PER_MINUTE: '10000',
    RATE_LIMIT_ASSESSMENT_PER_MINUTE: '10000',
    RATE_LIMIT_CONNECT_PER_MINUTE: '10000',
    // The sandbox emulator on a free port: tests never take the default 4010.
    SANDBOX_EMULATOR_PORT: '0',
    ...env,
  });
}

/**
 * One app on a fresh database. Pass `share` to build a second app on the same database and kv, and
 * `overrides` to pin what the app would otherwise take from the system (the clock, the log output,
 * the platforms' fetch). Sandbox platforms get an in-process emulator on a free port (`sandboxUrl`).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  share?: TestApp,
  overrides: Pick<
    AppOverrides,
    'clock' | 'logStream' | 'platformFetch' | 'resolveHost' | 'judgeAddress' | 'serveWeb'
  > = {},
): Promise<TestApp> {
  const backend = share?.backend ?? testBackend();
  const database = share?.database ?? (await backend.openDatabase());
  const kv = share?.kv ?? backend.openKv();
  // With Redis, jobs run on BullMQ under this file's own key prefix, shared by apps built with `share`.
  const namespace = share ? undefined : backend.redisNamespace();
  const redis = share
    ? {
        ...(share.config.REDIS_URL ? { REDIS_URL: share.config.REDIS_URL } : {}),
        REDIS_PREFIX: share.config.REDIS_PREFIX,
      }
    : namespace
      ? { REDIS_URL: namespace.url, REDIS_PREFIX: namespace.prefix }
      : {};
  // A shared app is another replica of the same deployment: same secrets and sandbox emulator.
  const replica = share
    ? {
        ENCRYPTION_KEY: share.config.ENCRYPTION_KEY,
        ...(share.sandboxUrl ? { EMULATOR_URL: share.sandboxUrl } : {}),
      }
    : {};
  const base = { ...redis, ...replica, ...env };
  const config = share
    ? { ...share.config, ...testConfig(base), JWT_SECRET: share.config.JWT_SECRET }
    : testConfig(base);
  const context = await buildApp(config, { database, kv, serveWeb: false, ...overrides });
  await context.app.ready();
  return {
    ...context,
    backend,
    config,
    async close() {
      await context.app.close();
      if (share) return;
      await kv.close();
      await database.close();
      await backend.cleanup();
    },
  };
}

let counter = 0;
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}.${counter}.${randomBytes(3).toString('hex')}@example.com`;
}

export const PASSWORD = 'correct horse battery';

export async function registerUser(
  app: TestApp,
  fullName = 'Ada Lovelace',
  email = uniqueEmail(),
): Promise<Session & { refreshToken: string; password: string }> {
  const res = await app.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password: PASSWORD, fullName },
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return { ...(res.json() as Session & { refreshToken: string }), password: PASSWORD };
}

export function call(
  app: TestApp,
  token: string | undefined,
  options: InjectOptions,
): Promise<LightMyRequestResponse> {
  return app.app.inject({
    ...options,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
  });
}
