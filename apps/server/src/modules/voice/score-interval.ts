// The uncertainty of a voice match: how much the score would move had the writer happened to use
// their words, n-grams and marks a little more or less often in this one text. A Poisson bootstrap
// redraws every count of the text (each count c becomes a draw from Poisson(c)), rescores the
// redrawn text against the same profile and the same nearest impostors, and reports the
// 10th–90th percentile. A tweet's few counts swing widely, so it gets a wide interval; an
// article's many counts barely move, and what moves them moves its impostor similarities alike.
// Redrawing only what the text holds can never produce an n-gram it lacks, although the writer
// may well use it: each redraw also adds a few pseudo n-grams drawn at the background's rates (a
// Dirichlet prior, as in a Bayesian bootstrap). They weigh in a tweet's ~150 n-grams and vanish in
// an article's thousands, which is what makes short texts' intervals wider on writers of one
// genre too, where the redrawn counts alone move the profile's and the impostors' similarity alike.
import { type Calibration, probabilityOf } from './calibration.js';
import { normalisationOf, normalise } from './impostors.js';
import { type SparseNgrams, sparseNgrams } from './ngram-similarity.js';
import type { NgramVocabulary } from './ngrams.js';
import { referenceStats } from './reference.js';
import type { StyleCounts } from './style-counts.js';
import { type Prepared, prepareRates, similarityOf } from './voice-similarity.js';

/** Enough for a stable 10th–90th percentile; each costs ~0.25 ms and the score must stay under 20 ms. */
const RESAMPLES = 24;
const QUANTILES = [0.1, 0.9] as const;
/** Fixed, so the same text and profile always get the same interval. */
const SEED = 0x5eed;
/** Denominators and sums that are not counts of events: kept as they are. */
const FIXED = new Set([
  'texts',
  'postShapes',
  'words',
  'sentences',
  'cTotal',
  'sTotal',
  'lines',
  'paragraphs',
  'visibleParagraphs',
  'letters',
  'syllables',
  'sentenceWordsSq',
  'sentiment',
]);

/**
 * Pseudo n-grams of each group added to every redraw (their expected number): about what a
 * sentence holds, so a 25-word text is a sixth prior and a 400-word one under a hundredth.
 */
export const PSEUDO_NGRAMS = 25;

/** mulberry32: a small, fast, seedable generator (Math.random cannot be seeded). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Knuth's method for small means, the normal approximation above 30. */
function poisson(mean: number, random: () => number): number {
  if (mean > 30) {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

/** The counts other than n-grams (those are redrawn in their sparse form), each redrawn. */
function redrawOthers(counts: StyleCounts, random: () => number): StyleCounts {
  const out: StyleCounts = {};
  for (const key in counts) {
    if (key.startsWith('c:') || key.startsWith('s:') || key.startsWith('kp:')) continue;
    const value = counts[key] ?? 0;
    out[key] = FIXED.has(key) || value <= 0 ? value : poisson(value, random);
  }
  return out;
}

const cumulative = new WeakMap<NgramVocabulary, Float64Array>();

/** Running sums of the background's mean rates: draws an n-gram by its background frequency. */
function cumulativeOf(vocabulary: NgramVocabulary): Float64Array {
  let sums = cumulative.get(vocabulary);
  if (!sums) {
    let total = 0;
    sums = Float64Array.from(vocabulary.grams, (_, i) => {
      total += Math.max(0, vocabulary.mean[i] ?? 0);
      return total;
    });
    cumulative.set(vocabulary, sums);
  }
  return sums;
}

function drawGram(sums: Float64Array, random: () => number): number {
  const target = random() * (sums[sums.length - 1] ?? 0);
  let [lo, hi] = [0, sums.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sums[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One redraw's rates: every count from Poisson(count), plus ~PSEUDO_NGRAMS n-grams at background rates. */
function redrawRates(sparse: SparseNgrams, vocabulary: NgramVocabulary, random: () => number): Float64Array {
  const out = new Float64Array(vocabulary.grams.length);
  if (sparse.total <= 0) return out;
  sparse.index.forEach((i, j) => {
    out[i] = poisson(sparse.counts[j] ?? 0, random);
  });
  const sums = cumulativeOf(vocabulary);
  // Of the pseudo n-grams, as many fall in the vocabulary as the background's do.
  const pseudo = poisson(PSEUDO_NGRAMS * (sums[sums.length - 1] ?? 0), random);
  for (let k = 0; k < pseudo; k++) {
    const i = drawGram(sums, random);
    out[i] = (out[i] ?? 0) + 1;
  }
  const total = sparse.total + PSEUDO_NGRAMS;
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / total;
  return out;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? 0;
}

/**
 * [low, high] of the voice match (0–100 integers), always containing `voiceMatch`. Each redraw is
 * normalised against the impostors nearest the original text (not all fifty again: ten times
 * cheaper, and the nearest are the ones the normalisation uses).
 */
export function scoreInterval(
  text: StyleCounts,
  profile: Prepared,
  nearest: Prepared[],
  voiceMatch: number,
  calibration: Calibration,
): [number, number] {
  const reference = referenceStats;
  const random = generator(SEED);
  const words = text.words ?? 0;
  const { char, syntax } = reference.vocabulary;
  const sparse = { char: sparseNgrams(text, 'char', char), syntax: sparseNgrams(text, 'syntax', syntax) };
  const scores: number[] = [];
  for (let i = 0; i < RESAMPLES; i++) {
    const redrawn = prepareRates(
      redrawOthers(text, random),
      redrawRates(sparse.char, char, random),
      redrawRates(sparse.syntax, syntax, random),
      reference,
    );
    const similarity = similarityOf(redrawn, profile, reference);
    const normalisation = normalisationOf(
      nearest.map((impostor) => similarityOf(redrawn, impostor, reference)),
    );
    scores.push(100 * probabilityOf(normalise(similarity, normalisation), words, calibration));
  }
  scores.sort((a, b) => a - b);
  const [low, high] = QUANTILES.map((q) => quantile(scores, q)) as [number, number];
  return [Math.min(voiceMatch, Math.floor(low)), Math.max(voiceMatch, Math.ceil(high))];
}
