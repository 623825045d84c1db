// Backfill on connect against the sandbox emulator for X, Mastodon and Bluesky: posts the account
// made outside Brandwright become imported content and tracked posts with the listing's counts;
// what Brandwright published is left out; a rerun writes nothing; connecting queues it by itself.
import type { Platform } from '@brandwright/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { connect, emulatorControl } from '../../test/platforms.js';
import { APP_PASSWORD, connectSandbox, createPiece, publish, settled } from '../../test/publishing.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { publishedPostIds } from '../publishing/index.js';
import { backfillNextFetch, runBackfill } from './backfill.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.jobs.start();
});
afterAll(() => t.close());

const deps = () => ({
  database: t.database,
  kv: t.kv,
  clock: () => new Date(),
  withSession: t.services.platforms.withSession,
  publishedIds: publishedPostIds,
});

let counter = 0;
function unique(text: string): string {
  counter += 1;
  return `${text} ${counter}-${Date.now().toString(36)}`;
}

/** Publishes straight through the adapter: a post the account made outside Brandwright. */
const postOutside = (userId: string, platform: Platform, text: string) =>
  t.services.platforms.withSession(userId, platform, (session, client) =>
    client.publish(session, { text, idempotencyKey: unique('outside') }),
  );

async function connectionId(userId: string, platform: Platform): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id from platform_connections where user_id = ${userId} and platform = ${platform}`,
  );
  return row?.id ?? '';
}

/** The backfill's rows only: the post Brandwright published is tracked too, by ingestion. */
const backfilled = (userId: string) =>
  queryRows<{
    text: string;
    source: string;
    latest: Record<string, number>;
    next_fetch_at: Date | null;
    content_source: string;
  }>(
    t.database.db,
    sql`select p.text, p.source, p.latest, p.next_fetch_at, c.source as content_source
        from analytics_posts p join content c on c.id = p.content_id
        where p.user_id = ${userId} and p.source = 'backfill' order by p.published_at`,
  );

describe.each(['x', 'mastodon', 'bluesky'] as const)('backfill of %s', (platform) => {
  it('stores posts made outside Brandwright with their counts, skips its own, and reruns to nothing', async () => {
    const user = await registerUser(t);
    await connectSandbox(t, user.accessToken, platform);
    const mineText = unique('Published by Brandwright');
    const contentId = await createPiece(t, user.accessToken, mineText, { platforms: [platform] });
    const res = await publish(t, user.accessToken, contentId, { platforms: [platform] });
    expect(res.statusCode, res.body).toBe(202);
    expect((await settled(t, user.accessToken, res.json().items[0].id)).status).toBe('published');
    const outside = [unique('Written elsewhere, first'), unique('Written elsewhere, second')];
    for (const text of outside) await postOutside(user.user.id, platform, text);
    // The emulator's counts grow with age.
    await emulatorControl(t, 'clock', { advanceSeconds: 6 * 3600 });

    const payload = {
      userId: user.user.id,
      platform,
      connectionId: await connectionId(user.user.id, platform),
    };
    expect(await runBackfill(deps(), payload)).toBeGreaterThanOrEqual(2);
    const rows = await backfilled(user.user.id);
    const texts = rows.map((row) => row.text);
    for (const text of outside) expect(texts).toContain(text);
    expect(texts).not.toContain(mineText);
    const first = rows.find((row) => row.text === outside[0]);
    expect(first).toMatchObject({ content_source: 'imported' });
    // The counts come with the listing (the emulator's may still be 0 for a six-hour-old post).
    expect(first?.latest).toEqual(expect.objectContaining({ likes: expect.any(Number) }));
    expect(first?.next_fetch_at).not.toBeNull();

    expect(await runBackfill(deps(), payload)).toBe(0);
    expect(await backfilled(user.user.id)).toEqual(rows);
  });
});

describe('backfill on connect', () => {
  it('is queued when an account is connected (again)', async () => {
    const user = await registerUser(t);
    const handle = `bf${Date.now().toString(36)}.bsky.social`;
    const connectBluesky = async () =>
      expect(
        (await connect(t, user.accessToken, 'bluesky', { handle, appPassword: APP_PASSWORD })).statusCode,
      ).toBe(201);
    await connectBluesky();
    const text = unique('Posted from the Bluesky app');
    await postOutside(user.user.id, 'bluesky', text);
    await connectBluesky();
    for (let i = 0; i < 200 && (await backfilled(user.user.id)).length === 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect((await backfilled(user.user.id)).map((row) => row.text)).toEqual([text]);
  });

  it('schedules the next fetch on the decaying schedule, and none past 90 days', () => {
    const published = new Date('2026-01-01T00:00:00Z');
    const at = (hours: number) => new Date(published.getTime() + hours * 3_600_000);
    expect(backfillNextFetch(published, at(0.5))).toEqual(at(1));
    expect(backfillNextFetch(published, at(30))).toEqual(at(72));
    expect(backfillNextFetch(published, at(24 * 31))).toEqual(at(24 * 37));
    expect(backfillNextFetch(published, at(24 * 91))).toBeNull();
  });
});
