// The topics cache through the real app: an unchanged state answers the cached list (a database
// change that no writer announced stays unseen), and each announced change makes the next answer
// fresh: new metrics (the analytics version), new content, feedback and the cohort's aggregates.
import type { TopicRecommendation } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { bumpAnalyticsVersion } from '../analytics/index.js';
import { DAY, feedback, seedPost, strategist, topics, writePiece } from './test/fixtures.js';

const NOW = new Date();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

const list = async (token: string) => {
  const res = await topics(t, token);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TopicRecommendation[];
};

describe('topics cache', () => {
  it('answers the cached list until the analytics version moves', async () => {
    const { user } = await strategist(t);
    const before = await list(user.accessToken);
    expect(before.every((r) => r.engagementPotential === null)).toBe(true);
    for (let i = 0; i < 8; i++)
      await seedPost(t, user.user.id, {
        text: `Weekly note ${i} about data platforms and team habits`,
        publishedAt: new Date(NOW.getTime() - (5 + i * 7) * DAY),
        likes: 20 + (i % 4),
      });
    // Rows written behind the analytics writers' back: the cached list is still the answer.
    expect(await list(user.accessToken)).toEqual(before);
    await bumpAnalyticsVersion(t.kv, user.user.id);
    const after = await list(user.accessToken);
    expect(after).not.toEqual(before);
    expect(after.map((r) => r.engagementNote)).not.toEqual(before.map((r) => r.engagementNote));
  });

  it('is fresh after new content', async () => {
    const { user, strategy } = await strategist(t);
    const [first] = strategy.contentPillars;
    if (!first) throw new Error('no pillar');
    const gapsOf = (recs: TopicRecommendation[]) => recs.filter((r) => r.type === 'gap').map((r) => r.pillar);
    expect(gapsOf(await list(user.accessToken))).toContain(first.name);
    for (let i = 0; i < 4; i++)
      await writePiece(t, user.accessToken, first.name, `Piece ${i} on ${first.name}`);
    expect(gapsOf(await list(user.accessToken))).not.toContain(first.name);
  });

  it('is fresh after feedback', async () => {
    const { user } = await strategist(t);
    const [top] = await list(user.accessToken);
    if (!top) throw new Error('no recommendation');
    expect((await feedback(t, user.accessToken, top.id, 'dismiss')).statusCode).toBe(200);
    expect((await list(user.accessToken)).map((r) => r.topic)).not.toContain(top.topic);
  });
});
