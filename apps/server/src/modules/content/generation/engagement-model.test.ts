// The engagement baseline from post features, and the model fitted on a user's history, tested on
// synthetic histories whose true effects are known.
import type { Platform } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, featuresOf, featureVector, measurePost } from './engagement-features.js';
import {
  baselineScore,
  fitEngagementModel,
  fittedScore,
  MIN_HISTORY,
  predictRate,
  solve,
} from './engagement-model.js';
import type { PublishedPost } from './published-history.js';

/** A deterministic pseudo-random stream (LCG), so the synthetic history is the same every run. */
function lcg(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 17}`).join(' ');

/** Posts whose engagement rate truly depends on asking the reader a question (+3 points) only. */
function history(count: number, platform: Platform = 'linkedin'): PublishedPost[] {
  const rand = lcg(7);
  return Array.from({ length: count }, (_, i) => {
    const asks = rand() < 0.5;
    const text = `${words(50 + Math.floor(rand() * 300))}.${asks ? '\n\nWhat do you think?' : ''}`;
    const rate = 0.02 + (asks ? 0.03 : 0) + (rand() - 0.5) * 0.004;
    return {
      platform,
      text,
      hook: text.slice(0, 40),
      publishedAt: new Date(Date.UTC(2026, 0, 5 + (i % 20), 9 + (i % 10))),
      denominator: 'impressions' as const,
      base: 1000,
      engagements: Math.round(rate * 1000),
    };
  });
}

describe('solve', () => {
  it('solves a linear system', () => {
    const x = solve(
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    );
    expect(x[0]).toBeCloseTo(0.8, 10);
    expect(x[1]).toBeCloseTo(1.4, 10);
  });
});

describe('fitted engagement model', () => {
  it(`needs at least ${MIN_HISTORY} posts with impressions`, () => {
    expect(fitEngagementModel(history(MIN_HISTORY - 1))).toBeNull();
    const noImpressions = history(30).map((p) => ({ ...p, base: 0 }));
    expect(fitEngagementModel(noImpressions)).toBeNull();
  });

  it('recovers the effect that drives engagement and ignores the others', () => {
    const model = fitEngagementModel(history(200));
    if (!model) throw new Error('expected a model');
    const asks = FEATURE_NAMES.indexOf('asksReader') + 1;
    expect(model.coefficients[asks]).toBeGreaterThan(0.025);
    expect(model.coefficients[asks]).toBeLessThan(0.035);
    const others = model.coefficients.slice(1).filter((_, j) => j + 1 !== asks);
    for (const c of others) expect(Math.abs(c)).toBeLessThan(0.01);
  });

  it("scores a draft by where its prediction falls among the user's posts, and says so", () => {
    const model = fitEngagementModel(history(40));
    if (!model) throw new Error('expected a model');
    const withQuestion = featuresOf('linkedin', `${words(200)}.\n\nWhat do you think?`, 'Hook');
    const without = featuresOf('linkedin', `${words(200)}.`, 'Hook');
    expect(predictRate(model.coefficients, featureVector(withQuestion))).toBeGreaterThan(
      predictRate(model.coefficients, featureVector(without)),
    );
    const high = fittedScore(model, measurePost('linkedin', `${words(200)}.\n\nWhat do you think?`, 'Hook'));
    const low = fittedScore(model, measurePost('linkedin', `${words(200)}.`, 'Hook'));
    expect(high.score).toBeGreaterThan(low.score);
    expect(high.explanation[0]).toMatch(/^Based on your 40 posts on LinkedIn; validated error ±/);
  });
});

describe('platform baseline', () => {
  it('prefers the sweet-spot length, a question to the reader and fitting hashtags', () => {
    const good = measurePost(
      'x',
      'Most teams measure the wrong thing. Here is what works instead?\n\n#data',
      'Most teams measure the wrong thing.',
    );
    const poor = measurePost('x', 'ok', 'ok');
    expect(baselineScore(good).score).toBeGreaterThan(baselineScore(poor).score);
    expect(baselineScore(good).explanation[0]).toMatch(/^Platform baseline/);
  });

  it('weighs posting time only when one is given', () => {
    const text = 'A post of a reasonable length for X, with one idea in it and no more.';
    const weekdayMorning = featuresOf('x', text, text, new Date('2026-11-10T09:00:00Z'));
    const sundayNight = featuresOf('x', text, text, new Date('2026-11-08T23:00:00Z'));
    expect(weekdayMorning.timeFit).toBe(1);
    expect(sundayNight.timeFit).toBeCloseTo(0.2);
    expect(featuresOf('x', text, text).timeFit).toBe(0.5);
  });

  it('counts Medium length in words', () => {
    expect(featuresOf('medium', words(1500), 'Hook').lengthFit).toBe(1);
    expect(featuresOf('medium', words(300), 'Hook').lengthFit).toBeLessThan(0.5);
  });
});
