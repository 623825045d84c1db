// Trending topics from the opt-in cohort: a topic on which peers in the caller's industry did better
// than their own median is offered only once at least 10 distinct opted-in people stand behind it;
// with 9 it never leaves the database, an opt-out takes a member out at their next refresh, and a
// user who has not opted in gets no cohort topics. The answer names a count and a median, never a
// member or one member's figure.
import type { TopicRecommendation } from '@brandwright/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, registerUser, type TestApp } from '../../test/test-app.js';
import { RecommendationsRepository } from './recommendations.repository.js';
import { DAY, seedPost, strategist, topics } from './test/fixtures.js';

const NOW = new Date();
const INDUSTRY = 'Financial services';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, undefined, { clock: () => NOW });
});
afterAll(() => t.close());

const optIn = (token: string, benchmarkOptIn: boolean, industry = INDUSTRY) =>
  call(t, token, { method: 'PATCH', url: '/api/v1/users/me', payload: { industry, benchmarkOptIn } });

/** A peer whose recent posts on payment fraud detection did about 3× their other posts. */
async function peer(optedIn = true): Promise<{ id: string; token: string }> {
  const user = await registerUser(t);
  expect((await optIn(user.accessToken, optedIn)).statusCode).toBe(200);
  for (let i = 0; i < 6; i++)
    await seedPost(t, user.user.id, {
      text:
        i < 3
          ? `Payment fraud detection works best with fresh data. Note ${i}.`
          : `A quiet week of reading and meetings. Note ${i}.`,
      publishedAt: new Date(NOW.getTime() - (2 + i * 3) * DAY),
      likes: i < 3 ? 60 : 20,
    });
  await t.services.recommendations.service.refreshSignals(user.user.id);
  return { id: user.user.id, token: user.accessToken };
}

const cohortTopics = async (token: string) => {
  const res = await topics(t, token);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as TopicRecommendation[]).filter((r) => r.reason.includes('people in your industry'));
};

describe('cohort trending topics', () => {
  it('appear only with at least 10 opted-in peers, and leave with an opt-out', async () => {
    const { user } = await strategist(t);
    expect((await optIn(user.accessToken, true)).statusCode).toBe(200);
    const peers = [];
    for (let i = 0; i < 9; i++) peers.push(await peer());
    // A tenth person who has not opted in does not count.
    await peer(false);
    expect(await cohortTopics(user.accessToken)).toEqual([]);
    const repository = new RecommendationsRepository(t.database.db);
    const since = new Date(NOW.getTime() - 7 * DAY);
    expect(await repository.cohortTrends('financial services', since, 50)).toEqual([]);

    peers.push(await peer());
    const offered = await cohortTopics(user.accessToken);
    const fraud = offered.find((r) => r.topic === 'Payment fraud detection');
    expect(fraud, JSON.stringify(offered)).toBeDefined();
    expect(fraud?.type).toBe('trending');
    expect(fraud?.reason).toMatch(/^Among 10 people in your industry .* did 1\.\d\d× their own median/);
    const rows = await repository.cohortTrends('financial services', since, 50);
    expect(rows.find((r) => r.topicKey === 'payment fraud detection')).toMatchObject({ users: 10 });
    // Aggregates only: a topic key, a count and a median; no user id, no post.
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['medianLift', 'topicKey', 'users']);

    const leaving = peers[0] as { id: string; token: string };
    expect((await optIn(leaving.token, false)).statusCode).toBe(200);
    await t.services.recommendations.service.refreshSignals(leaving.id);
    expect((await cohortTopics(user.accessToken)).map((r) => r.topic)).not.toContain(
      'Payment fraud detection',
    );
  });

  it('are not offered to a user who has not opted in', async () => {
    const { user } = await strategist(t);
    expect((await optIn(user.accessToken, false)).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) await peer();
    expect(await cohortTopics(user.accessToken)).toEqual([]);
  });
});
