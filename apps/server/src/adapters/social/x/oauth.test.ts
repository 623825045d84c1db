// The X adapter's OAuth against the emulated X: consent, PKCE, single-use and short-lived codes,
// denied consent, refresh rotation with chain revocation on reuse, revocation, public clients.
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createXClient } from './index.js';
import { codeOf, startXKit, type XKit } from './test/x-kit.js';

let kit: XKit;
beforeAll(async () => {
  kit = await startXKit();
});
afterAll(() => kit.close());
beforeEach(() => kit.emulator.state.reset());

async function pkce() {
  const verifier = oauth.generateRandomCodeVerifier();
  return { verifier, challenge: await oauth.calculatePKCECodeChallenge(verifier) };
}

describe('X authorization', () => {
  it('builds the authorization URL X expects', () => {
    const url = new URL(
      kit.client.authorizationUrl?.({ app: kit.app, state: 's1', codeChallenge: 'c1' }) ?? '',
    );
    expect(url.pathname).toBe('/i/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: kit.app.clientId,
      redirect_uri: kit.app.redirectUri,
      scope: 'tweet.read tweet.write users.read offline.access media.write',
      state: 's1',
      code_challenge: 'c1',
      code_challenge_method: 'S256',
    });
  });

  it('connects: consent, code, exchange, and the state comes back unchanged', async () => {
    const { verifier, challenge } = await pkce();
    const query = await kit.authorize({ state: 'state-Ω-42', codeChallenge: challenge, handle: 'grace' });
    expect(query.get('state')).toBe('state-Ω-42');
    const tokens = await kit.client.exchangeCode?.({
      app: kit.app,
      code: query.get('code') ?? '',
      codeVerifier: verifier,
    });
    expect(tokens?.refreshToken).toBeTruthy();
    expect(tokens?.scopes).toEqual([
      'tweet.read',
      'tweet.write',
      'users.read',
      'offline.access',
      'media.write',
    ]);
    const seconds = ((tokens?.expiresAt?.getTime() ?? 0) - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(7100);
    expect(seconds).toBeLessThanOrEqual(7200);
    const me = await kit.client.profile({ account: { id: '' }, accessToken: tokens?.accessToken ?? '' });
    expect(me.handle).toBe('grace');
    expect(me.profileUrl).toBe(`${kit.emulator.platformUrl('x')}/grace`);
  });

  it('refuses a wrong PKCE verifier, a reused code and an expired code', async () => {
    const first = await pkce();
    const wrong = await kit.authorize({ state: 's', codeChallenge: first.challenge });
    const exchange = (code: string | null, codeVerifier: string) =>
      kit.client.exchangeCode?.({ app: kit.app, code: code ?? '', codeVerifier }) ?? Promise.reject();
    expect(await codeOf(exchange(wrong.get('code'), oauth.generateRandomCodeVerifier()))).toBe(
      'INVALID_GRANT',
    );

    const ok = await kit.authorize({ state: 's', codeChallenge: first.challenge });
    expect(await codeOf(exchange(ok.get('code'), first.verifier))).toBe('resolved');
    expect(await codeOf(exchange(ok.get('code'), first.verifier))).toBe('INVALID_GRANT');

    const late = await kit.authorize({ state: 's', codeChallenge: first.challenge });
    await kit.advanceClock(31);
    expect(await codeOf(exchange(late.get('code'), first.verifier))).toBe('INVALID_GRANT');
  });

  it('redirects a denied consent with error=access_denied and the state', async () => {
    const { challenge } = await pkce();
    const query = await kit.authorize({ state: 'deny-me', codeChallenge: challenge, approve: false });
    expect(query.get('error')).toBe('access_denied');
    expect(query.get('state')).toBe('deny-me');
    expect(query.get('code')).toBeNull();
  });

  it('refuses a confidential app whose secret is wrong', async () => {
    const { verifier, challenge } = await pkce();
    const query = await kit.authorize({ state: 's', codeChallenge: challenge });
    const app = { ...kit.app, clientSecret: 'not-the-secret' };
    expect(
      await codeOf(
        kit.client.exchangeCode?.({ app, code: query.get('code') ?? '', codeVerifier: verifier }) ??
          Promise.reject(),
      ),
    ).toBe('FORBIDDEN');
  });

  it('serves public clients that send client_id instead of a secret', async () => {
    kit.emulator.social.addClient({
      platform: 'x',
      clientId: 'public-app',
      clientSecret: '',
      redirectUris: [kit.app.redirectUri],
      scopes: [],
      name: 'Public',
    });
    const app = { clientId: 'public-app', redirectUri: kit.app.redirectUri };
    const { verifier, challenge } = await pkce();
    const query = await kit.authorize({ state: 's', codeChallenge: challenge, app });
    const tokens = await kit.client.exchangeCode?.({
      app,
      code: query.get('code') ?? '',
      codeVerifier: verifier,
    });
    const refreshed = await kit.client.refresh?.(tokens ?? { accessToken: '', scopes: [] }, { id: '' }, app);
    expect(refreshed?.refreshToken).not.toBe(tokens?.refreshToken);
  });
});

describe('X refresh and revocation', () => {
  it('rotates the refresh token; reusing the old one revokes the whole chain', async () => {
    const { tokens, session } = await kit.connect();
    const account = session.account;
    const rotated = await kit.client.refresh?.(tokens, account, kit.app);
    expect(rotated?.accessToken).not.toBe(tokens.accessToken);
    expect(rotated?.refreshToken).toBeTruthy();
    expect(rotated?.refreshToken).not.toBe(tokens.refreshToken);
    expect(
      await codeOf(kit.client.accountMetrics({ account, accessToken: rotated?.accessToken ?? '' })),
    ).toBe('resolved');

    // Someone replays the spent token: X refuses it and kills every token of this consent.
    expect(await codeOf(kit.client.refresh?.(tokens, account, kit.app) ?? Promise.reject())).toBe('REVOKED');
    expect(await codeOf(kit.client.refresh?.(rotated ?? tokens, account, kit.app) ?? Promise.reject())).toBe(
      'REVOKED',
    );
    expect(
      await codeOf(kit.client.accountMetrics({ account, accessToken: rotated?.accessToken ?? '' })),
    ).toBe('TOKEN_EXPIRED');
  });

  it('revokes at X: calls fail with TOKEN_EXPIRED, refresh with REVOKED; revoking twice is fine', async () => {
    const { tokens, session } = await kit.connect();
    await kit.client.revoke?.(session, tokens, kit.app);
    expect(await codeOf(kit.client.profile(session))).toBe('TOKEN_EXPIRED');
    expect(await codeOf(kit.client.refresh?.(tokens, session.account, kit.app) ?? Promise.reject())).toBe(
      'REVOKED',
    );
    expect(await codeOf(kit.client.revoke?.(session, tokens, kit.app) ?? Promise.reject())).toBe('resolved');
  });

  it('needs offline.access for a refresh token', async () => {
    const noRefresh = { accessToken: 'a', scopes: ['tweet.read'] };
    expect(await codeOf(kit.client.refresh?.(noRefresh, { id: '1' }, kit.app) ?? Promise.reject())).toBe(
      'REVOKED',
    );
  });

  it('never puts a token in an error message', async () => {
    const { tokens, session } = await kit.connect();
    await kit.client.refresh?.(tokens, session.account, kit.app);
    const error = await kit.client.refresh?.(tokens, session.account, kit.app).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain(tokens.refreshToken ?? '-');
    const call = await kit.client.profile(session).catch((e: unknown) => e);
    expect(String((call as Error).message)).not.toContain(session.accessToken);
  });
});

describe('createXClient', () => {
  it('accepts plain http only on loopback', () => {
    const http = { timeoutMs: 1000 };
    expect(() => createXClient({ authUrl: 'http://x.example', apiUrl: 'https://api.x.com', http })).toThrow(
      /https/,
    );
    expect(() =>
      createXClient({ authUrl: 'https://x.com', apiUrl: 'http://[::1]:8080/x', http }),
    ).not.toThrow();
    const client = createXClient({ authUrl: 'https://x.com/', apiUrl: 'https://api.x.com', http });
    expect(client.authorizationUrl?.({ app: kit.app, state: 's', codeChallenge: 'c' })).toMatch(
      /^https:\/\/x\.com\/i\/oauth2\/authorize\?/,
    );
  });
});
