// withSession, the entry point publishing and analytics use: refresh ahead of expiry with the new
// tokens committed before they are used, refresh-and-retry on TOKEN_EXPIRED, revoked connections
// marked and announced, concurrent refreshes of a single-use X refresh token done once, and tenant
// isolation.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, SocialClient } from '../../adapters/social/index.js';
import type { DomainEvent } from '../../platform/events/index.js';
import {
  connect,
  connectionOf,
  connectViaOAuth,
  countingFetch,
  emulatorControl,
  rawConnection,
  storedTokens,
} from '../../test/platforms.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let now = new Date();
const tokenCalls = countingFetch('/2/oauth2/token');
let t: TestApp;
const events: DomainEvent[] = [];
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => now, platformFetch: tokenCalls.fetch });
  for (const type of ['platform.connection.revoked', 'platform.connection.expired'])
    t.events.on(type, async (event) => {
      events.push(event);
    });
});
afterAll(() => t.close());

const profileOf = (session: Session, client: SocialClient) => client.profile(session);

/** Moves the app's clock to `msBefore` the stored expiry of the connection. */
async function nearExpiry(userId: string, platform: string, msBefore: number) {
  const row = await rawConnection(t, userId, platform);
  now = new Date(new Date(row.expires_at ?? 0).getTime() - msBefore);
}

describe('refresh ahead of expiry', () => {
  it('refreshes an X token with under 5 minutes left, stores the rotated pair, then uses it', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'x');
    const before = await storedTokens(t, user.user.id, 'x');
    await nearExpiry(user.user.id, 'x', 4 * 60_000);
    const seen = await t.services.platforms.withSession(user.user.id, 'x', async (session, client) => {
      // By the time the session is handed out, the database already holds exactly these tokens.
      const stored = await storedTokens(t, user.user.id, 'x');
      expect(stored.accessToken).toBe(session.accessToken);
      return { token: session.accessToken, profile: await client.profile(session), stored };
    });
    expect(seen.token).not.toBe(before.accessToken);
    expect(seen.stored.refreshToken).not.toBe(before.refreshToken);
    expect(seen.profile.handle).toBeTruthy();
    expect((await rawConnection(t, user.user.id, 'x')).version).toBe(2);
  });

  it('leaves tokens with time to spare alone', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'x');
    const calls = tokenCalls.count();
    await t.services.platforms.withSession(user.user.id, 'x', profileOf);
    expect(tokenCalls.count()).toBe(calls);
    expect((await rawConnection(t, user.user.id, 'x')).version).toBe(1);
  });
});

describe('after the platform says the token expired', () => {
  it('refreshes once and retries the call', async () => {
    now = new Date();
    const user = await registerUser(t);
    const connection = await connectViaOAuth(t, user.accessToken, 'x');
    await emulatorControl(t, 'faults', { platform: 'x', kind: 'token_expired', count: 1 });
    let attempts = 0;
    const profile = await t.services.platforms.withSession(user.user.id, 'x', (session, client) => {
      attempts += 1;
      return client.profile(session);
    });
    expect(attempts).toBe(2);
    expect(profile.id).toBe(connection.account?.id);
    expect((await connectionOf(t, user.accessToken, 'x')).tokenHealth?.status).toBe('healthy');
  });

  it('marks a connection whose refresh is refused as revoked, announces it once, and asks to reconnect', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'x');
    await emulatorControl(t, 'faults', { platform: 'x', kind: 'revoked', count: 1 });
    const work = t.services.platforms.withSession(user.user.id, 'x', profileOf);
    await expect(work).rejects.toMatchObject({ code: 'RECONNECT_REQUIRED' });
    expect((await connectionOf(t, user.accessToken, 'x')).tokenHealth?.status).toBe('revoked');
    expect(events.filter((e) => (e.payload as { userId: string }).userId === user.user.id)).toEqual([
      { type: 'platform.connection.revoked', payload: { userId: user.user.id, platform: 'x' } },
    ]);
    await expect(t.services.platforms.withSession(user.user.id, 'x', profileOf)).rejects.toMatchObject({
      code: 'RECONNECT_REQUIRED',
    });
  });

  it('marks a LinkedIn connection the member revoked, without a refresh to try', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'linkedin');
    await emulatorControl(t, 'faults', { platform: 'linkedin', kind: 'revoked', count: 1 });
    await expect(t.services.platforms.withSession(user.user.id, 'linkedin', profileOf)).rejects.toMatchObject(
      {
        code: 'REVOKED',
      },
    );
    expect((await connectionOf(t, user.accessToken, 'linkedin')).tokenHealth?.status).toBe('revoked');
  });

  it('marks a LinkedIn token past its 60 days expired without calling the platform', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'linkedin');
    await nearExpiry(user.user.id, 'linkedin', -1000);
    let called = false;
    const work = t.services.platforms.withSession(user.user.id, 'linkedin', async () => {
      called = true;
    });
    await expect(work).rejects.toMatchObject({ code: 'RECONNECT_REQUIRED' });
    expect(called).toBe(false);
    expect(events).toContainEqual({
      type: 'platform.connection.expired',
      payload: { userId: user.user.id, platform: 'linkedin' },
    });
    now = new Date();
  });
});

describe('concurrent refreshes', () => {
  it('spend X’s single-use refresh token once, and both callers succeed (two app instances)', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'x');
    const otherCalls = countingFetch('/2/oauth2/token');
    const other = await createTestApp(
      { ENCRYPTION_KEY: t.config.ENCRYPTION_KEY, EMULATOR_URL: t.sandboxUrl ?? '' },
      t,
      { clock: () => now, platformFetch: otherCalls.fetch },
    );
    try {
      // The stored token lapses in a minute (the clock stays real, so the refreshed one is not due).
      await t.database.db.execute(
        sql`update platform_connections set expires_at = ${new Date(Date.now() + 60_000)}
            where user_id = ${user.user.id} and platform = 'x'`,
      );
      const before = tokenCalls.count();
      const [a, b] = await Promise.all([
        t.services.platforms.withSession(user.user.id, 'x', (s, c) => c.profile(s).then(() => s.accessToken)),
        other.services.platforms.withSession(user.user.id, 'x', (s, c) =>
          c.profile(s).then(() => s.accessToken),
        ),
      ]);
      expect(tokenCalls.count() - before + otherCalls.count()).toBe(1);
      expect(a).toBe(b);
      expect((await rawConnection(t, user.user.id, 'x')).version).toBe(2);
    } finally {
      await other.close();
    }
  });
});

describe('tenant isolation', () => {
  it('never hands out another user’s connection', async () => {
    now = new Date();
    const owner = await registerUser(t);
    const stranger = await registerUser(t);
    await connect(t, owner.accessToken, 'medium', { integrationToken: 'sandbox-owner-only' });
    await expect(
      t.services.platforms.withSession(stranger.user.id, 'medium', profileOf),
    ).rejects.toMatchObject({
      code: 'NOT_CONNECTED',
    });
  });
});
