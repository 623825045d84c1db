// The engagement model on a user's history: cross-validated against the naive guess, used only when
// it beats it, and refitted only when the history's version changes.
import type { Platform } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { measurePost } from './engagement-features.js';
import { baselineScore, fitEngagementModel, MIN_HISTORY } from './engagement-model.js';
import { chooseModel, EngagementModels } from './engagement-model-cache.js';
import { crossValidate } from './engagement-model-validation.js';
import type { PublishedHistory, PublishedPost } from './published-history.js';

function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 13}`).join(' ');

/** `effect` is what a closing question adds to the rate; 0 gives pure noise around 3 %. */
function posts(count: number, effect: number, seed = 3): PublishedPost[] {
  const rand = lcg(seed);
  return Array.from({ length: count }, (_, i) => {
    const asks = rand() < 0.5;
    const text = `${words(40 + Math.floor(rand() * 300))}.${asks ? '\n\nWhat would you do?' : ''}`;
    const rate = 0.03 + (asks ? effect : 0) + (rand() - 0.5) * 0.02;
    return {
      platform: 'linkedin' as Platform,
      text,
      hook: text.slice(0, 30),
      publishedAt: new Date(Date.UTC(2026, 2, 1 + (i % 28), 6 + (i % 14))),
      engagements: Math.round(rate * 2000),
      denominator: 'impressions' as const,
      base: 2000,
    };
  });
}

describe('cross-validation', () => {
  it('gives the mean absolute held-out error of the model and of the median guess', () => {
    // y = 2x exactly: the model's error is 0, the median guess (of 2, 4, 6, 8 on each fold) is not.
    const xs = [[1], [2], [3], [4], [5]];
    const ys = [2, 4, 6, 8, 10];
    const v = crossValidate(xs, ys, () => (x) => 2 * (x[0] ?? 0), 5);
    expect(v.mae).toBe(0);
    // Held out 2: median of 4,6,8,10 is 7 → 5; 4: 7→3; 6: (4+8)/2... computed by hand below.
    const expected = [Math.abs(7 - 2), Math.abs(7 - 4), Math.abs(6 - 6), Math.abs(5 - 8), Math.abs(5 - 10)];
    expect(v.naiveMae).toBeCloseTo(expected.reduce((s, e) => s + e, 0) / 5, 10);
  });

  it('a model of a real effect beats the naive guess and says so with its error', () => {
    const model = fitEngagementModel(posts(60, 0.03));
    if (!model) throw new Error('expected a model');
    expect(model.validation.folds).toBe(5);
    expect(model.validation.mae).toBeLessThan(model.validation.naiveMae);
    const choice = chooseModel(model, 'linkedin');
    expect(choice.model).toBe(model);
  });

  it('on noise the model does not beat the naive guess and the baseline says why', () => {
    const model = fitEngagementModel(posts(25, 0, 11));
    if (!model) throw new Error('expected a model');
    expect(model.validation.mae).toBeGreaterThanOrEqual(model.validation.naiveMae);
    const choice = chooseModel(model, 'linkedin');
    expect(choice.model).toBeNull();
    const text = `${words(200)}.`;
    const score = baselineScore(measurePost('linkedin', text, text), choice.baselineReason);
    expect(score.explanation[0]).toMatch(
      /^Platform baseline: .*a model of your 25 posts on LinkedIn did not beat guessing your typical post \(validated error ±\d+\.\d\d vs ±\d+\.\d\d points of rate\)/,
    );
  });

  it('fits on one denominator only: followers-based rates never mix with impressions-based ones', () => {
    const mixed = [
      ...posts(30, 0.03),
      ...posts(10, 0.03, 9).map((p) => ({ ...p, denominator: 'followers' as const, base: 50 })),
    ];
    const model = fitEngagementModel(mixed);
    expect(model?.denominator).toBe('impressions');
    expect(model?.postCount).toBe(30);
    const tooFewOfEach = [
      ...posts(MIN_HISTORY - 1, 0.03),
      ...posts(15, 0.03, 5).map((p) => ({ ...p, denominator: 'followers' as const })),
    ];
    expect(fitEngagementModel(tooFewOfEach)).toBeNull();
  });
});

/** A history that counts its reads, with a version the test moves like new metrics would. */
function countingHistory(byUser: Record<string, PublishedPost[]>) {
  const state = { reads: 0, version: '1' };
  const history: PublishedHistory = {
    async postsWithPerformance(userId) {
      state.reads++;
      return byUser[userId] ?? [];
    },
    version: async () => state.version,
  };
  return { history, state };
}

describe('EngagementModels', () => {
  it('fits once per version and refits when new metrics move the version', async () => {
    const { history, state } = countingHistory({ alice: posts(60, 0.03) });
    const models = new EngagementModels(history);
    const first = await models.modelFor('alice', 'linkedin');
    const again = await models.modelFor('alice', 'linkedin');
    expect(first.model).not.toBeNull();
    expect(again).toBe(first);
    expect(state.reads).toBe(1);
    state.version = '2';
    await models.modelFor('alice', 'linkedin');
    expect(state.reads).toBe(2);
  });

  it("keeps users apart: another user's history never scores for the caller", async () => {
    const { history } = countingHistory({ alice: posts(60, 0.03) });
    const models = new EngagementModels(history);
    expect((await models.modelFor('alice', 'linkedin')).model?.postCount).toBe(60);
    expect((await models.modelFor('bob', 'linkedin')).model).toBeNull();
  });
});
