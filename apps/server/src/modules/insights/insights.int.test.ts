// GET /analytics/insights through the real app: the default month in a non-UTC zone, from/to,
// bad input as problem+json naming the field, too little data, another user's posts never counted,
// the cache going stale on new snapshots, and a summary whose numbers all come from the evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { analyticsGet, NOW, seedPost, setZone } from '../../test/tracked-posts.js';
import { allowedNumbers, untracedNumbers } from './narrative.js';
import { seededRandom } from './test/synthetic.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

/** `count` LinkedIn posts spread over February 2027 with noisy metrics. */
async function seedFebruary(userId: string, count: number, seed = 1) {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const impressions = 500 + Math.round(random() * 1500);
    await seedPost(t, userId, {
      platform: 'linkedin',
      publishedAt: `2027-02-${day}T15:00:00Z`,
      text:
        i % 3 === 0 ? `Is hiring overrated?\nNotes on team culture ${i}.` : `A note on product design ${i}.`,
      latest: { impressions, likes: Math.round(impressions * 0.03 * (0.5 + random())), comments: 1 },
    });
  }
}

describe('GET /analytics/insights', () => {
  it('defaults to the last full month in the user zone and answers with evidence-backed text', async () => {
    const user = await registerUser(t);
    await setZone(t, user.accessToken, 'Pacific/Auckland');
    await seedFebruary(user.user.id, 30);
    const res = await analyticsGet(t, user.accessToken, '/analytics/insights');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // 20 March 2027 in Auckland: the last full month is February.
    expect(body.period).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(body.timezone).toBe('Pacific/Auckland');
    expect(body.narrator).toBe('offline');
    expect(body.insights.length).toBeGreaterThan(0);
    expect(body.insights.some((i: { type: string }) => i.type === 'data')).toBe(false);
    const allowed = allowedNumbers(body.insights, body.period);
    for (const text of [body.summary, ...body.actionItems])
      expect(untracedNumbers(text, allowed)).toEqual([]);
    expect(body.actionItems.length).toBeGreaterThan(0);
  });

  it('answers one data insight when the period has too few posts, and never counts another user', async () => {
    const owner = await registerUser(t);
    await seedFebruary(owner.user.id, 30, 2);
    const other = await registerUser(t);
    await seedFebruary(other.user.id, 4, 3);
    const res = await analyticsGet(t, other.accessToken, '/analytics/insights?month=2027-02');
    expect(res.statusCode).toBe(200);
    const { insights } = res.json();
    expect(insights).toHaveLength(1);
    expect(insights[0]).toMatchObject({ type: 'data', evidence: { n: 4, effect: 16, baseline: 20 } });
    expect(insights[0].message).toContain('4 of your posts');
  });

  it('takes from/to as inclusive days and goes stale when new snapshots land', async () => {
    const user = await registerUser(t);
    await seedFebruary(user.user.id, 5, 4);
    const url = '/analytics/insights?from=2027-02-01&to=2027-02-14';
    const first = (await analyticsGet(t, user.accessToken, url)).json();
    expect(first.period).toEqual({ from: '2027-02-01', to: '2027-02-14' });
    expect(first.insights[0].evidence.n).toBe(5);
    await seedPost(t, user.user.id, {
      platform: 'linkedin',
      publishedAt: '2027-02-14T12:00:00Z',
      latest: { impressions: 900, likes: 20 },
    });
    const second = (await analyticsGet(t, user.accessToken, url)).json();
    expect(second.insights[0].evidence.n).toBe(6);
  });

  it.each([
    ['month=2027-13', 'month'],
    ['month=March', 'month'],
    ['month=2027-02&from=2027-02-01&to=2027-02-03', 'month'],
    ['from=2027-02-01', 'to'],
    ['from=2027-02-10&to=2027-02-01', 'to'],
    ['from=2025-01-01&to=2027-01-01', 'to'],
    ['week=3', ''],
  ])('answers %s with problem+json naming %s', async (query, field) => {
    const user = await registerUser(t);
    const res = await analyticsGet(t, user.accessToken, `/analytics/insights?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    if (field) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(field);
  });
});
