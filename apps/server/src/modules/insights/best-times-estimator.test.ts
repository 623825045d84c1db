// The estimator on synthetic histories: a planted slot effect is found in the right cell, in the right
// direction, with the true size inside its interval; histories without effects yield a claim in at
// most 5 of 100 fixed seeds; source labels; the user's zone decides the cell; zero engagements work.
import { describe, expect, it } from 'vitest';
import { claimedBestTimes, normalPValue } from './best-times.insights.js';
import {
  cellConfidence,
  cellOf,
  estimateGrid,
  intervalOf,
  logRatios,
  presentCell,
  topCells,
} from './best-times-estimator.js';
import { defaultCurve } from './best-times-priors.js';
import { benjaminiHochberg } from './stats.js';
import { syntheticHistory, WORKDAY_SLOTS } from './test/best-times.fixtures.js';

const ZONE = 'Europe/Berlin';
const prior = defaultCurve('linkedin');
const TUESDAY_9 = (2 - 1) * 8 + 3;

describe('planted effects', () => {
  it.each([1, 2, 3])('finds Tuesday 09–12 at 2× (seed %i) with 2 inside the interval', (seed) => {
    const posts = syntheticHistory({
      seed,
      zone: ZONE,
      slots: WORKDAY_SLOTS,
      perSlot: 30,
      effects: { '2:9': 2 },
    });
    const grid = estimateGrid(posts, ZONE, prior);
    const [best] = topCells(grid.cells);
    expect(best?.index).toBe(TUESDAY_9);
    const [low, high] = intervalOf(best as never);
    expect(low).toBeGreaterThan(1);
    expect(low).toBeLessThanOrEqual(2);
    expect(high).toBeGreaterThanOrEqual(2);
    expect(cellConfidence(best as never)).not.toBe('low');
    expect(presentCell(best as never)).toMatchObject({ weekday: 'Tuesday', label: '09:00–12:00', n: 30 });
    const claims = claimedBestTimes([{ platform: 'linkedin', estimate: grid, prior: 'platform_default' }]);
    expect(claims.map((c) => c.cell.index)).toEqual([TUESDAY_9]);
  });

  it('finds a planted penalty below 1 and never claims it as a best time', () => {
    const posts = syntheticHistory({
      seed: 7,
      zone: ZONE,
      slots: WORKDAY_SLOTS,
      perSlot: 30,
      effects: { '5:15': 0.5 },
    });
    const grid = estimateGrid(posts, ZONE, prior);
    const friday = grid.cells[(5 - 1) * 8 + 5];
    const [low, high] = intervalOf(friday as never);
    expect(high).toBeLessThan(1);
    expect(low).toBeLessThanOrEqual(0.5);
    expect(high).toBeGreaterThanOrEqual(0.5);
    expect(claimedBestTimes([{ platform: 'linkedin', estimate: grid, prior: 'platform_default' }])).toEqual(
      [],
    );
  });
});

describe('histories without effects', () => {
  it('claim a best time in at most 5 of 100 seeds', () => {
    let claimed = 0;
    for (let seed = 1000; seed < 1100; seed++) {
      const posts = syntheticHistory({ seed, zone: ZONE, slots: WORKDAY_SLOTS, perSlot: 15 });
      const grid = estimateGrid(posts, ZONE, prior);
      if (claimedBestTimes([{ platform: 'linkedin', estimate: grid, prior: 'platform_default' }]).length > 0)
        claimed++;
    }
    console.info(`best times: ${claimed} of 100 no-effect histories produced a claim`);
    expect(claimed).toBeLessThanOrEqual(5);
  });
});

describe('source labels', () => {
  it('is the platform default without posts, with the default curve as the estimate', () => {
    const grid = estimateGrid([], ZONE, prior);
    expect(grid.source).toBe('platform_default');
    expect(grid.ownWeight).toBe(0);
    expect(grid.cells[TUESDAY_9]?.mean).toBeCloseTo(prior[TUESDAY_9] as number, 10);
    expect(cellConfidence(topCells(grid.cells)[0] as never)).toBe('low');
  });

  it('is blended with a few posts and own with many in the same slots', () => {
    const few = syntheticHistory({ seed: 5, zone: ZONE, slots: WORKDAY_SLOTS.slice(0, 6), perSlot: 2 });
    expect(estimateGrid(few, ZONE, prior).source).toBe('blended');
    const many = syntheticHistory({ seed: 5, zone: ZONE, slots: WORKDAY_SLOTS.slice(0, 6), perSlot: 60 });
    const grid = estimateGrid(many, ZONE, prior);
    expect(grid.ownWeight).toBeGreaterThanOrEqual(0.75);
    expect(grid.source).toBe('own');
  });
});

describe('zones and normalisation', () => {
  it('puts a post at 23:30 UTC on the next weekday in Asia/Tokyo', () => {
    const monday = new Date('2027-03-01T23:30:00Z');
    expect(cellOf(monday, 'UTC')).toBe(0 * 8 + 7);
    expect(cellOf(monday, 'Asia/Tokyo')).toBe(1 * 8 + 2); // Tuesday 08:30
    const grid = estimateGrid([{ publishedAt: monday, engagements: 3, base: 100 }], 'Asia/Tokyo', prior);
    expect(presentCell(grid.cells[10] as never)).toMatchObject({ weekday: 'Tuesday', startHour: 6, n: 1 });
  });

  it('gives zero-engagement posts a finite ratio below the typical post', () => {
    const ratios = logRatios([
      { publishedAt: new Date(), engagements: 0, base: 1000 },
      { publishedAt: new Date(), engagements: 30, base: 1000 },
      { publishedAt: new Date(), engagements: 40, base: 1000 },
    ]);
    expect(ratios.every(Number.isFinite)).toBe(true);
    expect(ratios[0]).toBeLessThan(0);
    expect(ratios[1]).toBe(0);
  });
});

describe('multiplicity control', () => {
  it('the normal p-value and Benjamini–Hochberg reject the step-up set', () => {
    expect(normalPValue(1.959964)).toBeCloseTo(0.05, 4);
    expect(normalPValue(0)).toBeCloseTo(1, 6);
    // Sorted 0.001 ≤ 0.0125, 0.02 ≤ 0.025, 0.03 ≤ 0.0375: the first three; 0.04 alone fails 0.0125.
    expect(benjaminiHochberg([0.001, 0.02, 0.03, 0.5])).toEqual([true, true, true, false]);
    expect(benjaminiHochberg([0.04, 0.5, 0.6, 0.7])).toEqual([false, false, false, false]);
  });
});
