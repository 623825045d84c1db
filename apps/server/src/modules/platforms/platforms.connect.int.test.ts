// /platforms list, connect and disconnect through the real app and the in-process sandbox emulator:
// every platform's connect method, bad input naming the field (and nothing stored), unknown
// platforms, disconnect twice, account deletion.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import {
  authorizationUrl,
  connect,
  connectionOf,
  connectViaOAuth,
  disconnect,
  listPlatforms,
  sandboxOrigin,
  storedTokens,
} from '../../test/platforms.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const APP_PASSWORD = 'abcd-efgh-ijkl-mnop';

async function rowCount(table: string, userId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${userId}`,
  );
  return rows[0]?.n ?? 0;
}

describe('the list', () => {
  it('shows every platform, in the sandbox and unconnected, for a new user', async () => {
    const user = await registerUser(t);
    const items = await listPlatforms(t, user.accessToken);
    expect(items.map((i) => [i.platform, i.displayName, i.connectMethod])).toEqual([
      ['linkedin', 'LinkedIn', 'oauth'],
      ['x', 'X', 'oauth'],
      ['medium', 'Medium', 'integration_token'],
      ['bluesky', 'Bluesky', 'app_password'],
      ['mastodon', 'Mastodon', 'instance_oauth'],
    ]);
    for (const item of items) expect(item).toMatchObject({ sandbox: true, connected: false, scopes: [] });
  });

  it('needs a bearer token', async () => {
    expect((await call(t, undefined, { method: 'GET', url: '/api/v1/platforms' })).statusCode).toBe(401);
    const res = await call(t, undefined, { method: 'POST', url: '/api/v1/platforms/x/connect', payload: {} });
    expect(res.statusCode).toBe(401);
  });
});

describe('OAuth platforms', () => {
  it('answers an authorization URL with a state, a PKCE challenge and the user’s sandbox account', async () => {
    const user = await registerUser(t, 'Ada', 'Ada.Lovelace@example.com');
    const url = await authorizationUrl(t, user.accessToken, 'x');
    expect(url.origin + url.pathname).toBe(`${await sandboxOrigin(t, 'x')}/i/oauth2/authorize`);
    expect(url.searchParams.get('client_id')).toBe('brandwright-sandbox');
    expect(url.searchParams.get('redirect_uri')).toBe('http://127.0.0.1:3000/api/v1/platforms/x/callback');
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('login_hint')).toMatch(/^ada\.lovelace-[0-9a-f]{6}$/);
    // Only a hash of the state is kept.
    const states = await queryRows<{ state_hash: string; code_verifier: string }>(
      t.database.db,
      sql`select state_hash, code_verifier from oauth_states where user_id = ${user.user.id}`,
    );
    expect(states).toHaveLength(1);
    expect(states[0]?.state_hash).not.toBe(url.searchParams.get('state'));
    expect(states[0]?.code_verifier).toMatch(/^v2\./);
  });

  it.each(['linkedin', 'x'])(
    'connects %s through the consent page and shows it healthy',
    async (platform) => {
      const user = await registerUser(t);
      const connection = await connectViaOAuth(t, user.accessToken, platform);
      expect(connection).toMatchObject({
        platform,
        sandbox: true,
        connected: true,
        tokenHealth: { status: 'healthy' },
        account: { handle: expect.any(String), displayName: expect.any(String) },
      });
      // Each Brandwright user has their own sandbox account, named after them (LinkedIn has no handles).
      expect(connection.account?.[platform === 'x' ? 'handle' : 'displayName']).toMatch(/[0-9a-f]{6}$/i);
      expect(connection.scopes.length).toBeGreaterThan(0);
      expect(connection.account?.avatarUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      expect(new Date(connection.connectedAt ?? 0).getTime()).toBeGreaterThan(Date.now() - 60_000);
    },
  );

  it('counts LinkedIn’s 60 days down (no refresh for self-serve apps) and X as renewing', async () => {
    const user = await registerUser(t);
    const linkedin = await connectViaOAuth(t, user.accessToken, 'linkedin');
    expect(linkedin.tokenHealth).toMatchObject({ status: 'healthy', daysLeft: 60, refreshable: false });
    const x = await connectViaOAuth(t, user.accessToken, 'x');
    expect(x.tokenHealth).toMatchObject({ status: 'healthy', refreshable: true });
    expect(x.tokenHealth?.daysLeft).toBeUndefined();
  });

  it('refuses a body for LinkedIn and X, naming the field', async () => {
    const user = await registerUser(t);
    const res = await connect(t, user.accessToken, 'linkedin', { instanceUrl: 'mastodon.social' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '(root)' }] });
    expect(res.json().errors[0].message).toMatch(/instanceUrl/);
    expect(await rowCount('oauth_states', user.user.id)).toBe(0);
  });
});

describe('Mastodon', () => {
  it('registers one app per instance and connects through that instance', async () => {
    const user = await registerUser(t);
    const first = await authorizationUrl(t, user.accessToken, 'mastodon', {
      instanceUrl: 'Social.Example.org',
    });
    // The sandbox's one emulated instance stands in for the instance the user named.
    const instance = await sandboxOrigin(t, 'mastodon');
    expect(first.href.startsWith(`${instance}/oauth/authorize`)).toBe(true);
    const again = await authorizationUrl(t, user.accessToken, 'mastodon', {
      instanceUrl: 'https://social.example.org/',
    });
    expect(again.searchParams.get('client_id')).toBe(first.searchParams.get('client_id'));
    const apps = await queryRows<{ client_secret: string }>(
      t.database.db,
      sql`select client_secret from mastodon_apps where server_url = ${instance}`,
    );
    expect(apps).toHaveLength(1);
    expect(apps[0]?.client_secret).toMatch(/^v2\./);

    const connection = await connectViaOAuth(t, user.accessToken, 'mastodon', {
      instanceUrl: 'social.example.org',
    });
    expect(connection).toMatchObject({
      connected: true,
      tokenHealth: { status: 'healthy', refreshable: false },
      account: { serverUrl: 'https://social.example.org' },
    });
  });

  it.each([
    [{}, 'instanceUrl'],
    [{ instanceUrl: '' }, 'instanceUrl'],
    [{ instanceUrl: 'https://mastodon.social/@ada' }, 'instanceUrl'],
    [{ instanceUrl: 'mastodon.social', handle: 'x' }, '(root)'],
  ])('refuses %j naming %s, storing nothing', async (body, field) => {
    const user = await registerUser(t);
    const res = await connect(t, user.accessToken, 'mastodon', body as Record<string, string>);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe(field);
    expect(await rowCount('oauth_states', user.user.id)).toBe(0);
  });
});

describe('direct connects', () => {
  it('connects Bluesky with a handle and app password (201)', async () => {
    const user = await registerUser(t);
    const res = await connect(t, user.accessToken, 'bluesky', {
      handle: '@ada.bsky.social',
      appPassword: APP_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      platform: 'bluesky',
      connected: true,
      sandbox: true,
      account: { handle: 'ada.bsky.social' },
      tokenHealth: { status: 'healthy', refreshable: true },
    });
    expect(res.body).not.toContain(APP_PASSWORD);
  });

  it('connects Medium with a sandbox integration token (201)', async () => {
    const user = await registerUser(t);
    const res = await connect(t, user.accessToken, 'medium', { integrationToken: 'sandbox-ada-token' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      platform: 'medium',
      connected: true,
      tokenHealth: { status: 'healthy' },
    });
    expect(res.body).not.toContain('sandbox-ada-token');
  });

  it.each([
    ['bluesky', { handle: 'ada.bsky.social', appPassword: 'my-main-password' }, 'appPassword'],
    ['bluesky', { handle: 'a', appPassword: APP_PASSWORD }, 'handle'],
    ['bluesky', { appPassword: APP_PASSWORD }, 'handle'],
    ['medium', { integrationToken: 'short' }, 'integrationToken'],
    ['medium', { integrationToken: 'has spaces in it' }, 'integrationToken'],
    ['medium', {}, 'integrationToken'],
  ])('refuses bad %s input naming %s', async (platform, body, field) => {
    const user = await registerUser(t);
    const res = await connect(t, user.accessToken, platform, body as Record<string, string>);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(await rowCount('platform_connections', user.user.id)).toBe(0);
  });

  it('answers credentials the platform refuses with 400 naming the field, storing nothing', async () => {
    const user = await registerUser(t);
    const medium = await connect(t, user.accessToken, 'medium', {
      integrationToken: 'real-looking-token-123',
    });
    expect(medium.statusCode).toBe(400);
    expect(medium.json()).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      errors: [{ path: 'integrationToken' }],
    });
    expect(medium.body).not.toContain('real-looking-token-123');
    // The emulated PDS takes any well-formed app password the first time, then only that one.
    const handle = { handle: 'grace.bsky.social' };
    expect(
      (await connect(t, user.accessToken, 'bluesky', { ...handle, appPassword: APP_PASSWORD })).statusCode,
    ).toBe(201);
    await disconnect(t, user.accessToken, 'bluesky');
    const wrong = await connect(t, user.accessToken, 'bluesky', {
      ...handle,
      appPassword: 'zzzz-zzzz-zzzz-zzzz',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', errors: [{ path: 'appPassword' }] });
    expect(await rowCount('platform_connections', user.user.id)).toBe(0);
  });
});

describe('disconnect', () => {
  it('deletes the tokens, revokes them at the platform, and answers 204 again on retry', async () => {
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'x');
    const { accessToken } = await storedTokens(t, user.user.id, 'x');
    const x = await sandboxOrigin(t, 'x');
    const me = () => fetch(`${x}/2/users/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect((await me()).status).toBe(200);
    const first = await disconnect(t, user.accessToken, 'x');
    expect(first.statusCode).toBe(204);
    expect(await rowCount('platform_connections', user.user.id)).toBe(0);
    expect((await connectionOf(t, user.accessToken, 'x')).connected).toBe(false);
    // X revoked the consent: the token we held no longer works there either.
    expect((await me()).status).toBe(401);
    expect((await disconnect(t, user.accessToken, 'x')).statusCode).toBe(204);
  });

  it('keeps nothing even when the platform cannot be reached to revoke', async () => {
    const user = await registerUser(t);
    await connect(t, user.accessToken, 'medium', { integrationToken: 'sandbox-unreachable' });
    await fetch(`${t.sandboxUrl}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ platform: 'medium', kind: 'server_error', count: 5 }),
    });
    expect((await disconnect(t, user.accessToken, 'medium')).statusCode).toBe(204);
    expect(await rowCount('platform_connections', user.user.id)).toBe(0);
    await fetch(`${t.sandboxUrl}/__emulator/reset`, { method: 'POST' });
  });
});

describe('unknown platforms', () => {
  it.each([
    ['POST', '/api/v1/platforms/myspace/connect'],
    ['DELETE', '/api/v1/platforms/myspace/disconnect'],
    ['GET', '/api/v1/platforms/myspace/callback?state=abc&code=def'],
  ] as const)('%s %s is 404', async (method, url) => {
    const user = await registerUser(t);
    const res = await call(t, user.accessToken, {
      method,
      url,
      ...(method === 'POST' ? { payload: {} } : {}),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'UNKNOWN_PLATFORM' });
  });
});

describe('account deletion', () => {
  it('removes the connections and pending authorizations with the user', async () => {
    const user = await registerUser(t);
    await connect(t, user.accessToken, 'medium', { integrationToken: 'sandbox-gone-soon' });
    await authorizationUrl(t, user.accessToken, 'linkedin');
    const res = await call(t, user.accessToken, { method: 'DELETE', url: '/api/v1/users/me' });
    expect(res.statusCode).toBe(204);
    expect(await rowCount('platform_connections', user.user.id)).toBe(0);
    expect(await rowCount('oauth_states', user.user.id)).toBe(0);
  });
});
