// Fits what the score needs on the background corpus only (never on the bench): the weights of
// the similarity parts and the logistic calibration at several text lengths. Each background
// writer gets a ~1,000-word profile (the size a user's profile starts at) from some of their
// chunks; their other chunks are scored against every writer's profile, in two folds.
import { type Calibration, type CalibrationPoint, fitLogistic } from './calibration.js';
import { normalisationOf, normalise } from './impostors.js';
import { type StyleCounts, sumCounts } from './style-counts.js';
import {
  combine,
  partsOf,
  prepare,
  type ScoringBackground,
  type SimilarityParts,
  type SimilarityWeights,
} from './voice-similarity.js';

/** Words of samples in the profiles the fit is measured with. */
export const PROFILE_WORDS = 1000;
const TESTS_PER_FOLD = 12;
/** Grid step of the weight search: finer steps changed background accuracy by under a point. */
const WEIGHT_STEP = 0.05;

/** One text scored against every writer's profile. */
export interface ScoredText {
  writer: number;
  words: number;
  parts: SimilarityParts[];
}

function foldOf(chunks: StyleCounts[], fold: number) {
  const meanWords = (sumCounts(chunks).words ?? 0) / Math.max(1, chunks.length);
  const size = Math.max(1, Math.ceil(PROFILE_WORDS / Math.max(1, meanWords)));
  const start = fold === 0 ? 0 : Math.max(0, chunks.length - size);
  const inProfile = (i: number) => i >= start && i < start + size;
  return {
    profile: sumCounts(chunks.filter((_, i) => inProfile(i))),
    tests: chunks.filter((_, i) => !inProfile(i)).slice(0, TESTS_PER_FOLD),
  };
}

/** A writer needs a profile's worth of text and a few texts beyond it to be tested. */
export const usableWriters = (writers: StyleCounts[][]) =>
  writers
    .map((chunks, i) => ({ chunks, i }))
    .filter(({ chunks }) => (sumCounts(chunks).words ?? 0) > PROFILE_WORDS * 1.3);

/** Fold 0's ~1,000-word profile of every usable writer: the impostors shipped for scoring. */
export function firstProfiles(writers: StyleCounts[][]): { index: number; profile: StyleCounts }[] {
  return usableWriters(writers).map(({ chunks, i }) => ({ index: i, profile: foldOf(chunks, 0).profile }));
}

/** Every usable writer's test chunks against every usable writer's profile, in two folds. */
export function scoreBackground(writers: StyleCounts[][], background: ScoringBackground): ScoredText[] {
  const usable = usableWriters(writers).map(({ chunks }) => chunks);
  const out: ScoredText[] = [];
  for (const fold of [0, 1]) {
    const split = usable.map((chunks) => foldOf(chunks, fold));
    const profiles = split.map((s) => prepare(s.profile, background));
    split.forEach(({ tests }, writer) => {
      for (const test of tests) {
        const text = prepare(test, background);
        const parts = profiles.map((p) => partsOf(text, p));
        out.push({ writer, words: test.words ?? 0, parts });
      }
    });
  }
  return out;
}

/** Share of texts whose own writer's profile is the most similar under `weights`. */
export function topOneAccuracy(scored: ScoredText[], weights: SimilarityWeights): number {
  let hits = 0;
  for (const { writer, parts } of scored) {
    const sims = parts.map((p) => combine(p, weights));
    if (sims.indexOf(Math.max(...sims)) === writer) hits++;
  }
  return scored.length === 0 ? 0 : hits / scored.length;
}

function* weightGrid(): Generator<SimilarityWeights> {
  const steps = Math.round(1 / WEIGHT_STEP);
  for (let a = 0; a <= steps; a++)
    for (let b = 0; a + b <= steps; b++)
      for (let c = 0; a + b + c <= steps; c++) {
        const [char, syntax, functionWords] = [a, b, c].map((n) => n * WEIGHT_STEP) as [
          number,
          number,
          number,
        ];
        yield { char, syntax, functionWords, style: Math.max(0, 1 - char - syntax - functionWords) };
      }
}

/** The weights (summing to 1) that attribute the background texts best. */
export function chooseWeights(scored: ScoredText[]): { weights: SimilarityWeights; accuracy: number } {
  let best = { weights: { char: 1, syntax: 0, functionWords: 0, style: 0 }, accuracy: -1 };
  for (const weights of weightGrid()) {
    const accuracy = topOneAccuracy(scored, weights);
    if (accuracy > best.accuracy + 1e-12) best = { weights, accuracy };
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const { char, syntax, functionWords, style } = best.weights;
  const weights = {
    char: round(char),
    syntax: round(syntax),
    functionWords: round(functionWords),
    style: round(style),
  };
  return { weights, accuracy: best.accuracy };
}

/**
 * A text's similarity to profile `k`, normalised by its similarities to the other writers'
 * profiles as impostors, leaving out both its own writer and `k`: a user's text is scored
 * against impostors that are neither the user nor the profile.
 */
export function normalisedAgainst(similarities: number[], writer: number, k: number): number {
  const impostors = similarities.filter((_, j) => j !== writer && j !== k);
  return normalise(similarities[k] ?? 0, normalisationOf(impostors));
}

/**
 * The curve at one length: own-writer normalised similarities against those to every other
 * writer, with equal priors. (Fitting against only the closest five strangers instead flattened
 * the curve until every score sat between 35 and 60: the nearest strangers overlap the writer.) The point sits at the median length of the texts, which is what they
 * really were (chunks end at sentence ends, so "25-word" chunks of long-sentenced writers run longer).
 */
export function calibrationPoint(scored: ScoredText[], weights: SimilarityWeights): CalibrationPoint {
  const same: number[] = [];
  const other: number[] = [];
  for (const { writer, parts } of scored) {
    const sims = parts.map((p) => combine(p, weights));
    sims.forEach((_, k) => {
      (k === writer ? same : other).push(normalisedAgainst(sims, writer, k));
    });
  }
  const lengths = scored.map((s) => s.words).sort((a, b) => a - b);
  const words = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return { words, ...fitLogistic(same, other) };
}

export function calibrate(byLength: ScoredText[][], weights: SimilarityWeights): Calibration {
  return { points: byLength.map((scored) => calibrationPoint(scored, weights)) };
}
