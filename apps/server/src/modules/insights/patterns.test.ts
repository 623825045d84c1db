// The pattern rules on synthetic histories: planted effects (a topic boost, a topic penalty, a
// question-hook boost) are recovered in the right direction with the true size inside the interval,
// and histories with no effect at all yield a claim in at most 5 of 100 fixed seeds.
import { describe, expect, it } from 'vitest';
import { MIN_REPORT_POSTS, runTests, type TestedEffect } from './patterns.js';
import { type Planted, syntheticHistory } from './test/synthetic.js';

const POSTS = 400;

function effectOf(planted: Planted, key: string, seed = 7): TestedEffect {
  const tests = runTests(syntheticHistory({ seed, posts: POSTS, planted }), []);
  const found = tests.find((t) => t.key === key);
  if (!found) throw new Error(`${key} was not tested: ${tests.map((t) => t.key).join(', ')}`);
  return found;
}

describe('planted effects', { timeout: 120_000 }, () => {
  it.each([
    ['a topic boost', { topics: { 'team culture': 1.8 } }, 'topic:team culture', 1.8],
    ['a topic penalty', { topics: { 'product design': 0.6 } }, 'topic:product design', 0.6],
    ['a question-hook boost', { questionHook: 1.5 }, 'question_hook:yes', 1.5],
  ] as const)('recovers %s with the true size inside the interval', (_name, planted, key, truth) => {
    // Five fixed seeds: always claimed and in the right direction; a 95 % interval shrunk toward 1
    // may miss the truth now and then, so the truth must be inside in at least 4 of 5.
    const effects = [7, 8, 9, 10, 11].map((seed) => effectOf(planted, key, seed));
    for (const effect of effects) {
      expect(effect.claimed).toBe(true);
      expect(Math.sign(Math.log(effect.ratio))).toBe(Math.sign(Math.log(truth)));
      // Shrinkage pulls toward 1, never past the truth by much.
      expect(Math.abs(Math.log(effect.ratio))).toBeLessThanOrEqual(Math.abs(Math.log(truth)) + 0.15);
    }
    const covered = effects.filter((e) => e.interval[0] <= truth && e.interval[1] >= truth).length;
    expect(covered).toBeGreaterThanOrEqual(4);
  });

  it('recovers all three at once, each in its direction', () => {
    const tests = runTests(
      syntheticHistory({
        seed: 11,
        posts: 400,
        planted: { topics: { 'career growth': 1.8, 'product design': 0.6 }, questionHook: 1.5 },
      }),
      [],
    );
    const claimed = new Map(tests.filter((t) => t.claimed).map((t) => [t.key, t.ratio]));
    expect(claimed.get('topic:career growth')).toBeGreaterThan(1);
    expect(claimed.get('topic:product design')).toBeLessThan(1);
    expect(claimed.get('question_hook:yes')).toBeGreaterThan(1);
  });
});

describe('no effect', { timeout: 300_000 }, () => {
  it('claims a pattern in at most 5 of 100 histories without one', () => {
    const withClaims: number[] = [];
    let tested = 0;
    for (let seed = 1; seed <= 100; seed += 1) {
      const tests = runTests(syntheticHistory({ seed: 5000 + seed, posts: POSTS }), []);
      tested += tests.length;
      if (tests.some((t) => t.claimed)) withClaims.push(seed);
    }
    console.log(
      `no-effect histories with a claim: ${withClaims.length} of 100 (seeds ${withClaims.join(', ') || 'none'}); ${tested} tests run`,
    );
    // Every history really was tested: the count above is not zero because nothing ran.
    expect(tested).toBeGreaterThan(100 * 5);
    expect(withClaims.length).toBeLessThanOrEqual(5);
  });

  it('tests nothing below the minimum number of posts', () => {
    expect(runTests(syntheticHistory({ seed: 3, posts: MIN_REPORT_POSTS - 1 }), [])).toEqual([]);
  });
});

describe('the change against the previous period', () => {
  it('is claimed for a real drop and carries both medians', () => {
    const previous = syntheticHistory({ seed: 21, posts: 60 });
    const current = syntheticHistory({
      seed: 22,
      posts: 60,
      planted: {
        topics: {
          'career growth': 0.5,
          'product design': 0.5,
          'team culture': 0.5,
          'customer research': 0.5,
          'sales calls': 0.5,
        },
      },
    });
    const change = runTests(current, previous).find((t) => t.kind === 'change');
    expect(change?.claimed).toBe(true);
    expect(change?.ratio).toBeLessThan(0.8);
    expect(change?.interval[0]).toBeLessThanOrEqual(0.5);
    expect(change?.interval[1]).toBeGreaterThanOrEqual(0.5);
    expect(change?.groupRate).toBeLessThan(change?.restRate ?? 0);
  });

  it('is not claimed when nothing changed', () => {
    const change = runTests(
      syntheticHistory({ seed: 31, posts: 60 }),
      syntheticHistory({ seed: 32, posts: 60 }),
    ).find((t) => t.kind === 'change');
    expect(change).toBeDefined();
    expect(change?.claimed).toBe(false);
  });

  it('is not tested when the previous period has too few posts', () => {
    const tests = runTests(
      syntheticHistory({ seed: 41, posts: 60 }),
      syntheticHistory({ seed: 42, posts: 9 }),
    );
    expect(tests.some((t) => t.kind === 'change')).toBe(false);
  });
});
