// /calendar month view and entries through the real app: create (with Idempotency-Key), move and
// edit with If-Match, delete, bad input, tenant isolation, the user's time zone, account deletion.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.js';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { NOW } from './calendar.fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const api = (
  token: string,
  method: Method,
  url: string,
  payload?: unknown,
  headers?: Record<string, string>,
) =>
  call(t, token, {
    method,
    url: `/api/v1/calendar${url}`,
    ...(payload !== undefined ? { payload: payload as object } : {}),
    ...(headers ? { headers } : {}),
  });

const entry = {
  date: '2027-02-09',
  topic: 'Closing the books in two days',
  format: 'post',
  platforms: ['linkedin'],
};

async function created(token: string, body: object = entry) {
  const res = await api(token, 'POST', '/entries', body);
  expect(res.statusCode).toBe(201);
  return res.json();
}

describe('creating and listing entries', () => {
  it('creates a user entry and shows it in its month only', async () => {
    const user = await registerUser(t);
    const res = await api(user.accessToken, 'POST', '/entries', { ...entry, pillar: 'Finance' });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"v1"');
    expect(res.json()).toMatchObject({
      ...entry,
      pillar: 'Finance',
      status: 'planned',
      origin: 'user',
      contentId: null,
      version: 1,
    });
    const feb = await api(user.accessToken, 'GET', '?month=2027-02');
    expect(feb.json()).toMatchObject({ month: '2027-02', timezone: 'UTC', entries: [{ id: res.json().id }] });
    expect((await api(user.accessToken, 'GET', '?month=2027-03')).json().entries).toEqual([]);
  });

  it('answers a retried create with the same Idempotency-Key with the first entry', async () => {
    const user = await registerUser(t);
    const key = { 'idempotency-key': 'create-1' };
    const first = await api(user.accessToken, 'POST', '/entries', entry, key);
    const again = await api(user.accessToken, 'POST', '/entries', entry, key);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect((await api(user.accessToken, 'GET', '?month=2027-02')).json().entries).toHaveLength(1);
    // The key is the user's own: another user with the same key gets an entry of their own.
    const other = await registerUser(t);
    const theirs = await api(other.accessToken, 'POST', '/entries', entry, key);
    expect(theirs.json().id).not.toBe(first.json().id);
  });

  it.each([
    [{ ...entry, date: '2027-02-30' }, 'date'],
    [{ ...entry, date: '2027-2-9' }, 'date'],
    [{ ...entry, date: 20270209 }, 'date'],
    [{ ...entry, topic: 'ab' }, 'topic'],
    [{ ...entry, topic: 'x'.repeat(201) }, 'topic'],
    [{ ...entry, platforms: [] }, 'platforms'],
    [{ ...entry, platforms: ['myspace'] }, 'platforms.0'],
    [{ ...entry, platforms: ['x', 'x'] }, 'platforms'],
    [{ ...entry, format: 'tweet' }, 'format'],
    [{ ...entry, status: 'done' }, 'status'],
    [{ date: entry.date, format: 'post', platforms: ['x'] }, 'topic'],
    [{ ...entry, colour: 'red' }, '(root)'],
  ])('refuses %j naming %s', async (body, path) => {
    const user = await registerUser(t);
    const res = await api(user.accessToken, 'POST', '/entries', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await api(user.accessToken, 'GET', '?month=2027-02')).json().entries).toEqual([]);
  });

  it('refuses malformed JSON and a bad month', async () => {
    const user = await registerUser(t);
    const malformed = await call(t, user.accessToken, {
      method: 'POST',
      url: '/api/v1/calendar/entries',
      headers: { 'content-type': 'application/json' },
      payload: '{"date": "2027-02-09",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('MALFORMED_BODY');
    for (const month of ['2027-13', '2027-2', '2027-02-01', 'next', '1850-01']) {
      const res = await api(user.accessToken, 'GET', `?month=${month}`);
      expect({ month, status: res.statusCode, path: res.json().errors?.[0]?.path }).toEqual({
        month,
        status: 400,
        path: 'month',
      });
    }
  });
});

describe('the month in the user time zone', () => {
  it('defaults to the current month where the user is: Auckland is in December before Los Angeles', async () => {
    // 20:00 UTC on 30 November 2026 is 09:00 on 1 December in Auckland and noon on 30 November in LA.
    const edge = await createTestApp({}, t, { clock: () => new Date('2026-11-30T20:00:00Z') });
    try {
      for (const [timezone, month] of [
        ['Pacific/Auckland', '2026-12'],
        ['America/Los_Angeles', '2026-11'],
      ]) {
        const user = await registerUser(edge);
        const profile = await call(edge, user.accessToken, {
          method: 'PATCH',
          url: '/api/v1/users/me',
          payload: { timezone },
        });
        expect(profile.statusCode).toBe(200);
        const res = await call(edge, user.accessToken, { method: 'GET', url: '/api/v1/calendar' });
        expect(res.json()).toMatchObject({ month, timezone, planned: false, plannedAt: null, entries: [] });
      }
    } finally {
      await edge.close();
    }
  });
});

describe('moving and editing', () => {
  it('moves an entry, guards with If-Match and adds no version for a retried no-op', async () => {
    const user = await registerUser(t);
    const { id } = await created(user.accessToken);
    const moved = await api(
      user.accessToken,
      'PATCH',
      `/entries/${id}`,
      { date: '2027-02-11' },
      { 'if-match': '"v1"' },
    );
    expect(moved.statusCode).toBe(200);
    expect(moved.headers.etag).toBe('"v2"');
    expect(moved.json()).toMatchObject({ date: '2027-02-11', version: 2, origin: 'user' });

    const stale = await api(
      user.accessToken,
      'PATCH',
      `/entries/${id}`,
      { topic: 'Something else' },
      { 'if-match': '"v1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('STALE_VERSION');

    const retried = await api(
      user.accessToken,
      'PATCH',
      `/entries/${id}`,
      { date: '2027-02-11' },
      { 'if-match': '"v2"' },
    );
    expect(retried.json().version).toBe(2);

    const edited = await api(user.accessToken, 'PATCH', `/entries/${id}`, {
      topic: 'Two-day close, revisited',
      pillar: null,
      format: 'thread',
      platforms: ['x', 'bluesky'],
      status: 'skipped',
    });
    expect(edited.json()).toMatchObject({
      topic: 'Two-day close, revisited',
      format: 'thread',
      status: 'skipped',
      version: 3,
    });
    const feb = (await api(user.accessToken, 'GET', '?month=2027-02')).json();
    expect(feb.entries).toEqual([edited.json()]);
  });

  it.each([
    [{}, '(root)'],
    [{ date: '2027-02-29' }, 'date'],
    [{ platforms: [] }, 'platforms'],
    [{ status: 'archived' }, 'status'],
    [{ origin: 'plan' }, '(root)'],
    [{ topic: 42 }, 'topic'],
  ])('refuses the patch %j naming %s', async (patch, path) => {
    const user = await registerUser(t);
    const { id } = await created(user.accessToken);
    const res = await api(user.accessToken, 'PATCH', `/entries/${id}`, patch);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('refuses a malformed If-Match and a malformed id', async () => {
    const user = await registerUser(t);
    const { id } = await created(user.accessToken);
    const bad = await api(
      user.accessToken,
      'PATCH',
      `/entries/${id}`,
      { topic: 'New topic' },
      { 'if-match': 'soon' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('If-Match');
    const badId = await api(user.accessToken, 'PATCH', '/entries/not-a-uuid', { topic: 'New topic' });
    expect(badId.json().errors[0].path).toBe('id');
    expect((await api(user.accessToken, 'DELETE', '/entries/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('deleting and isolation', () => {
  it("deletes once, and never shows, changes or deletes another user's entry", async () => {
    const alice = await registerUser(t);
    const bob = await registerUser(t);
    const { id } = await created(alice.accessToken);
    expect((await api(bob.accessToken, 'GET', '?month=2027-02')).json().entries).toEqual([]);
    expect((await api(bob.accessToken, 'PATCH', `/entries/${id}`, { topic: 'Taken over' })).statusCode).toBe(
      404,
    );
    const stolen = await api(bob.accessToken, 'DELETE', `/entries/${id}`);
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().code).toBe('ENTRY_NOT_FOUND');
    expect((await api(alice.accessToken, 'GET', '?month=2027-02')).json().entries[0].topic).toBe(entry.topic);

    expect((await api(alice.accessToken, 'DELETE', `/entries/${id}`)).statusCode).toBe(204);
    expect((await api(alice.accessToken, 'DELETE', `/entries/${id}`)).statusCode).toBe(404);
    expect((await api(alice.accessToken, 'GET', '?month=2027-02')).json().entries).toEqual([]);
  });

  it('removes every calendar row with the account', async () => {
    const user = await registerUser(t);
    await created(user.accessToken);
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from calendar_entries where user_id = ${user.user.id}`,
        )
      )[0]?.n;
    expect(await count()).toBe(1);
    expect((await call(t, user.accessToken, { method: 'DELETE', url: '/api/v1/users/me' })).statusCode).toBe(
      204,
    );
    expect(await count()).toBe(0);
  });

  it('requires a token on every endpoint', async () => {
    for (const [method, url] of [
      ['GET', '?month=2027-02'],
      ['POST', '/entries'],
      ['PATCH', '/entries/00000000-0000-4000-8000-000000000000'],
      ['DELETE', '/entries/00000000-0000-4000-8000-000000000000'],
      ['POST', '/plan'],
    ] as const) {
      const res = await t.app.inject({ method, url: `/api/v1/calendar${url}`, payload: {} });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 401 });
    }
  });
});
