// The `rotate-keys` command end to end, as an operator runs it: a data directory written under one
// key, the command run with a new ENCRYPTION_KEY and the old one in ENCRYPTION_KEYS_PREVIOUS, then
// the server started with the new key alone. (Embedded mode: the command opens DATA_DIR's PGlite.)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { loadConfig } from './platform/config/index.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function runCommand(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts', 'rotate-keys'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

async function withApp<T>(
  env: Record<string, string>,
  fn: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>,
) {
  const context = await buildApp(loadConfig(env), { serveWeb: false });
  try {
    return await fn(context);
  } finally {
    await context.app.close();
  }
}

describe('rotate-keys', () => {
  it('re-encrypts a data directory under the new key and reports it', async () => {
    const base = {
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bw-rotate-')),
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      SANDBOX_EMULATOR_PORT: '0',
    };
    const oldKey = randomBytes(32).toString('base64');
    const newKey = randomBytes(32).toString('base64');
    const token = await withApp({ ...base, ENCRYPTION_KEY: oldKey }, async ({ app }) => {
      const registered = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: { email: 'rotate@example.com', password: 'correct horse battery', fullName: 'Rotate Me' },
      });
      const { accessToken } = registered.json() as { accessToken: string };
      const connected = await app.inject({
        method: 'POST',
        url: '/api/v1/platforms/medium/connect',
        headers: { authorization: `Bearer ${accessToken}` },
        payload: { integrationToken: 'sandbox-rotate-me' },
      });
      expect(connected.statusCode).toBe(201);
      return accessToken;
    });

    const first = await runCommand({ ...base, ENCRYPTION_KEY: newKey, ENCRYPTION_KEYS_PREVIOUS: oldKey });
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/platforms: .*"connections":\{"rotated":1,"current":0,"unreadable":0\}/);
    const again = await runCommand({ ...base, ENCRYPTION_KEY: newKey, ENCRYPTION_KEYS_PREVIOUS: oldKey });
    expect(again.output).toMatch(/"connections":\{"rotated":0,"current":1,"unreadable":0\}/);

    await withApp({ ...base, ENCRYPTION_KEY: newKey }, async ({ app, services }) => {
      const list = await app.inject({
        method: 'GET',
        url: '/api/v1/platforms',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(list.statusCode).toBe(200);
      const userId = (await services.users.findCredentials('rotate@example.com'))?.id ?? '';
      const profile = await services.platforms.withSession(userId, 'medium', (s, c) => c.profile(s));
      expect(profile.handle).toBeTruthy();
    });

    // Without the key that wrote them, values are reported, and the command fails.
    const lost = await runCommand({ ...base, ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    expect(lost.code).toBe(1);
    expect(lost.output).toMatch(/could not be decrypted/);
  }, 120_000);
});
