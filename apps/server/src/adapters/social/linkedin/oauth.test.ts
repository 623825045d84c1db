// LinkedIn's OAuth through the real adapter against the emulator: consent, code exchange, the
// failures a confidential-client code flow must refuse, partner refresh, revocation.
import { createEmulator, type Emulator } from '@brandwright/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Session, SocialClient } from '../port.js';
import {
  advanceClock,
  approveConsent,
  connectOAuth,
  currentLinkedInVersion,
  REDIRECT_URI,
  rejection,
  sandboxApp,
} from '../test/emulated.js';
import { createLinkedInClient, LINKEDIN_SCOPES } from './index.js';

let emulator: Emulator;
let client: SocialClient;
const DAY = 86_400;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  client = createLinkedInClient({
    authUrl: emulator.platformUrl('linkedin'),
    apiUrl: emulator.platformUrl('linkedin'),
    apiVersion: currentLinkedInVersion(),
    http: { timeoutMs: 5000 },
  });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.state.reset());

const sessionFor = (accessToken: string, id = ''): Session => ({ account: { id }, accessToken });

describe('LinkedIn OAuth', () => {
  it('builds the documented authorization URL (no PKCE) with the caller’s state', () => {
    const url = new URL(
      client.authorizationUrl?.({ app: sandboxApp(), state: 's-1', codeChallenge: 'c', loginHint: 'ada' }) ??
        '',
    );
    expect(url.pathname).toBe('/oauth/v2/authorization');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'brandwright-sandbox',
      redirect_uri: REDIRECT_URI,
      state: 's-1',
      scope: LINKEDIN_SCOPES.basic.join(' '),
      login_hint: 'ada',
    });
  });

  it('exchanges a consented code for a 60-day token without refresh token, then reads the member', async () => {
    const { tokens, callback } = await connectOAuth(client, {
      loginHint: 'ada-lovelace',
      state: 'round-trip',
    });
    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);
    expect(callback.searchParams.get('state')).toBe('round-trip');
    expect(tokens.refreshToken).toBeUndefined();
    const days = ((tokens.expiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(59.9);
    expect(days).toBeLessThanOrEqual(60);
    expect(tokens.scopes.sort()).toEqual([...LINKEDIN_SCOPES.basic].sort());
    const profile = await client.profile(sessionFor(tokens.accessToken));
    expect(profile.displayName).toBe('Ada Lovelace');
    expect(profile.id).toBe(emulator.social.account('linkedin', 'ada-lovelace').id);
    expect(profile.avatarUrl).toContain('/__emulator/avatar/linkedin/');
  });

  it('refuses a wrong client secret', async () => {
    const app = sandboxApp();
    const callback = await approveConsent(
      client.authorizationUrl?.({ app, state: 's', codeChallenge: 'c' }) ?? '',
    );
    const error = await rejection(
      client.exchangeCode?.({
        app: { ...app, clientSecret: 'wrong' },
        code: callback.searchParams.get('code') ?? '',
        codeVerifier: 'v',
      }) ?? Promise.resolve(),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).not.toContain('wrong');
  });

  it('refuses a reused code and a redirect URI that differs from the authorize step', async () => {
    const { code, tokens } = await connectOAuth(client);
    const reuse = await rejection(
      client.exchangeCode?.({ app: sandboxApp(), code, codeVerifier: 'v' }) ?? Promise.resolve(),
    );
    expect(reuse.code).toBe('INVALID_GRANT');
    // A replayed code withdraws what the first redemption issued (RFC 6749 §4.1.2).
    expect((await rejection(client.profile(sessionFor(tokens.accessToken)))).code).toBe('REVOKED');

    const callback = await approveConsent(
      client.authorizationUrl?.({ app: sandboxApp(), state: 's', codeChallenge: 'c' }) ?? '',
    );
    const mismatch = await rejection(
      client.exchangeCode?.({
        app: sandboxApp(false, 'http://127.0.0.1:5173/elsewhere'),
        code: callback.searchParams.get('code') ?? '',
        codeVerifier: 'v',
      }) ?? Promise.resolve(),
    );
    expect(mismatch.code).toBe('INVALID_GRANT');
  });

  it('refuses a code older than LinkedIn’s 30 minutes', async () => {
    const callback = await approveConsent(
      client.authorizationUrl?.({ app: sandboxApp(), state: 's', codeChallenge: 'c' }) ?? '',
    );
    await advanceClock(emulator, 31 * 60);
    const error = await rejection(
      client.exchangeCode?.({
        app: sandboxApp(),
        code: callback.searchParams.get('code') ?? '',
        codeVerifier: 'v',
      }) ?? Promise.resolve(),
    );
    expect(error.code).toBe('INVALID_GRANT');
  });

  it('redirects a denied consent back with error=access_denied and the state', async () => {
    const authorize = new URL(
      client.authorizationUrl?.({ app: sandboxApp(), state: 'deny-me', codeChallenge: 'c' }) ?? '',
    );
    const response = await fetch(authorize, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams([...authorize.searchParams, ['decision', 'deny']]),
    });
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('deny-me');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('refreshes partner tokens, keeping the refresh token’s 365-day clock from the first consent', async () => {
    const app = sandboxApp(true);
    const { tokens } = await connectOAuth(client, { app });
    expect(tokens.refreshToken).toBeDefined();
    const refreshDays = ((tokens.refreshTokenExpiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(Math.round(refreshDays)).toBe(365);

    await advanceClock(emulator, 61 * DAY);
    const expired = await rejection(client.profile(sessionFor(tokens.accessToken)));
    expect(expired.code).toBe('TOKEN_EXPIRED');
    const renewed = await client.refresh?.(tokens, { id: '' }, app);
    expect(renewed?.accessToken).not.toBe(tokens.accessToken);
    expect(renewed?.refreshToken).toBe(tokens.refreshToken);
    const left = ((renewed?.refreshTokenExpiresAt?.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(Math.round(left)).toBe(365 - 61);
    await expect(client.profile(sessionFor(renewed?.accessToken ?? ''))).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it('says a self-serve token cannot be refreshed', async () => {
    const { tokens } = await connectOAuth(client);
    const error = await rejection(client.refresh?.(tokens, { id: '' }, sandboxApp()) ?? Promise.resolve());
    expect(error.code).toBe('INVALID_GRANT');
    expect(error.message).toContain('reconnect');
  });

  it('revokes the grant at LinkedIn: the token then reads as revoked', async () => {
    const { tokens } = await connectOAuth(client);
    const session = sessionFor(tokens.accessToken);
    await client.revoke?.(session, tokens, sandboxApp());
    const error = await rejection(client.profile(session));
    expect(error.code).toBe('REVOKED');
  });

  it('allows plain http only for loopback hosts', async () => {
    const remote = createLinkedInClient({
      authUrl: 'http://linkedin.example.test',
      apiUrl: 'http://linkedin.example.test',
      apiVersion: currentLinkedInVersion(),
      http: { timeoutMs: 1000 },
    });
    const error = await rejection(
      remote.exchangeCode?.({ app: sandboxApp(), code: 'c', codeVerifier: 'v' }) ?? Promise.resolve(),
    );
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).toMatch(/HTTPS/i);
  });
});
