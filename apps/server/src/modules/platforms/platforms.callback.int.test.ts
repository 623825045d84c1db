// The OAuth callback through the real app: no bearer token (the state says who), and every way it
// can go wrong — unknown, expired, reused or other-platform state, denied consent, a code the
// platform refuses — stores nothing and says why: an HTML page when the web app is not served, a
// redirect to /platforms?platform=…&error=… when it is.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { authorizationUrl, callback, connectionOf, consent, listPlatforms } from '../../test/platforms.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let now = new Date();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => now });
});
afterAll(() => t.close());

async function connectionCount(userId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from platform_connections where user_id = ${userId}`,
  );
  return rows[0]?.n ?? 0;
}

function expectErrorPage(
  res: { statusCode: number; body: string; headers: Record<string, unknown> },
  code: string,
) {
  expect(res.statusCode).toBe(code === 'platform_unavailable' ? 503 : 400);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.body).toContain('was not connected');
  expect(res.body).toContain(`(${code})`);
}

describe('a successful callback', () => {
  it('connects the user the state belongs to, with no bearer token, and says so', async () => {
    const owner = await registerUser(t);
    const other = await registerUser(t);
    const redirect = await consent(await authorizationUrl(t, owner.accessToken, 'linkedin'));
    const res = await callback(t, redirect);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('LinkedIn is connected');
    expect((await connectionOf(t, owner.accessToken, 'linkedin')).connected).toBe(true);
    // Tenant isolation: nobody else sees it or can end it.
    expect((await listPlatforms(t, other.accessToken)).every((c) => !c.connected)).toBe(true);
    await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/platforms/linkedin/disconnect',
      headers: { authorization: `Bearer ${other.accessToken}` },
    });
    expect((await connectionOf(t, owner.accessToken, 'linkedin')).connected).toBe(true);
  });
});

describe('refused callbacks store nothing', () => {
  it('a state that was never issued', async () => {
    const user = await registerUser(t);
    const redirect = await consent(await authorizationUrl(t, user.accessToken, 'x'));
    redirect.searchParams.set('state', 'made-up-state-value-000000000000');
    expectErrorPage(await callback(t, redirect), 'invalid_state');
    expect(await connectionCount(user.user.id)).toBe(0);
  });

  it('a missing state or code', async () => {
    const user = await registerUser(t);
    const redirect = await consent(await authorizationUrl(t, user.accessToken, 'x'));
    const noState = new URL(redirect);
    noState.searchParams.delete('state');
    expectErrorPage(await callback(t, noState), 'invalid_request');
    const noCode = new URL(redirect);
    noCode.searchParams.delete('code');
    expectErrorPage(await callback(t, noCode), 'invalid_request');
    // The code-less attempt used the state up.
    expectErrorPage(await callback(t, redirect), 'state_used');
    expect(await connectionCount(user.user.id)).toBe(0);
  });

  it('a state used twice: the second callback is refused and the first connection stays', async () => {
    const user = await registerUser(t);
    const redirect = await consent(await authorizationUrl(t, user.accessToken, 'x'));
    expect((await callback(t, redirect)).statusCode).toBe(200);
    expectErrorPage(await callback(t, redirect), 'state_used');
    expect(await connectionCount(user.user.id)).toBe(1);
  });

  it('a state older than 10 minutes', async () => {
    const user = await registerUser(t);
    const redirect = await consent(await authorizationUrl(t, user.accessToken, 'linkedin'));
    now = new Date(Date.now() + 10 * 60_000 + 1000);
    try {
      expectErrorPage(await callback(t, redirect), 'state_expired');
    } finally {
      now = new Date();
    }
    expect(await connectionCount(user.user.id)).toBe(0);
  });

  it('a state started for another platform, which stays usable for its own', async () => {
    const user = await registerUser(t);
    const redirect = await consent(await authorizationUrl(t, user.accessToken, 'x'));
    const elsewhere = new URL(redirect);
    elsewhere.pathname = '/api/v1/platforms/linkedin/callback';
    expectErrorPage(await callback(t, elsewhere), 'platform_mismatch');
    expect(await connectionCount(user.user.id)).toBe(0);
    expect((await callback(t, redirect)).statusCode).toBe(200);
  });

  it('a denied consent', async () => {
    const user = await registerUser(t);
    const redirect = await consent(await authorizationUrl(t, user.accessToken, 'linkedin'), 'deny');
    expect(redirect.searchParams.get('error')).toBe('access_denied');
    const res = await callback(t, redirect);
    expectErrorPage(res, 'access_denied');
    expect(res.body).toContain('You cancelled the authorization');
    expect(await connectionCount(user.user.id)).toBe(0);
    // The denied state cannot be replayed with a code either.
    redirect.searchParams.delete('error');
    redirect.searchParams.set('code', 'anything');
    expectErrorPage(await callback(t, redirect), 'state_used');
  });

  it('a code the platform refuses (already redeemed at the platform)', async () => {
    const user = await registerUser(t);
    const first = await consent(await authorizationUrl(t, user.accessToken, 'x'));
    const second = await consent(await authorizationUrl(t, user.accessToken, 'x'));
    // The second flow's state with the first flow's code: PKCE and code do not match.
    second.searchParams.set('code', first.searchParams.get('code') ?? '');
    expectErrorPage(await callback(t, second), 'exchange_failed');
    expect(await connectionCount(user.user.id)).toBe(0);
  });

  it('the state decides who is connected, never a bearer token sent along', async () => {
    const victim = await registerUser(t);
    const clicker = await registerUser(t);
    const redirect = await consent(await authorizationUrl(t, victim.accessToken, 'x'));
    // The callback needs no bearer token; even with the clicker's, the state (and its cookie) decides.
    const res = await callback(t, redirect, { authorization: `Bearer ${clicker.accessToken}` });
    expect(res.statusCode).toBe(200);
    expect(await connectionCount(clicker.user.id)).toBe(0);
    expect(await connectionCount(victim.user.id)).toBe(1);
  });
});

describe('with the web app served', () => {
  let web: TestApp;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'bw-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Brandwright</title>');
    web = await createTestApp({ WEB_DIST_DIR: dist }, undefined, { serveWeb: true });
  });
  afterAll(() => web.close());

  it('redirects to the Platforms page, which explains the outcome', async () => {
    const user = await registerUser(web);
    const ok = await callback(web, await consent(await authorizationUrl(web, user.accessToken, 'x')));
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/platforms?connected=x');
    const denied = await consent(await authorizationUrl(web, user.accessToken, 'linkedin'), 'deny');
    const res = await callback(web, denied);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/platforms?platform=linkedin&error=access_denied');
    expect((await callback(web, denied)).headers.location).toBe(
      '/platforms?platform=linkedin&error=state_used',
    );
  });
});
