// Connecting Mastodon accounts through the adapter against emulated instances: an app per instance,
// OAuth with PKCE (wrong verifier and reused codes fail), instance limits, revocation.
import { createHash, randomBytes } from 'node:crypto';
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPlatformError, type PlatformErrorCode } from '../errors.js';
import type { OAuthApp, Session, SocialClient } from '../port.js';
import { createMastodonClient } from './index.js';

let emulator: Emulator;
let client: SocialClient;
const REDIRECT = 'http://127.0.0.1:3000/api/v1/connections/mastodon/callback';

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  client = createMastodonClient({ clientName: 'Brandwright', http: { timeoutMs: 5000 } });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

/** The emulator's Mastodon instance; other instances are started on ports of their own. */
const instance = () => emulator.platformUrl('mastodon');
const hostOf = (url: string) => new URL(url).host;

async function failure(promise: Promise<unknown>): Promise<PlatformErrorCode | 'resolved'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    if (isPlatformError(error)) return error.code;
    throw error;
  }
}

/** Registers, consents with ?auto=1 and returns the code the instance redirected back with. */
async function authorize(serverUrl: string, handle = 'ada') {
  const app = (await client.registerApp?.(serverUrl, REDIRECT)) as OAuthApp;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const url = client.authorizationUrl?.({
    app,
    state: 'st4te',
    codeChallenge: challenge,
    serverUrl,
    loginHint: handle,
  });
  const res = await fetch(`${url}&auto=1`, { redirect: 'manual' });
  const location = new URL(res.headers.get('location') ?? '');
  expect(location.searchParams.get('state')).toBe('st4te');
  return { app, verifier, code: location.searchParams.get('code') ?? '' };
}

async function connect(serverUrl: string, handle = 'ada') {
  const { app, verifier, code } = await authorize(serverUrl, handle);
  const tokens = await client.exchangeCode?.({ app, code, codeVerifier: verifier, serverUrl });
  if (!tokens) throw new Error('no tokens');
  const session: Session = { account: { id: '', serverUrl }, accessToken: tokens.accessToken };
  return { app, tokens, session };
}

describe('Mastodon connections', () => {
  it('registers one app per instance; another instance does not know it', async () => {
    const app = await client.registerApp?.(instance(), REDIRECT);
    expect(app).toMatchObject({
      clientId: expect.any(String),
      clientSecret: expect.any(String),
      redirectUri: REDIRECT,
    });
    expect(emulator.social.client('mastodon', app?.clientId ?? '', hostOf(instance()))?.scopes).toEqual([
      'read:accounts',
      'read:statuses',
      'write:statuses',
      'write:media',
    ]);
    const other = hostOf(await emulator.mastodonInstance());
    expect(emulator.social.client('mastodon', app?.clientId ?? '', other)).toBeUndefined();
  });

  it('connects with OAuth and PKCE: tokens never expire and there is no refresh token', async () => {
    const { tokens, session } = await connect(instance());
    expect(client.connectMethod).toBe('instance_oauth');
    expect(client.refreshes).toBe(false);
    expect(tokens.expiresAt).toBeUndefined();
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.scopes).toContain('write:statuses');
    const profile = await client.profile(session);
    expect(profile).toMatchObject({ handle: `ada@${hostOf(instance())}`, serverUrl: instance() });
    expect(profile.id).toMatch(/^\d+$/);
  });

  it('refuses a wrong verifier and a reused code', async () => {
    const serverUrl = instance();
    const first = await authorize(serverUrl);
    const wrong = randomBytes(32).toString('base64url');
    expect(
      await failure(Promise.resolve(client.exchangeCode?.({ ...first, codeVerifier: wrong, serverUrl }))),
    ).toBe('INVALID_GRANT');
    const second = await authorize(serverUrl);
    const ok = { app: second.app, code: second.code, codeVerifier: second.verifier, serverUrl };
    await client.exchangeCode?.(ok);
    expect(await failure(Promise.resolve(client.exchangeCode?.(ok)))).toBe('INVALID_GRANT');
  });

  it("reads each instance's character limit", async () => {
    const { session } = await connect(instance());
    expect(await client.limits(session)).toMatchObject({
      maxLength: 500,
      counting: 'characters',
      maxMedia: 4,
    });
    const roomy = await emulator.mastodonInstance();
    await fetch(`${emulator.url}/__emulator/mastodon/limit`, {
      method: 'POST',
      body: JSON.stringify({ base: roomy, maxCharacters: 5000 }),
    });
    const long = await connect(roomy);
    expect((await client.limits(long.session)).maxLength).toBe(5000);
  });

  it('revokes at the instance; the revoked token is then REVOKED', async () => {
    const { app, tokens, session } = await connect(instance());
    await client.revoke?.(session, tokens, app);
    expect(await failure(client.accountMetrics(session))).toBe('REVOKED');
    expect(await failure(Promise.resolve(client.revoke?.(session, tokens, app)))).toBe('resolved');
  });

  it('maps injected revoked and token_expired faults to REVOKED (tokens do not expire)', async () => {
    for (const kind of ['revoked', 'token_expired']) {
      const { session } = await connect(instance());
      await fetch(`${emulator.url}/__emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ platform: 'mastodon', kind }),
      });
      expect(await failure(client.accountMetrics(session))).toBe('REVOKED');
    }
  });

  it('refuses plain http instances that are not on this machine', async () => {
    expect(await failure(Promise.resolve(client.registerApp?.('http://mastodon.example', REDIRECT)))).toBe(
      'NOT_FOUND',
    );
  });

  it('takes a throttled token request for throttling, not for a refused code', async () => {
    // The instance answers 429 with an OAuth-looking error body, as Mastodon's rate limiter does.
    const throttled = createMastodonClient({
      clientName: 'Brandwright',
      http: {
        timeoutMs: 5000,
        fetch: async (input, init) =>
          String(input).endsWith('/oauth/token')
            ? Response.json({ error: 'Too many requests' }, { status: 429, headers: { 'retry-after': '30' } })
            : fetch(input, init),
      },
    });
    const serverUrl = instance();
    const { app, verifier, code } = await authorize(serverUrl);
    const error = await throttled
      .exchangeCode?.({ app, code, codeVerifier: verifier, serverUrl })
      .catch((e) => e);
    expect(isPlatformError(error, 'RATE_LIMITED')).toBe(true);
    expect(error.retryAfterSeconds).toBe(30);
  });
});
