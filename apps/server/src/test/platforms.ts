// Helpers for the platforms integration tests: drive an OAuth connection through the app and the
// sandbox emulator's consent page the way a browser would (redirects not followed, so each hop can
// be checked; the state cookie connect sets is sent back to the callback, as a browser's jar does),
// and read what the emulator issued.
import type { PlatformConnection } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { FieldEncryption } from '../platform/crypto/index.js';
import { queryRows } from '../platform/db/index.js';
import { call, type TestApp } from './test-app.js';

type Body = Record<string, string>;

/** The cookie that binds an OAuth flow to the browser that started it. */
export const OAUTH_COOKIE = 'bw_oauth_state';

/** The browser's cookie jar for state cookies: value and path, by state. */
const jar = new Map<string, { path: string }>();

function keepStateCookie(res: LightMyRequestResponse): void {
  for (const cookie of res.cookies as { name: string; value: string; path?: string }[])
    if (cookie.name === OAUTH_COOKIE && cookie.value) jar.set(cookie.value, { path: cookie.path ?? '/' });
}

export async function connect(
  t: TestApp,
  token: string,
  platform: string,
  body: Body = {},
  headers: Record<string, string> = {},
) {
  const res = await call(t, token, {
    method: 'POST',
    url: `/api/v1/platforms/${platform}/connect`,
    payload: body,
    headers,
  });
  keepStateCookie(res);
  return res;
}

/** POST connect and return the authorization URL the browser is sent to. */
export async function authorizationUrl(t: TestApp, token: string, platform: string, body: Body = {}) {
  const res = await connect(t, token, platform, body);
  expect(res.statusCode, res.body).toBe(200);
  return new URL(res.json().authorizationUrl);
}

/** The consent page's answer: approve (as with ?auto=1) or cancel; returns the redirect to our callback. */
export async function consent(authorization: URL, decision: 'approve' | 'deny' = 'approve'): Promise<URL> {
  let response: Response;
  if (decision === 'approve') {
    const auto = new URL(authorization);
    auto.searchParams.set('auto', '1');
    response = await fetch(auto, { redirect: 'manual' });
  } else {
    const form = new URLSearchParams(authorization.searchParams);
    form.set('decision', 'deny');
    response = await fetch(new URL(authorization.pathname, authorization), {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
  }
  expect(response.status, await response.clone().text()).toBe(302);
  return new URL(response.headers.get('location') ?? '');
}

/**
 * Hands the platform's redirect to the app, as the browser that started the flow does: no bearer
 * token, and the state cookie when its path matches.
 */
export function callback(
  t: TestApp,
  redirect: URL,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const state = redirect.searchParams.get('state') ?? '';
  const cookie = jar.get(state);
  const sent =
    cookie && redirect.pathname.startsWith(cookie.path) ? { cookie: `${OAUTH_COOKIE}=${state}` } : {};
  return t.app.inject({
    method: 'GET',
    url: `${redirect.pathname}${redirect.search}`,
    headers: { ...sent, ...headers },
  });
}

/** Connect → consent → callback; returns the connection as the list shows it. */
export async function connectViaOAuth(
  t: TestApp,
  token: string,
  platform: string,
  body: Body = {},
): Promise<PlatformConnection> {
  const redirect = await consent(await authorizationUrl(t, token, platform, body));
  const res = await callback(t, redirect);
  expect(res.statusCode, res.body).toBe(200);
  return connectionOf(t, token, platform);
}

export async function listPlatforms(t: TestApp, token: string): Promise<PlatformConnection[]> {
  const res = await call(t, token, { method: 'GET', url: '/api/v1/platforms' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

export async function connectionOf(t: TestApp, token: string, platform: string): Promise<PlatformConnection> {
  const found = (await listPlatforms(t, token)).find((c) => c.platform === platform);
  if (!found) throw new Error(`no ${platform} in the list`);
  return found;
}

export function disconnect(t: TestApp, token: string, platform: string) {
  return call(t, token, { method: 'DELETE', url: `/api/v1/platforms/${platform}/disconnect` });
}

/** Calls the emulator's control API (faults, clock, posts). */
export async function emulatorControl(t: TestApp, path: string, body?: object): Promise<unknown> {
  const response = await fetch(`${t.sandboxUrl}/__emulator/${path}`, {
    method: body ? 'POST' : 'GET',
    ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  expect(response.ok, await response.clone().text()).toBe(true);
  return response.json();
}

/** The origin the sandbox emulator serves `platform` on (GET /__emulator/vendors). */
export async function sandboxOrigin(t: TestApp, platform: string): Promise<string> {
  const vendors = (await emulatorControl(t, 'vendors')) as Record<string, { base: string }>;
  const origin = vendors[platform]?.base;
  if (!origin) throw new Error(`the emulator serves no ${platform}`);
  return origin;
}

/** A fetch that counts requests whose URL contains `fragment` (e.g. the token endpoint). */
export function countingFetch(fragment: string): { fetch: typeof fetch; count: () => number } {
  let count = 0;
  return {
    fetch: (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes(fragment)) count += 1;
      return fetch(input, init);
    },
    count: () => count,
  };
}

export interface RawConnection {
  id: string;
  access_token: string;
  refresh_token: string | null;
  version: number;
  status: string;
  expires_at: Date | null;
}

export async function rawConnection(t: TestApp, userId: string, platform: string): Promise<RawConnection> {
  const [row] = await queryRows<RawConnection>(
    t.database.db,
    sql`select id, access_token, refresh_token, version, status, expires_at from platform_connections
        where user_id = ${userId} and platform = ${platform}`,
  );
  if (!row) throw new Error(`no ${platform} connection stored`);
  return row;
}

/** The plaintext tokens of a stored connection, decrypted as the app does (for checks only). */
export async function storedTokens(t: TestApp, userId: string, platform: string) {
  const row = await rawConnection(t, userId, platform);
  const encryption = new FieldEncryption(t.config.ENCRYPTION_KEY, t.config.ENCRYPTION_KEYS_PREVIOUS);
  const context = (field: string) => `platform_connections:${userId}:${platform}:${field}`;
  return {
    accessToken: encryption.decrypt(row.access_token, context('access_token')),
    refreshToken:
      row.refresh_token === null ? null : encryption.decrypt(row.refresh_token, context('refresh_token')),
  };
}
