// Regression floors for the per-writer calibration on a fixed subset of the bench's one-genre
// corpus (five presidents' State of the Union addresses, none in the background): the writer's
// own unseen text scores higher with the writer's curve than with the background's, other
// writers stay low, and the curve is refitted from the samples alone (no fit below MIN_SAMPLES).
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/voice-texts.js';
import { voiceMatchOf } from './calibration.js';
import { chunkText } from './chunking.js';
import { referenceStats } from './reference.js';
import { matchScore } from './scoring.js';
import { styleCounts, sumCounts } from './style-counts.js';
import { fitWriterCalibration, MIN_SAMPLES, writerCurve } from './writer-calibration.js';

const WRITERS = ['barack-obama', 'george-washington', 'ronald-reagan', 'thomas-jefferson', 'woodrow-wilson'];
/** Six ~180-word texts make a ~1,000-word profile; the next four are unseen. */
const corpus = WRITERS.map((name) => {
  const texts = chunkText(fixtureText(`bench/speeches/${name}.txt`), 180)
    .slice(0, 10)
    .map(styleCounts);
  const samples = texts.slice(0, 6);
  const profile = sumCounts(samples);
  const calibration = fitWriterCalibration(
    samples.map((counts) => ({ counts, weight: 1 })),
    profile,
  );
  return { name, profile, calibration, unseen: texts.slice(6) };
});

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Each unseen text's normalised score against every profile, computed once for both curves. */
const scored = corpus.flatMap((writer, w) =>
  writer.unseen.map((text) => ({
    w,
    words: text.words ?? 0,
    scores: corpus.map((c) => matchScore(text, c.profile).score),
  })),
);

function matches(useWriterCurve: boolean) {
  const own: number[] = [];
  const other: number[] = [];
  for (const { w, words, scores } of scored)
    scores.forEach((score, j) => {
      const curve = writerCurve(useWriterCurve ? corpus[j]?.calibration : null, referenceStats.calibration);
      (j === w ? own : other).push(voiceMatchOf(score, words, curve));
    });
  return { own: mean(own), other: mean(other) };
}

describe('per-writer calibration on one genre (5 presidents, 4 unseen ~180-word texts each)', () => {
  it("lifts the writer's own unseen text and keeps other writers low", () => {
    const background = matches(false);
    const writer = matches(true);
    // Measured: background curve own 69.8, other 14.3; writer's curve own 77.8, other 18.2.
    expect(writer.own).toBeGreaterThan(background.own);
    expect(writer.own).toBeGreaterThanOrEqual(72);
    expect(writer.other).toBeLessThanOrEqual(35);
  });

  it('fits a curve from enough samples only, the same every time', () => {
    const [first] = corpus;
    const samples = chunkText(fixtureText('bench/speeches/barack-obama.txt'), 180)
      .slice(0, MIN_SAMPLES - 1)
      .map((text) => ({ counts: styleCounts(text), weight: 1 }));
    expect(fitWriterCalibration(samples, sumCounts(samples.map((s) => s.counts)))).toBeNull();
    expect(first?.calibration?.samples).toBe(6);
    expect(first?.calibration?.slopeScale).toBeGreaterThan(0);
  });
});
