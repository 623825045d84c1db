// The scheduling API: publish and queue with every refusal (not connected, too long, past, approval
// gate), retried requests, the schedule list, reschedule with If-Match, cancel, resolve, slots,
// settings, the missed rule after downtime, and tenant isolation on every route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSandbox, createPiece, publish, settled } from '../../test/publishing.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let now = new Date('2026-11-26T10:00:00Z');
let t: TestApp;
let token: string;
let other: string;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => now });
  token = (await registerUser(t)).accessToken;
  other = (await registerUser(t, 'Grace Hopper')).accessToken;
  await connectSandbox(t, token, 'mastodon');
  await connectSandbox(t, token, 'x');
});
afterAll(() => t.close());

const api = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
  who = token,
) => call(t, who, { method, url: `/api/v1${url}`, ...(payload ? { payload } : {}), headers });
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();

describe('POST /content/:id/publish', () => {
  it('schedules one pending item per platform, and a retry with the same key returns them', async () => {
    const contentId = await createPiece(t, token, 'Ship small.');
    const headers = { 'idempotency-key': 'schedule-1' };
    const first = await publish(
      t,
      token,
      contentId,
      { platforms: ['x', 'mastodon'], scheduledFor: later(2) },
      headers,
    );
    expect(first.statusCode, first.body).toBe(202);
    const items = first.json().items;
    expect(items.map((i: { platform: string; status: string }) => [i.platform, i.status])).toEqual([
      ['x', 'pending'],
      ['mastodon', 'pending'],
    ]);
    const again = await publish(
      t,
      token,
      contentId,
      { platforms: ['x', 'mastodon'], scheduledFor: later(2) },
      headers,
    );
    expect(
      again
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual(items.map((i: { id: string }) => i.id).sort());
    expect((await api('GET', `/content/${contentId}`)).json().status).toBe('scheduled');
  });

  // The race needs separate connections: it shows on PostgreSQL (PGlite serves every request on one).
  it('answers concurrent requests with the same key with the first one’s items', async () => {
    const contentId = await createPiece(t, token, 'Sent twice at once.');
    const headers = { 'idempotency-key': 'schedule-concurrent' };
    const body = { platforms: ['x', 'mastodon'], scheduledFor: later(3) };
    const answers = await Promise.all([1, 2, 3, 4].map(() => publish(t, token, contentId, body, headers)));
    for (const res of answers) expect(res.statusCode, res.body).toBe(202);
    const ids = answers.map((res) =>
      res
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort()
        .join(),
    );
    expect(new Set(ids).size).toBe(1);
    const listed = await api('GET', `/schedule?contentId=${contentId}`);
    expect(listed.json().items).toHaveLength(2);
  });

  it('refuses what cannot be published, naming the field at fault, and stores nothing', async () => {
    const contentId = await createPiece(t, token, 'Fine text.');
    const notConnected = await publish(t, token, contentId, { platforms: ['x', 'linkedin'] });
    expect(notConnected.statusCode).toBe(409);
    expect(notConnected.json()).toMatchObject({
      code: 'PLATFORM_NOT_CONNECTED',
      errors: [{ path: 'platforms.1' }],
    });
    const past = await publish(t, token, contentId, { platforms: ['x'], scheduledFor: later(-1) });
    expect(past.json()).toMatchObject({
      status: 400,
      code: 'IN_THE_PAST',
      errors: [{ path: 'scheduledFor' }],
    });
    const floating = await publish(t, token, contentId, {
      platforms: ['x'],
      scheduledFor: '2026-12-01T09:00:00',
    });
    expect(floating.statusCode).toBe(400);
    const tooLong = await createPiece(t, token, 'word '.repeat(700));
    const linkedin = await publish(t, token, tooLong, { platforms: ['linkedin'] });
    expect(linkedin.json()).toMatchObject({
      status: 400,
      code: 'CONTENT_DOES_NOT_FIT',
      errors: [{ path: 'platforms.0', message: 'LinkedIn allows 3000 characters per post; this has 3499' }],
    });
    const list = await api('GET', `/schedule?contentId=${contentId}`);
    expect(list.json().items).toEqual([]);
  });

  it('holds drafts back when the approval gate is on', async () => {
    expect(
      (await api('PATCH', '/publishing/settings', { approvalRequired: true })).json().approvalRequired,
    ).toBe(true);
    const contentId = await createPiece(t, token, 'Needs a yes first.');
    expect((await publish(t, token, contentId, { platforms: ['x'] })).json().code).toBe('NOT_APPROVED');
    await api('PATCH', `/content/${contentId}`, { status: 'approved' });
    expect(
      (await publish(t, token, contentId, { platforms: ['x'], scheduledFor: later(5) })).statusCode,
    ).toBe(202);
    await api('PATCH', '/publishing/settings', { approvalRequired: false });
  });
});

describe('the schedule', () => {
  it('lists by time with filters and pages, reschedules with If-Match, cancels once started never', async () => {
    const contentId = await createPiece(t, token, 'Moving target.');
    const [created] = (
      await publish(t, token, contentId, { platforms: ['x'], scheduledFor: later(30) })
    ).json().items;
    const page = await api(
      'GET',
      `/schedule?from=${encodeURIComponent(later(29))}&to=${encodeURIComponent(later(31))}&limit=1`,
    );
    expect(page.json().items.map((i: { id: string }) => i.id)).toEqual([created.id]);
    const stale = await api(
      'PATCH',
      `/schedule/${created.id}`,
      { scheduledFor: later(40) },
      { 'if-match': '"v999"' },
    );
    expect(stale.statusCode).toBe(412);
    const moved = await api(
      'PATCH',
      `/schedule/${created.id}`,
      { scheduledFor: later(40) },
      { 'if-match': `"v${created.version}"` },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().scheduledFor).toBe(later(40));
    expect((await api('DELETE', `/schedule/${created.id}`)).statusCode).toBe(204);
    expect((await api('DELETE', `/schedule/${created.id}`)).statusCode).toBe(204);
    expect((await api('PATCH', `/schedule/${created.id}`, { scheduledFor: later(50) })).json().code).toBe(
      'NOT_PENDING',
    );
  });

  it('queues into the next free slot in the user’s zone, and says when there is none', async () => {
    expect((await api('PATCH', '/users/me', { timezone: 'Europe/Berlin' })).statusCode).toBe(200);
    const contentId = await createPiece(t, token, 'Queued up.');
    // A new user starts with the default slots, so the queue works from the first day…
    expect((await api('GET', '/publishing/slots')).json().slots).toEqual(
      expect.arrayContaining([{ platform: 'mastodon', weekday: 1, time: '11:00' }]),
    );
    // …and a user who removes them all has nowhere to queue, and is told so.
    expect((await api('PUT', '/publishing/slots', { slots: [] })).json().slots).toEqual([]);
    expect((await api('GET', '/publishing/slots')).json().slots).toEqual([]);
    expect(
      (await api('POST', `/content/${contentId}/queue`, { platforms: ['mastodon'] })).json(),
    ).toMatchObject({
      code: 'NO_SLOTS',
      errors: [{ path: 'platforms.0' }],
    });
    // Thursday 26 November 2026, 10:00 UTC = 11:00 in Berlin: the next Friday 09:00 slot.
    const slots = await api('PUT', '/publishing/slots', {
      slots: [{ platform: 'mastodon', weekday: 5, time: '09:00' }],
    });
    expect(slots.json().slots).toEqual([{ platform: 'mastodon', weekday: 5, time: '09:00' }]);
    const first = await api('POST', `/content/${contentId}/queue`, { platforms: ['mastodon'] });
    expect(first.json().items[0]).toMatchObject({
      scheduledFor: '2026-11-27T08:00:00.000Z',
      source: 'queue',
    });
    const second = await api('POST', `/content/${await createPiece(t, token, 'Next in line.')}/queue`, {
      platforms: ['mastodon'],
    });
    expect(second.json().items[0].scheduledFor).toBe('2026-12-04T08:00:00.000Z');
    expect(
      (await api('PUT', '/publishing/slots', { slots: [{ platform: 'x', weekday: 8, time: '25:00' }] }))
        .statusCode,
    ).toBe(400);
  });

  it('marks an item missed when nothing ran for longer than the user allows', async () => {
    const contentId = await createPiece(t, token, 'Too late to matter.');
    const [created] = (await publish(t, token, contentId, { platforms: ['mastodon'] })).json().items;
    now = new Date(now.getTime() + 3 * 3_600_000);
    t.jobs.start();
    const done = await settled(t, token, created.id);
    expect(done).toMatchObject({ status: 'missed', problem: { code: 'MISSED' } });
    expect(done.problem?.detail).toContain('60 minutes');
    const retried = await api('POST', `/schedule/${created.id}/resolve`, { action: 'retry' });
    expect(retried.json().status).toBe('pending');
    expect((await settled(t, token, created.id)).status).toBe('published');
  });

  it('keeps every user’s items their own', async () => {
    const contentId = await createPiece(t, token, 'Mine alone.');
    const mySlot = { platform: 'linkedin', weekday: 7, time: '23:45' };
    await api('PUT', '/publishing/slots', { slots: [mySlot] });
    const [mine] = (await publish(t, token, contentId, { platforms: ['x'], scheduledFor: later(60) })).json()
      .items;
    for (const [method, url, body] of [
      ['GET', `/schedule/${mine.id}`],
      ['PATCH', `/schedule/${mine.id}`, { scheduledFor: later(61) }],
      ['DELETE', `/schedule/${mine.id}`],
      ['POST', `/schedule/${mine.id}/resolve`, { action: 'retry' }],
      ['GET', `/schedule/${mine.id}/attempts`],
      ['POST', `/content/${contentId}/publish`, { platforms: ['x'] }],
      ['POST', `/content/${contentId}/queue`, {}],
    ] as const)
      expect((await api(method, url, body, {}, other)).statusCode, `${method} ${url}`).toBe(404);
    expect((await api('GET', '/schedule', undefined, {}, other)).json().items).toEqual([]);
    expect((await api('GET', '/publishing/slots', undefined, {}, other)).json().slots).not.toContainEqual(
      mySlot,
    );
  });
});
