// POST /calendar/plan through the real app with the offline strategy: cadence and pillar shares,
// idempotence, replace keeping the user's entries, recency across months, bad input, isolation.
import type { StoredStrategy } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { answers, NOW } from './calendar.fixtures.js';
import { weekdayOf } from './calendar-dates.js';
import { apportion } from './planner.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

type Entry = {
  id: string;
  date: string;
  topic: string;
  pillar: string | null;
  origin: string;
  status: string;
};
const plan = (token: string, body: unknown) =>
  call(t, token, { method: 'POST', url: '/api/v1/calendar/plan', payload: body as object });
const entries = (token: string, path: string, body?: object) =>
  call(t, token, {
    method: body ? 'PATCH' : 'POST',
    url: `/api/v1/calendar/${path}`,
    ...(body ? { payload: body } : {}),
  });

async function strategist() {
  const user = await registerUser(t);
  const res = await call(t, user.accessToken, {
    method: 'POST',
    url: '/api/v1/brand/assessment',
    payload: { answers },
  });
  expect(res.statusCode).toBe(201);
  return { user, strategy: (res.json().strategy as StoredStrategy).strategy };
}

describe('planning a month', () => {
  it('needs a strategy', async () => {
    const user = await registerUser(t);
    const res = await plan(user.accessToken, { month: '2027-02' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'NO_STRATEGY' });
    expect(res.json().detail).toMatch(/strategy/);
  });

  it('follows the cadence, the pillar shares, and the pillar topics with recommendations first', async () => {
    const { user, strategy } = await strategist();
    const res = await plan(user.accessToken, { month: '2027-02' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ month: '2027-02', created: 12, kept: 0 });
    const list: Entry[] = body.entries;
    expect(new Set(list.map((e) => weekdayOf(e.date)))).toEqual(new Set([2, 3, 4]));
    const pillars = strategy.contentPillars;
    const counts = pillars.map((p) => list.filter((e) => e.pillar === p.name).length);
    expect(counts).toEqual(
      apportion(
        12,
        pillars.map((p) => p.share),
      ),
    );
    // Topics come from the user's recommendations for the pillar first, then its examples.
    const recommended = await call(t, user.accessToken, {
      method: 'GET',
      url: '/api/v1/recommendations/topics?count=30',
    });
    const suggested = (recommended.json() as { topic: string; pillar: string | null }[]).filter(
      (r) => r.pillar,
    );
    expect(list.some((e) => suggested.some((r) => r.topic === e.topic))).toBe(true);
    for (const e of list) {
      const pillar = pillars.find((p) => p.name === e.pillar);
      const mine = suggested.filter((r) => r.pillar === e.pillar).map((r) => r.topic);
      expect([...(pillar?.exampleTopics ?? []), ...mine]).toContain(e.topic);
      expect(e).toMatchObject({ origin: 'plan', status: 'planned', platforms: answers.platforms });
    }
  });

  it('is idempotent: a second call, or two at once, returns the one plan', async () => {
    const { user } = await strategist();
    const [a, b] = await Promise.all([
      plan(user.accessToken, { month: '2027-02' }),
      plan(user.accessToken, { month: '2027-02' }),
    ]);
    const made = [a, b].find((r) => r.statusCode === 201);
    const returned = [a, b].find((r) => r.statusCode === 200);
    expect(made?.json().created).toBe(12);
    expect(returned?.json()).toMatchObject({ created: 0, kept: 12 });
    const again = await plan(user.accessToken, { month: '2027-02', postsPerWeek: 5 });
    expect(again.statusCode).toBe(200);
    expect(again.json().entries.map((e: Entry) => e.id)).toEqual(
      made?.json().entries.map((e: Entry) => e.id),
    );
  });

  it('takes postsPerWeek and platforms from the request, and never plans in the past', async () => {
    const { user } = await strategist();
    const feb = await plan(user.accessToken, { month: '2027-02', postsPerWeek: 2, platforms: ['x'] });
    expect(feb.json().created).toBe(8);
    expect(new Set(feb.json().entries.map((e: Entry) => weekdayOf(e.date)))).toEqual(new Set([2, 4]));
    expect(feb.json().entries.every((e: { platforms: string[] }) => e.platforms.join() === 'x')).toBe(true);
    // NOW is Friday 15 January 2027 (UTC, the user's zone): nothing lands before it.
    const jan = await plan(user.accessToken, { month: '2027-01', postsPerWeek: 7 });
    expect(jan.json().created).toBe(17);
    expect(jan.json().entries.every((e: Entry) => e.date >= '2027-01-15')).toBe(true);
  });
});

describe('the month view says whether the month was planned', () => {
  const view = async (token: string, month: string) =>
    (await call(t, token, { method: 'GET', url: `/api/v1/calendar?month=${month}` })).json();

  it('from the stored plan, not from the entries that are left', async () => {
    const { user } = await strategist();
    expect(await view(user.accessToken, '2027-02')).toMatchObject({ planned: false, plannedAt: null });
    await plan(user.accessToken, { month: '2027-02', postsPerWeek: 1 });
    const planned = await view(user.accessToken, '2027-02');
    expect(planned).toMatchObject({ planned: true, plannedAt: expect.any(String) });
    expect(Date.parse(planned.plannedAt)).not.toBeNaN();
    // Every entry deleted or made the user's own: the month is still one that was planned.
    const [first, ...rest] = planned.entries as Entry[];
    await entries(user.accessToken, `entries/${first?.id}`, { topic: 'My own topic' });
    for (const e of rest)
      await call(t, user.accessToken, { method: 'DELETE', url: `/api/v1/calendar/entries/${e.id}` });
    const after = await view(user.accessToken, '2027-02');
    expect(after.entries.map((e: Entry) => e.origin)).toEqual(['user']);
    expect(after).toMatchObject({ planned: true, plannedAt: planned.plannedAt });
    expect(await view(user.accessToken, '2027-03')).toMatchObject({ planned: false, plannedAt: null });
  });

  it('moves plannedAt on a re-plan, and a repeated plan call leaves it', async () => {
    const { user } = await strategist();
    await plan(user.accessToken, { month: '2027-02' });
    const first = (await view(user.accessToken, '2027-02')).plannedAt as string;
    await plan(user.accessToken, { month: '2027-02' });
    expect((await view(user.accessToken, '2027-02')).plannedAt).toBe(first);
    await plan(user.accessToken, { month: '2027-02', replace: true });
    const replanned = (await view(user.accessToken, '2027-02')).plannedAt as string;
    expect(Date.parse(replanned)).toBeGreaterThan(Date.parse(first));
  });

  it("never reports another user's plan", async () => {
    const { user: alice } = await strategist();
    const bob = await registerUser(t);
    await plan(alice.accessToken, { month: '2027-02' });
    expect(await view(bob.accessToken, '2027-02')).toMatchObject({
      planned: false,
      plannedAt: null,
      entries: [],
    });
  });
});

describe('re-planning', () => {
  it("replaces only the plan's untouched entries and counts the user's toward the cadence", async () => {
    const { user } = await strategist();
    const first = (await plan(user.accessToken, { month: '2027-02' })).json().entries as Entry[];
    const firstWeek = first.filter((e) => e.date < '2027-02-08');
    // Drag one planned entry into the next week: it becomes the user's.
    const moved = await entries(user.accessToken, `entries/${firstWeek[0]?.id}`, { date: '2027-02-09' });
    expect(moved.json().origin).toBe('user');
    const own = await call(t, user.accessToken, {
      method: 'POST',
      url: '/api/v1/calendar/entries',
      payload: { date: '2027-02-16', topic: 'Our team offsite', format: 'post', platforms: ['linkedin'] },
    });
    const replaced = await plan(user.accessToken, { month: '2027-02', replace: true });
    expect(replaced.statusCode).toBe(201);
    const list = replaced.json().entries as Entry[];
    expect(replaced.json()).toMatchObject({ kept: 2, created: 10 });
    expect(list).toHaveLength(12);
    expect(list.find((e) => e.id === moved.json().id)?.date).toBe('2027-02-09');
    expect(list.find((e) => e.id === own.json().id)?.topic).toBe('Our team offsite');
    const planIds = new Set(first.map((e) => e.id));
    expect(list.filter((e) => e.origin === 'plan' && planIds.has(e.id))).toEqual([]);
  });

  it('prefers topics not covered in the previous two months', async () => {
    const { user, strategy } = await strategist();
    const feb = (await plan(user.accessToken, { month: '2027-02', postsPerWeek: 1 })).json()
      .entries as Entry[];
    const mar = (await plan(user.accessToken, { month: '2027-03', postsPerWeek: 1 })).json()
      .entries as Entry[];
    for (const p of strategy.contentPillars) {
      const used = [...feb, ...mar].filter((e) => e.pillar === p.name).length;
      expect(p.exampleTopics.length).toBeGreaterThanOrEqual(used);
    }
    const febTopics = new Set(feb.map((e) => e.topic));
    expect(mar.filter((e) => febTopics.has(e.topic))).toEqual([]);
  });
});

describe('bad input and isolation', () => {
  it.each([
    [{ month: '2027-13' }, 'month'],
    [{ month: '2027-02-01' }, 'month'],
    [{}, 'month'],
    [{ month: '2027-02', postsPerWeek: 0 }, 'postsPerWeek'],
    [{ month: '2027-02', postsPerWeek: 22 }, 'postsPerWeek'],
    [{ month: '2027-02', postsPerWeek: 'three' }, 'postsPerWeek'],
    [{ month: '2027-02', platforms: [] }, 'platforms'],
    [{ month: '2027-02', replace: 'yes' }, 'replace'],
    [{ month: '2027-02', weeks: 4 }, '(root)'],
  ])('refuses %j naming %s', async (body, path) => {
    const { user } = await strategist();
    const res = await plan(user.accessToken, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('refuses malformed JSON', async () => {
    const user = await registerUser(t);
    const res = await call(t, user.accessToken, {
      method: 'POST',
      url: '/api/v1/calendar/plan',
      headers: { 'content-type': 'application/json' },
      payload: '{"month":',
    });
    expect(res.json()).toMatchObject({ status: 400, code: 'MALFORMED_BODY' });
  });

  it("plans each user's month on its own", async () => {
    const { user: alice } = await strategist();
    const { user: bob } = await strategist();
    const mine = await plan(alice.accessToken, { month: '2027-02' });
    const theirs = await plan(bob.accessToken, { month: '2027-02', postsPerWeek: 1 });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json()).toMatchObject({ created: 4, kept: 0 });
    const again = await plan(alice.accessToken, { month: '2027-02' });
    expect(again.json().entries).toEqual(mine.json().entries);
  });
});
