// Few-shot order and the usual range: edited drafts lead, then the samples that read most like the
// writer's others; an off-voice sample goes last; too few samples fall back to the documented floor.
import { describe, expect, it } from 'vitest';
import { analyst } from '../../../test/writing/transfer/analyst.js';
import { teacher } from '../../../test/writing/transfer/teacher.js';
import { FALLBACK_FLOOR, fewShotOrder, leaveOneOutScores, lowerQuartile, usualFloor } from './voice-fit.js';

const own = teacher.samples.map((text) => ({ text, feedback: false }));
const stranger = { text: analyst.samples[0] ?? '', feedback: false };

describe('fewShotOrder', () => {
  it('puts the sample least like the writer last', () => {
    const order = fewShotOrder([stranger, ...own]);
    expect(order.at(-1)).toBe(stranger.text);
    expect(order).toHaveLength(own.length + 1);
  });

  it('puts feedback (edited or accepted drafts) first, even when it scores lower', () => {
    const edited = { text: stranger.text, feedback: true };
    expect(fewShotOrder([...own, edited])[0]).toBe(edited.text);
  });

  it('orders the rest by leave-one-out score, best first', () => {
    const scores = leaveOneOutScores(own.map((s) => s.text));
    const order = fewShotOrder(own);
    const best = own[scores.indexOf(Math.max(...scores))]?.text;
    expect(order[0]).toBe(best);
  });
});

describe('usualFloor', () => {
  it('is the lower quartile of the samples’ leave-one-out scores', () => {
    const expected = lowerQuartile(leaveOneOutScores(teacher.samples));
    expect(usualFloor(teacher.samples)).toEqual({ floor: expected, measured: true });
    expect(expected).toBeGreaterThan(0);
  });

  it('falls back to the midpoint with too few samples', () => {
    expect(usualFloor(teacher.samples.slice(0, 2))).toEqual({ floor: FALLBACK_FLOOR, measured: false });
  });

  it('lowerQuartile takes the nearest rank', () => {
    expect(lowerQuartile([40, 10, 30, 20, 50])).toBe(20);
  });
});
