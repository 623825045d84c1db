// The periodic task "platform-connections": reminders 14, 7 and 1 days before a LinkedIn self-serve
// connection ends (each once, also with two workers), the expired event when it does, refreshes of
// renewable tokens about to lapse, and the purge of old OAuth states.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import type { DomainEvent } from '../../platform/events/index.js';
import { authorizationUrl, connectionOf, connectViaOAuth, rawConnection } from '../../test/platforms.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let now = new Date();
let t: TestApp;
const events: DomainEvent[] = [];
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => now });
  for (const type of [
    'platform.connection.expiring',
    'platform.connection.expired',
    'platform.connection.revoked',
  ])
    t.events.on(type, async (event) => {
      events.push(event);
    });
});
afterAll(() => t.close());

const DAY = 86_400_000;
const run = () => t.services.platforms.maintenance.run();
const eventsOf = (userId: string) =>
  events.filter((e) => (e.payload as { userId: string }).userId === userId);

describe('a connection that cannot renew itself', () => {
  it('is reminded at 14, 7 and 1 days left, once each, then expires once', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'linkedin');
    const end = new Date((await rawConnection(t, user.user.id, 'linkedin')).expires_at ?? 0).getTime();
    const at = async (daysLeft: number) => {
      now = new Date(end - daysLeft * DAY);
      await run();
      await run();
    };
    await at(20);
    expect(eventsOf(user.user.id)).toEqual([]);
    for (const daysLeft of [14, 7, 0.5]) await at(daysLeft);
    const reminders = eventsOf(user.user.id).map((e) => [
      e.type,
      (e.payload as { daysLeft: number }).daysLeft,
    ]);
    expect(reminders).toEqual([
      ['platform.connection.expiring', 14],
      ['platform.connection.expiring', 7],
      ['platform.connection.expiring', 1],
    ]);
    expect((await connectionOf(t, user.accessToken, 'linkedin')).tokenHealth).toMatchObject({
      status: 'expiring',
      daysLeft: 1,
    });
    now = new Date(end + 1000);
    await run();
    await run();
    expect(eventsOf(user.user.id).slice(3)).toEqual([
      { type: 'platform.connection.expired', payload: { userId: user.user.id, platform: 'linkedin' } },
    ]);
    expect((await connectionOf(t, user.accessToken, 'linkedin')).tokenHealth?.status).toBe('expired');
    now = new Date();
  });

  it('sends only the latest reminder when the worker missed earlier ones, and reminds two workers once', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'linkedin');
    const end = new Date((await rawConnection(t, user.user.id, 'linkedin')).expires_at ?? 0).getTime();
    now = new Date(end - 5 * DAY);
    const other = await createTestApp(
      { ENCRYPTION_KEY: t.config.ENCRYPTION_KEY, EMULATOR_URL: t.sandboxUrl ?? '' },
      t,
      {
        clock: () => now,
      },
    );
    try {
      other.events.on('platform.connection.expiring', async (event) => {
        events.push(event);
      });
      await Promise.all([run(), other.services.platforms.maintenance.run()]);
    } finally {
      await other.close();
    }
    expect(eventsOf(user.user.id).map((e) => (e.payload as { daysLeft: number }).daysLeft)).toEqual([5]);
    now = new Date();
  });

  it('starts reminders over after a reconnect', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'linkedin');
    const end = new Date((await rawConnection(t, user.user.id, 'linkedin')).expires_at ?? 0).getTime();
    now = new Date(end - 10 * DAY);
    await run();
    expect(eventsOf(user.user.id)).toHaveLength(1);
    now = new Date();
    await connectViaOAuth(t, user.accessToken, 'linkedin');
    const renewed = new Date((await rawConnection(t, user.user.id, 'linkedin')).expires_at ?? 0).getTime();
    now = new Date(renewed - 10 * DAY);
    await run();
    expect(eventsOf(user.user.id)).toHaveLength(2);
    now = new Date();
  });
});

describe('renewable connections', () => {
  it('are refreshed by the task shortly before they lapse', async () => {
    now = new Date();
    const user = await registerUser(t);
    await connectViaOAuth(t, user.accessToken, 'x');
    const before = await rawConnection(t, user.user.id, 'x');
    // Ten minutes left: within the task's 15-minute horizon, beyond the 5 minutes withSession waits for.
    now = new Date(new Date(before.expires_at ?? 0).getTime() - 10 * 60_000);
    const result = await run();
    expect(result.refreshed).toBeGreaterThanOrEqual(1);
    const after = await rawConnection(t, user.user.id, 'x');
    expect(after.version).toBe(before.version + 1);
    expect(after.access_token).not.toBe(before.access_token);
    expect(eventsOf(user.user.id)).toEqual([]);
    now = new Date();
  });
});

describe('OAuth states', () => {
  it('are purged a day after they expire', async () => {
    now = new Date();
    const user = await registerUser(t);
    await authorizationUrl(t, user.accessToken, 'x');
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from oauth_states where user_id = ${user.user.id}`,
        )
      )[0]?.n;
    now = new Date(Date.now() + 12 * 60 * 60_000);
    await run();
    expect(await count()).toBe(1);
    now = new Date(Date.now() + DAY + 11 * 60_000);
    await run();
    expect(await count()).toBe(0);
    now = new Date();
  });
});
