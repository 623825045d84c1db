// Evergreen pieces go back into the queue once the interval has passed since they last went out,
// not while already waiting, and never twice in a row on a platform.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSandbox, createPiece, publish, settled } from '../../test/publishing.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  t.jobs.start();
  token = (await registerUser(t)).accessToken;
  await connectSandbox(t, token, 'mastodon');
  await call(t, token, {
    method: 'PUT',
    url: '/api/v1/publishing/slots',
    payload: { slots: [{ platform: 'mastodon', weekday: 1, time: '09:00' }] },
  });
});
afterAll(() => t.close());

/** Time passes for what was published so far (the job queue runs on the real clock). */
const backdate = (days: number) =>
  t.database.db.execute(
    sql`update scheduled_posts set published_at = published_at - ${days} * interval '1 day',
      scheduled_for = scheduled_for - ${days} * interval '1 day'`,
  );

async function publishedNow(body: string, evergreen: boolean): Promise<string> {
  const contentId = await createPiece(t, token, body, { platforms: ['mastodon'], evergreen });
  const [item] = (await publish(t, token, contentId, { platforms: ['mastodon'] })).json().items;
  expect((await settled(t, token, item.id)).status).toBe('published');
  return contentId;
}

const evergreenItems = async (contentId: string) =>
  (await call(t, token, { method: 'GET', url: `/api/v1/schedule?contentId=${contentId}` }))
    .json()
    .items.filter((i: { source: string }) => i.source === 'evergreen');

describe('evergreen re-queue', () => {
  it('re-queues after the interval, once, and never twice in a row', async () => {
    const lesson = await publishedNow('An evergreen lesson about small releases.', true);
    await backdate(35);
    // The platform's latest post is this piece itself: another must come between.
    expect(await t.services.publishing.evergreen()).toBe(0);
    await publishedNow('A one-off announcement.', false);
    // Published just now: not due before its own interval has passed.
    await publishedNow('Another evergreen piece, fresh today.', true);
    expect(await t.services.publishing.evergreen()).toBe(1);
    expect(await t.services.publishing.evergreen()).toBe(0);
    const queued = await evergreenItems(lesson);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ platform: 'mastodon', status: 'pending' });
    // The next free slot: a Monday, 09:00 in the user's zone (UTC by default), in the future.
    const at = new Date(queued[0].scheduledFor);
    expect([at.getUTCDay(), at.getUTCHours(), at.getUTCMinutes()]).toEqual([1, 9, 0]);
    expect(at.getTime()).toBeGreaterThan(Date.now());
  });

  it('can be switched on and off on a piece', async () => {
    const contentId = await createPiece(t, token, 'Toggle me.', { platforms: ['mastodon'] });
    const on = await call(t, token, {
      method: 'PATCH',
      url: `/api/v1/content/${contentId}`,
      payload: { evergreen: true },
    });
    expect(on.json().evergreen).toBe(true);
    const off = await call(t, token, {
      method: 'PATCH',
      url: `/api/v1/content/${contentId}`,
      payload: { evergreen: false },
    });
    expect(off.json().evergreen).toBe(false);
  });
});
