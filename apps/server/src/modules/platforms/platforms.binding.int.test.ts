// An OAuth flow belongs to the browser that started it and comes back to the configured address:
// connect sets an httpOnly, SameSite=Lax cookie scoped to the callback path holding the state, and
// the callback refuses a state its browser does not hold, so a victim who consents on an attacker's
// link does not connect their account to the attacker's user. Redirect URIs never come from Host.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { callback, connect, consent, OAUTH_COOKIE } from '../../test/platforms.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function connectionCount(app: TestApp, userId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    app.database.db,
    sql`select count(*)::int as n from platform_connections where user_id = ${userId}`,
  );
  return rows[0]?.n ?? 0;
}

function stateCookie(res: { headers: Record<string, unknown> }): string {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : [String(header ?? '')];
  const found = all.find((c) => c.startsWith(`${OAUTH_COOKIE}=`));
  if (!found) throw new Error(`no ${OAUTH_COOKIE} cookie in ${JSON.stringify(all)}`);
  return found;
}

describe('redirect URIs', () => {
  it('come from the configuration, never from the Host header', async () => {
    const user = await registerUser(t);
    const res = await connect(t, user.accessToken, 'linkedin', {}, { host: 'evil.example' });
    expect(res.statusCode, res.body).toBe(200);
    const redirect = new URL(res.json().authorizationUrl).searchParams.get('redirect_uri');
    expect(redirect).toBe('http://127.0.0.1:3000/api/v1/platforms/linkedin/callback');
    const mastodon = await connect(
      t,
      user.accessToken,
      'mastodon',
      { instanceUrl: 'mastodon.social' },
      {
        host: 'evil.example',
        'x-forwarded-host': 'evil.example',
      },
    );
    expect(new URL(mastodon.json().authorizationUrl).searchParams.get('redirect_uri')).toBe(
      'http://127.0.0.1:3000/api/v1/platforms/mastodon/callback',
    );
  });
});

describe('the state cookie', () => {
  it('is httpOnly, SameSite=Lax, scoped to the callback path and short-lived', async () => {
    const user = await registerUser(t);
    const res = await connect(t, user.accessToken, 'x');
    const cookie = stateCookie(res);
    const state = new URL(res.json().authorizationUrl).searchParams.get('state');
    expect(cookie).toContain(`${OAUTH_COOKIE}=${state}`);
    expect(cookie).toContain('Path=/api/v1/platforms/x/callback');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Max-Age=600');
    expect(cookie).not.toContain('Secure');
  });

  it('is Secure and comes back to PUBLIC_URL when that is https', async () => {
    const secure = await createTestApp({ PUBLIC_URL: 'https://bw.example' }, t);
    try {
      const user = await registerUser(secure);
      const res = await connect(secure, user.accessToken, 'linkedin', {}, { host: 'evil.example' });
      expect(stateCookie(res)).toContain('Secure');
      expect(new URL(res.json().authorizationUrl).searchParams.get('redirect_uri')).toBe(
        'https://bw.example/api/v1/platforms/linkedin/callback',
      );
    } finally {
      await secure.close();
    }
  });
});

describe('a callback from another browser', () => {
  it("refuses the attacker's link in the victim's browser and connects nobody", async () => {
    const attacker = await registerUser(t);
    const victim = await registerUser(t);
    // The attacker starts a flow and sends the authorization link to the victim, who consents.
    const started = await connect(t, attacker.accessToken, 'linkedin');
    const redirect = await consent(new URL(started.json().authorizationUrl));
    // The victim's browser follows the redirect with no cookie, or with its own flow's cookie.
    const own = new URL((await connect(t, victim.accessToken, 'linkedin')).json().authorizationUrl);
    const victimCookie = `${OAUTH_COOKIE}=${own.searchParams.get('state')}`;
    for (const headers of [{}, { cookie: victimCookie }]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `${redirect.pathname}${redirect.search}`,
        headers,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('LinkedIn was not connected');
      expect(res.body).toContain('(browser_mismatch)');
    }
    expect(await connectionCount(t, attacker.user.id)).toBe(0);
    expect(await connectionCount(t, victim.user.id)).toBe(0);
  });

  it('refuses it on the web app too (redirect with the error), then the rightful browser completes', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'bw-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Brandwright</title>');
    const web = await createTestApp({ WEB_DIST_DIR: dist }, t, { serveWeb: true });
    try {
      const user = await registerUser(web);
      const started = await connect(web, user.accessToken, 'x');
      const redirect = await consent(new URL(started.json().authorizationUrl));
      const stranger = await web.app.inject({ method: 'GET', url: `${redirect.pathname}${redirect.search}` });
      expect(stranger.statusCode).toBe(303);
      expect(stranger.headers.location).toBe('/platforms?platform=x&error=browser_mismatch');
      // The state was not used up by the stranger: the browser that holds the cookie still completes.
      const res = await callback(web, redirect);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/platforms?connected=x');
      expect(stateCookie(res)).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
      expect(await connectionCount(web, user.user.id)).toBe(1);
    } finally {
      await web.close();
    }
  });
});
