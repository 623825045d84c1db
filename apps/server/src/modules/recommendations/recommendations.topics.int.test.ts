// GET /recommendations/topics through the real app: gaps from pillar shares and staleness,
// evergreen posts and engagement potential from seeded history, neighbours in embedding space,
// feedback changing the next answer (and safe to repeat), determinism, bad input and isolation.
import type { TopicRecommendation } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { DAY, feedback, seedPost, strategist, topics, writePiece } from './test/fixtures.js';

const NOW = new Date();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

const list = async (token: string, count = 50) => {
  const res = await topics(t, token, count);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TopicRecommendation[];
};

describe('topic recommendations', () => {
  it('needs a strategy, and checks count', async () => {
    const user = await registerUser(t);
    const res = await topics(t, user.accessToken);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'NO_STRATEGY' });
    const bad = await topics(t, user.accessToken, 51);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('count');
  });

  it('offers every pillar as a gap to a new user, with no potential and the reason why', async () => {
    const { user, strategy } = await strategist(t);
    const recs = await list(user.accessToken);
    const gaps = recs.filter((r) => r.type === 'gap');
    expect(gaps.map((g) => g.pillar).sort()).toEqual(strategy.contentPillars.map((p) => p.name).sort());
    for (const g of gaps) {
      const pillar = strategy.contentPillars.find((p) => p.name === g.pillar);
      expect(pillar?.exampleTopics).toContain(g.topic);
      // Every pillar is uncovered; those whose share is 10 points or more are also under it.
      expect(g.reason).toContain(`Nothing you have written is filed under "${g.pillar}" yet.`);
      if ((pillar?.share ?? 0) >= 10) expect(g.reason).toContain(`${pillar?.share}% of your strategy but 0%`);
      expect(g.engagementPotential).toBeNull();
      expect(g.engagementNote).toMatch(/no posts with metrics, 5 needed/);
    }
    expect(recs.some((r) => r.type === 'neighbour')).toBe(true);
    // Deterministic for the same state.
    expect(await list(user.accessToken)).toEqual(recs);
  });

  it('drops a pillar covered beyond its share from the gaps', async () => {
    const { user, strategy } = await strategist(t);
    const [first] = strategy.contentPillars;
    if (!first) throw new Error('no pillar');
    for (let i = 0; i < 4; i++)
      await writePiece(t, user.accessToken, first.name, `Piece ${i} on ${first.name}`);
    const gaps = (await list(user.accessToken)).filter((r) => r.type === 'gap');
    expect(gaps.map((g) => g.pillar)).not.toContain(first.name);
    expect(gaps.length).toBe(strategy.contentPillars.length - 1);
    expect(gaps[0]?.reason).toMatch(/but 0% of your last 30 days \(0 of 4 pieces with a pillar\)/);
  });

  it('offers an old post that beat the median as evergreen, with a shrunk potential', async () => {
    const { user } = await strategist(t);
    const star = 'Why our month-end close went from nine days to two';
    for (let i = 0; i < 12; i++)
      await seedPost(t, user.user.id, {
        text: `Weekly note ${i} about data platforms and team habits`,
        publishedAt: new Date(NOW.getTime() - (10 + i * 12) * DAY),
        likes: 20 + (i % 3),
      });
    await seedPost(t, user.user.id, {
      text: star,
      publishedAt: new Date(NOW.getTime() - 150 * DAY),
      likes: 90,
    });
    const recs = await list(user.accessToken);
    const old = recs.find((r) => r.type === 'evergreen' && r.topic === star);
    expect(old, JSON.stringify(recs.map((r) => [r.type, r.topic]))).toBeDefined();
    expect(old?.reason).toMatch(/got 4\.\d\d× your median engagement rate/);
    // Recent posts (under 90 days old) are not evergreen yet.
    expect(
      recs
        .filter((r) => r.type === 'evergreen')
        .every((r) => r.topic === star || !/Weekly note [0-6]\b/.test(r.topic)),
    ).toBe(true);
    expect(old?.engagementPotential, old?.engagementNote).toBeGreaterThan(50);
    expect(old?.engagementPotential).toBeLessThan(90);
    expect(old?.engagementNote).toMatch(/1 post on this topic averaged 4\.\d\d×.*weight 0\.\d\d/);
  });

  it('feedback: dismissed topics do not come back, used ones drop, retries change nothing', async () => {
    const { user } = await strategist(t);
    const before = await list(user.accessToken);
    const [dismissed, used] = before.filter((r) => r.type === 'gap');
    if (!dismissed || !used) throw new Error('expected two gaps');
    const first = await feedback(t, user.accessToken, dismissed.id, 'dismiss');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ id: dismissed.id, topic: dismissed.topic, action: 'dismiss' });
    const again = await feedback(t, user.accessToken, dismissed.id, 'dismiss');
    expect(again.json()).toEqual(first.json());
    expect((await feedback(t, user.accessToken, used.id, 'use')).statusCode).toBe(200);

    const after = await list(user.accessToken);
    expect(after.map((r) => r.topic)).not.toContain(dismissed.topic);
    const usedNow = after.find((r) => r.topic === used.topic);
    expect(usedNow === undefined || usedNow.relevance < used.relevance).toBe(true);
    // The used topic counts as covered: its pillar's gap now offers another example topic or none.
    const samePillar = after.find((r) => r.type === 'gap' && r.pillar === used.pillar);
    expect(samePillar?.topic).not.toBe(used.topic);
  });

  it("another user's recommendation id is a 404, and bad feedback is a 400 naming the field", async () => {
    const { user } = await strategist(t);
    const [rec] = await list(user.accessToken);
    const other = await registerUser(t);
    const res = await feedback(t, other.accessToken, rec?.id ?? '', 'dismiss');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'RECOMMENDATION_NOT_FOUND' });
    const unknown = await feedback(t, user.accessToken, '00000000-0000-4000-8000-000000000000', 'use');
    expect(unknown.statusCode).toBe(404);
    const bad = await feedback(t, user.accessToken, rec?.id ?? '', 'love');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('action');
    // The owner's list is untouched by the other user's attempt.
    expect((await list(user.accessToken)).map((r) => r.id)).toContain(rec?.id);
  });

  it('neighbours are near a pillar, not one of its own topics, and not covered', async () => {
    const { user, strategy } = await strategist(t);
    const recs = await list(user.accessToken);
    const near = recs.filter((r) => r.type === 'neighbour');
    expect(near.length).toBeGreaterThan(0);
    const names = strategy.contentPillars.map((p) => p.name);
    const own = strategy.contentPillars.flatMap((p) => p.exampleTopics.map((x) => x.toLowerCase()));
    for (const n of near) {
      expect(names).toContain(n.pillar);
      expect(own).not.toContain(n.topic.toLowerCase());
      expect(n.reason).toMatch(/similarity 0\.\d\d/);
    }
  });
});
