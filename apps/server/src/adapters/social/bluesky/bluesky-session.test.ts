// The Bluesky adapter's sessions against the emulated PDS: app-password login, refusal of a wrong or
// non-app password, createSession's tight limit (sessions must be reused), refresh rotation, expiry
// on the emulator clock, revocation.
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPlatformError, type PlatformErrorCode } from '../errors.js';
import type { Session, SocialClient } from '../port.js';
import { createBlueskyClient } from './index.js';

let emulator: Emulator;
let client: SocialClient;
const PASSWORD = 'abcd-efgh-ijkl-mnop';

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  client = createBlueskyClient({ serviceUrl: emulator.platformUrl('bluesky'), http: { timeoutMs: 5000 } });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

async function login(handle = 'ada.bsky.social', secret = PASSWORD) {
  const login = client.loginWithSecret;
  if (!login) throw new Error('Bluesky logs in with a secret');
  return login({ identifier: handle, secret });
}

const sessionOf = (result: Awaited<ReturnType<typeof login>>): Session => ({
  account: result.account,
  accessToken: result.tokens.accessToken,
});

async function failure(promise: Promise<unknown>): Promise<PlatformErrorCode | 'resolved'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    if (isPlatformError(error)) return error.code;
    throw error;
  }
}

const fault = (body: Record<string, unknown>) =>
  fetch(`${emulator.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ platform: 'bluesky', ...body }),
  });

describe('Bluesky sessions', () => {
  it('logs in with an app password and reads expiry from the JWTs', async () => {
    const result = await login();
    expect(client.connectMethod).toBe('app_password');
    expect(client.refreshes).toBe(true);
    expect(result.account.id).toMatch(/^did:plc:[a-z2-7]{24}$/);
    expect(result.account.serverUrl).toBe(emulator.platformUrl('bluesky'));
    const now = emulator.social.now();
    const hours = ((result.tokens.expiresAt?.getTime() ?? 0) - now) / 3_600_000;
    const days = ((result.tokens.refreshTokenExpiresAt?.getTime() ?? 0) - now) / 86_400_000;
    expect(hours).toBeGreaterThan(1.9);
    expect(hours).toBeLessThanOrEqual(2);
    expect(Math.round(days)).toBe(90);
    expect(await client.profile(sessionOf(result))).toMatchObject({
      id: result.account.id,
      handle: 'ada.bsky.social',
      profileUrl: 'https://bsky.app/profile/ada.bsky.social',
    });
  });

  it('refuses a different app password for a registered handle, and account passwords outright', async () => {
    await login();
    expect(await failure(login('ada.bsky.social', 'wxyz-wxyz-wxyz-wxyz'))).toBe('INVALID_GRANT');
    expect(await failure(login('bob.bsky.social', 'my main password'))).toBe('INVALID_GRANT');
    expect(emulator.social.accounts.map((a) => a.handle)).toEqual(['ada.bsky.social']);
    expect(await failure(login('@ADA.bsky.social'))).toBe('resolved');
  });

  it('keeps working on one session while createSession runs out', async () => {
    const session = sessionOf(await login());
    for (let i = 0; i < 29; i += 1) await login();
    let limited: unknown;
    try {
      await login();
    } catch (error) {
      limited = error;
    }
    expect(isPlatformError(limited, 'RATE_LIMITED')).toBe(true);
    const wait = isPlatformError(limited) ? (limited.retryAfterSeconds ?? 0) : 0;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(301); // the reset is whole epoch seconds
    expect((await client.accountMetrics(session)).followers).toBeGreaterThan(0);
  });

  it('rotates tokens on refresh; the old refresh token is dead', async () => {
    const first = await login();
    const refreshed = await client.refresh?.(first.tokens, first.account);
    expect(refreshed?.accessToken).not.toBe(first.tokens.accessToken);
    expect(refreshed?.refreshToken).not.toBe(first.tokens.refreshToken);
    expect(await failure(Promise.resolve(client.refresh?.(first.tokens, first.account)))).toBe(
      'INVALID_GRANT',
    );
    const session = { account: first.account, accessToken: refreshed?.accessToken ?? '' };
    expect((await client.profile(session)).handle).toBe('ada.bsky.social');
  });

  it('reports an expired access token, which a refresh cures', async () => {
    const first = await login();
    emulator.social.advanceClock(2 * 3600 + 1);
    expect(await failure(client.profile(sessionOf(first)))).toBe('TOKEN_EXPIRED');
    const tokens = await client.refresh?.(first.tokens, first.account);
    const session = { account: first.account, accessToken: tokens?.accessToken ?? '' };
    expect((await client.profile(session)).id).toBe(first.account.id);
  });

  it('revokes with deleteSession, and revoking twice is fine', async () => {
    const first = await login();
    await client.revoke?.(sessionOf(first), first.tokens);
    expect(await failure(Promise.resolve(client.refresh?.(first.tokens, first.account)))).toBe(
      'INVALID_GRANT',
    );
    expect(await failure(Promise.resolve(client.revoke?.(sessionOf(first), first.tokens)))).toBe('resolved');
  });

  it('maps revoked and expired sessions reported by the platform', async () => {
    const session = sessionOf(await login());
    await fault({ kind: 'token_expired' });
    expect(await failure(client.profile(session))).toBe('TOKEN_EXPIRED');
    const other = sessionOf(await login());
    await fault({ kind: 'revoked' });
    expect(await failure(client.profile(other))).toBe('REVOKED');
  });

  it('says UNAVAILABLE when the service cannot be reached', async () => {
    const offline = createBlueskyClient({ serviceUrl: 'http://127.0.0.1:9', http: { timeoutMs: 2000 } });
    expect(
      await failure(Promise.resolve(offline.loginWithSecret?.({ identifier: 'a.b.c', secret: PASSWORD }))),
    ).toBe('UNAVAILABLE');
  });
});
