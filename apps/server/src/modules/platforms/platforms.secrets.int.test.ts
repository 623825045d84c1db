// Secrets at rest and in logs: the raw rows hold no plaintext token, secret or verifier; the log of a
// connect → callback → refresh → disconnect flow holds none either; rotating the encryption key
// re-encrypts everything, is idempotent, and keeps serving while it runs.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldEncryption, secretRotations } from '../../app.js';
import { queryRows } from '../../platform/db/index.js';
import {
  authorizationUrl,
  callback,
  connect,
  connectionOf,
  connectViaOAuth,
  consent,
  disconnect,
  rawConnection,
  storedTokens,
} from '../../test/platforms.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

const APP_PASSWORD = 'wxyz-wxyz-wxyz-wxyz';
let now = new Date();
const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  t = await createTestApp({ LOG_LEVEL: 'trace' }, undefined, { clock: () => now, logStream });
});
afterAll(() => t.close());

async function everyRowAsText(): Promise<string> {
  const tables = ['platform_connections', 'oauth_states', 'mastodon_apps'];
  const texts = await Promise.all(
    tables.map((table) =>
      queryRows<{ row: string }>(t.database.db, sql`select t::text as row from ${sql.identifier(table)} t`),
    ),
  );
  return texts
    .flat()
    .map((r) => r.row)
    .join('\n');
}

describe('at rest', () => {
  it('keeps no plaintext token, password, client secret or verifier in any row', async () => {
    const user = await registerUser(t);
    const secrets: string[] = [APP_PASSWORD, 'sandbox-medium-at-rest'];
    for (const platform of ['x', 'linkedin'] as const) {
      await connectViaOAuth(t, user.accessToken, platform);
      const tokens = await storedTokens(t, user.user.id, platform);
      secrets.push(tokens.accessToken, ...(tokens.refreshToken ? [tokens.refreshToken] : []));
    }
    await connectViaOAuth(t, user.accessToken, 'mastodon', { instanceUrl: 'rest.example.net' });
    expect(
      (
        await connect(t, user.accessToken, 'bluesky', {
          handle: 'rest.bsky.social',
          appPassword: APP_PASSWORD,
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await connect(t, user.accessToken, 'medium', { integrationToken: 'sandbox-medium-at-rest' }))
        .statusCode,
    ).toBe(201);
    for (const platform of ['mastodon', 'bluesky', 'medium']) {
      const tokens = await storedTokens(t, user.user.id, platform);
      secrets.push(tokens.accessToken, ...(tokens.refreshToken ? [tokens.refreshToken] : []));
    }
    // A pending authorization too: its state and verifier.
    const pending = await authorizationUrl(t, user.accessToken, 'x');
    secrets.push(pending.searchParams.get('state') ?? '');
    const dump = await everyRowAsText();
    expect(dump).toContain('v2.');
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      expect(dump).not.toContain(secret);
    }
  });
});

describe('in logs', () => {
  it('a connect → callback → refresh → disconnect flow logs no token, code or state', async () => {
    now = new Date();
    const user = await registerUser(t);
    const from = lines.length;
    const redirect = await consent(await authorizationUrl(t, user.accessToken, 'x'));
    expect((await callback(t, redirect)).statusCode).toBe(200);
    const first = await storedTokens(t, user.user.id, 'x');
    const row = await rawConnection(t, user.user.id, 'x');
    now = new Date(new Date(row.expires_at ?? 0).getTime() - 60_000);
    await t.services.platforms.withSession(user.user.id, 'x', (s, c) => c.profile(s));
    const second = await storedTokens(t, user.user.id, 'x');
    expect(second.accessToken).not.toBe(first.accessToken);
    expect((await disconnect(t, user.accessToken, 'x')).statusCode).toBe(204);
    const log = lines.slice(from).join('');
    expect(log).toContain('/platforms/x/callback?code=[redacted]&state=[redacted]');
    expect(log).toContain('incoming request');
    const values = [
      first.accessToken,
      first.refreshToken,
      second.accessToken,
      second.refreshToken,
      redirect.searchParams.get('code'),
      redirect.searchParams.get('state'),
      user.accessToken,
    ];
    for (const value of values) {
      expect(value?.length).toBeGreaterThan(8);
      expect(log).not.toContain(value);
    }
    now = new Date();
  });
});

describe('rotate-keys', () => {
  it('re-encrypts every secret under the new key, once, while the app keeps working', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'x');
    await connectViaOAuth(t, user.accessToken, 'mastodon', { instanceUrl: 'rotate.example.net' });
    await authorizationUrl(t, user.accessToken, 'linkedin');
    const newKey = randomBytes(32).toString('base64');
    const rotated = await createTestApp(
      {
        ENCRYPTION_KEY: newKey,
        ENCRYPTION_KEYS_PREVIOUS: t.config.ENCRYPTION_KEY,
        EMULATOR_URL: t.sandboxUrl ?? '',
      },
      t,
    );
    try {
      const encryption = fieldEncryption(rotated.config);
      // Before rotation the new replica reads the old values through the previous key.
      await rotated.services.platforms.withSession(user.user.id, 'x', (s, c) => c.profile(s));
      const [rotation] = secretRotations(rotated.database, encryption);
      const [result] = await Promise.all([
        rotation?.run(),
        // A request served meanwhile: whatever it writes is under the current key anyway.
        rotated.services.platforms.withSession(user.user.id, 'mastodon', (s, c) => c.profile(s)),
      ]);
      expect(result?.connections.unreadable).toBe(0);
      expect(result?.connections.rotated).toBeGreaterThanOrEqual(2);
      expect(result?.oauthStates.rotated).toBeGreaterThanOrEqual(1);
      expect(result?.mastodonApps.rotated).toBeGreaterThanOrEqual(1);
      const dump = await everyRowAsText();
      const kids = new Set([...dump.matchAll(/v2\.([\w-]{11})\./g)].map((m) => m[1]));
      expect(kids).toEqual(new Set([encryption.currentKeyId]));

      const again = await rotation?.run();
      expect(again?.connections).toMatchObject({ rotated: 0, unreadable: 0 });
      expect(again?.mastodonApps.rotated).toBe(0);
    } finally {
      await rotated.close();
    }
    // Without the old key at all, everything still opens.
    const fresh = await createTestApp({ ENCRYPTION_KEY: newKey, EMULATOR_URL: t.sandboxUrl ?? '' }, t);
    try {
      await fresh.services.platforms.withSession(user.user.id, 'x', (s, c) => c.profile(s));
      expect((await connectionOf(fresh, user.accessToken, 'mastodon')).connected).toBe(true);
      const redirect = await consent(
        await authorizationUrl(fresh, user.accessToken, 'mastodon', { instanceUrl: 'rotate.example.net' }),
      );
      expect((await callback(fresh, redirect)).statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it('counts values no configured key opens instead of failing', async () => {
    const user = await registerUser(t);
    await connect(t, user.accessToken, 'medium', { integrationToken: 'sandbox-lost-key' });
    const stranger = await createTestApp({ ENCRYPTION_KEY: randomBytes(32).toString('base64') }, t);
    try {
      const [rotation] = secretRotations(stranger.database, fieldEncryption(stranger.config));
      const result = await rotation?.run();
      expect(result?.connections.unreadable).toBeGreaterThanOrEqual(1);
      expect(result?.connections.rotated).toBe(0);
    } finally {
      await stranger.close();
    }
  });
});
