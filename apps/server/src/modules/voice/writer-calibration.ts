// Per-writer calibration: the background's score curve, moved to fit one writer. Writers of one
// genre (eight presidents) sit close to their nearest impostors, so the background curve scores
// their own text as "partly" theirs; writers of a rare genre sit far from every impostor. Each
// sample is scored leave-one-out against the profile of the other samples (where the writer's own
// text lands) and against every background impostor in the same T-norm units (where other
// writers land); a two-class Gaussian model of those scores gives the writer's own curve, shrunk
// towards the background's when there are few samples. Stored with the profile, recomputed on
// every change from at most MAX_SAMPLES samples, so its cost is bounded.
import { type Calibration, curveFor } from './calibration.js';
import { normalisationOf, normalise } from './impostors.js';
import { ngramRates, sparseNgrams } from './ngram-similarity.js';
import { NGRAM_TOTAL, type NgramGroup } from './ngrams.js';
import { impostorProfiles, referenceStats } from './reference.js';
import type { StyleCounts } from './style-counts.js';
import { type Prepared, prepare, prepareRates, similarityOf } from './voice-similarity.js';

/** The background curve adjusted for one writer: intercepts shifted, slopes scaled. */
export interface WriterCalibration {
  /** Samples the fit used. */
  samples: number;
  /** Median words of those samples: where the writer's curve was compared with the background's. */
  words: number;
  interceptShift: number;
  slopeScale: number;
}

/** Samples the fit scores at most (the newest): each costs ~6 ms of CPU, so an update adds under ~0.1 s. */
export const MAX_SAMPLES = 12;
/** Fewer samples than this leave no profile of "the others" worth scoring against. */
export const MIN_SAMPLES = 3;
/** Pseudo-samples of the background curve in the shrinkage: with 3 samples the writer's fit counts 3/4. */
const PRIOR_SAMPLES = 1;
/** A writer's curve never flattens below this share of the background's slope, nor turns over. */
const MIN_SLOPE_SCALE = 0.25;

export interface CalibrationSample {
  counts: StyleCounts;
  weight: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const variance = (xs: number[]) => mean(xs.map((x) => (x - mean(xs)) ** 2));

const isNgram = (key: string) => key.startsWith('c:') || key.startsWith('s:') || key.startsWith('kp:');

/** The profile's n-gram counts as dense vectors and its other counts: leaving a sample out is a subtraction. */
function denseProfile(profile: StyleCounts) {
  const { char, syntax } = referenceStats.vocabulary;
  const dense = (group: NgramGroup, vocabulary: typeof char) => {
    const total = profile[NGRAM_TOTAL[group]] ?? 0;
    return { total, counts: ngramRates(profile, group, vocabulary).map((rate) => rate * total) };
  };
  const other: StyleCounts = {};
  for (const key in profile) if (!isNgram(key)) other[key] = profile[key] ?? 0;
  return { other, char: dense('char', char), syntax: dense('syntax', syntax) };
}

type DenseProfile = ReturnType<typeof denseProfile>;

/** The profile without one sample, prepared (the n-gram part by vector arithmetic, not a recount). */
function leaveOut(profile: DenseProfile, sample: CalibrationSample): Prepared {
  const { char, syntax } = referenceStats.vocabulary;
  const rates = (group: NgramGroup, part: DenseProfile['char'], vocabulary: typeof char) => {
    const counts = part.counts.slice();
    const sparse = sparseNgrams(sample.counts, group, vocabulary);
    sparse.index.forEach((i, j) => {
      counts[i] = Math.max(0, (counts[i] ?? 0) - sample.weight * (sparse.counts[j] ?? 0));
    });
    const total = part.total - sample.weight * sparse.total;
    return total > 0 ? counts.map((c) => c / total) : new Float64Array(counts.length);
  };
  const other: StyleCounts = {};
  for (const key in profile.other)
    other[key] = (profile.other[key] ?? 0) - sample.weight * (sample.counts[key] ?? 0);
  return prepareRates(
    other,
    rates('char', profile.char, char),
    rates('syntax', profile.syntax, syntax),
    referenceStats,
  );
}

/** One sample's own score (leave-one-out) and its scores against each impostor, in T-norm units. */
function scoresOf(sample: CalibrationSample, profile: DenseProfile) {
  const reference = referenceStats;
  const text = prepare(sample.counts, reference);
  const rest = leaveOut(profile, sample);
  const impostors = impostorProfiles().map((impostor) => similarityOf(text, impostor, reference));
  const own = normalise(similarityOf(text, rest, reference), normalisationOf(impostors));
  // Each impostor stands in for a stranger's profile: normalised by the others, as the background fit does.
  const other = impostors.map((s, k) => normalise(s, normalisationOf(impostors.filter((_, j) => j !== k))));
  return { own, other, words: sample.counts.words ?? 0 };
}

/**
 * The writer's curve from the `samples` (newest first) summed in `profile`, or null when there
 * are too few to fit one (the background's curve applies).
 */
export function fitWriterCalibration(
  samples: CalibrationSample[],
  profile: StyleCounts,
  background: Calibration = referenceStats.calibration,
): WriterCalibration | null {
  const used = samples.filter((s) => s.weight > 0 && (s.counts.words ?? 0) > 0).slice(0, MAX_SAMPLES);
  if (used.length < MIN_SAMPLES) return null;
  const dense = denseProfile(profile);
  const scored = used.map((s) => scoresOf(s, dense));
  const own = scored.map((s) => s.own);
  const other = scored.flatMap((s) => s.other);
  // Equal-variance Gaussian classes: logit(s) = slope × (s − midpoint), as a logistic fit would give.
  const [mu1, mu0] = [mean(own), mean(other)];
  const pooled = Math.max(1e-6, (variance(own) + variance(other)) / 2);
  const words = [...scored.map((s) => s.words)].sort((a, b) => a - b)[Math.floor(scored.length / 2)] ?? 0;
  const base = curveFor(words, background);
  const slope = Math.max(MIN_SLOPE_SCALE * base.slope, (mu1 - mu0) / pooled);
  const intercept = (-slope * (mu1 + mu0)) / 2;
  const t = used.length / (used.length + PRIOR_SAMPLES);
  return {
    samples: used.length,
    words,
    interceptShift: t * (intercept - base.intercept),
    slopeScale: 1 + t * (slope / base.slope - 1),
  };
}

/** The curve to score this writer's texts with: the background's, adjusted at every length. */
export function writerCurve(
  writer: WriterCalibration | null | undefined,
  background: Calibration,
): Calibration {
  if (!writer) return background;
  return {
    points: background.points.map((p) => ({
      words: p.words,
      intercept: p.intercept + writer.interceptShift,
      slope: p.slope * writer.slopeScale,
    })),
  };
}
