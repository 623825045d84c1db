// Connecting a live Mastodon account names a host the server then calls: an instance whose name
// resolves to a private, loopback or metadata address is refused as a 400 naming instanceUrl, and
// nothing is sent to it or stored. The sandbox (the configured emulator on loopback) still connects.
import type { LookupAddress } from 'node:dns';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { connect, connectViaOAuth } from '../../test/platforms.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

const DNS: Record<string, LookupAddress[]> = {
  'mastodon.internal.example': [{ address: '10.0.0.5', family: 4 }],
  'metadata.example': [{ address: '169.254.169.254', family: 4 }],
  'sneaky.example': [
    { address: '93.184.216.34', family: 4 },
    { address: '::ffff:127.0.0.1', family: 6 },
  ],
  'cgnat.example': [{ address: '100.64.3.4', family: 4 }],
  'ula.example': [{ address: 'fd00::1', family: 6 }],
};

const asked: string[] = [];
let live: TestApp;
beforeAll(async () => {
  live = await createTestApp({ LIVE_PLATFORMS: 'mastodon', PUBLIC_URL: 'https://bw.example' }, undefined, {
    resolveHost: async (hostname) => {
      asked.push(hostname);
      const found = DNS[hostname];
      if (!found) throw Object.assign(new Error(`unknown ${hostname}`), { code: 'ENOTFOUND' });
      return found;
    },
  });
});
afterAll(() => live.close());

async function mastodonApps(t: TestApp): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from mastodon_apps`,
  );
  return rows[0]?.n ?? 0;
}

describe('live Mastodon instances', () => {
  it.each(Object.keys(DNS))('refuses %s, which resolves to an internal address', async (host) => {
    const user = await registerUser(live);
    const res = await connect(live, user.accessToken, 'mastodon', { instanceUrl: host });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'INVALID_INSTANCE',
      errors: [{ path: 'instanceUrl', message: expect.stringMatching(/private or internal network/) }],
    });
    expect(asked).toContain(host);
    expect(await mastodonApps(live)).toBe(0);
  });

  it('says an unknown instance could not be reached, as before', async () => {
    const user = await registerUser(live);
    const res = await connect(live, user.accessToken, 'mastodon', { instanceUrl: 'nowhere.example' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toMatch(/could not be reached/);
  });
});

describe('the sandbox', () => {
  let sandbox: TestApp;
  beforeAll(async () => {
    sandbox = await createTestApp();
  });
  afterAll(() => sandbox.close());

  it('connects through the configured emulator on loopback', async () => {
    const user = await registerUser(sandbox);
    const connection = await connectViaOAuth(sandbox, user.accessToken, 'mastodon', {
      instanceUrl: 'mastodon.social',
    });
    expect(connection.connected).toBe(true);
    expect(new URL(sandbox.sandboxUrl ?? '').hostname).toBe('127.0.0.1');
  });
});
