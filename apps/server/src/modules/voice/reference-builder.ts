// Builds the background statistics the score is z-scored against, and its calibration, from chunks
// of several reference authors. Run by `npm run voice:reference`; the result ships as JSON.

import { chunkText } from './chunking.js';
import { type StyleCounts, styleCounts, sumCounts } from './style-counts.js';
import {
  type Background,
  type Calibration,
  type CalibrationPoint,
  type FeatureStats,
  styleDistance,
} from './style-distance.js';
import { STYLE_FEATURES } from './style-features.js';

export interface ReferenceAuthor {
  name: string;
  text: string;
}

/** Words per chunk for the background statistics: the length of a typical post. */
export const BACKGROUND_CHUNK_WORDS = 150;
/** Text lengths the score curve is fitted at. */
export const CALIBRATION_WORDS = [50, 100, 200, 400];

export interface ReferenceStats extends Background {
  description: string;
  authors: { name: string; chunks: number }[];
  calibration: Calibration;
}

function stats(values: number[]): FeatureStats {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

/**
 * One-feature logistic regression P(same author | delta), with both classes weighed equally and
 * fitted by Newton's method: where same- and other-author deltas overlap the curve flattens,
 * so the score does not promise more certainty than the reference corpus shows.
 */
function fitLogistic(same: number[], other: number[]): Omit<CalibrationPoint, 'words'> {
  const data = [
    ...same.map((x) => [x, 1, 0.5 / same.length]),
    ...other.map((x) => [x, 0, 0.5 / other.length]),
  ];
  let a = 0;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    for (const [x = 0, y = 0, w = 0] of data) {
      const p = 1 / (1 + Math.exp(-(a + b * x)));
      const h = w * p * (1 - p) + 1e-9;
      ga += w * (y - p);
      gb += w * (y - p) * x;
      haa += h;
      hab += h * x;
      hbb += h * x * x;
    }
    const det = haa * hbb - hab * hab;
    a += (hbb * ga - hab * gb) / det;
    b += (haa * gb - hab * ga) / det;
  }
  return { intercept: a, slope: b };
}

/**
 * Fits the score curve on leave-one-chunk-out deltas: each chunk against its own author, and
 * against the closest other author only. Strangers who write like the user are the case the score
 * must get right; averaging over very different authors would make every text look familiar.
 */
function calibrate(authors: StyleCounts[][], background: Background): Omit<CalibrationPoint, 'words'> {
  const same: number[] = [];
  const other: number[] = [];
  const profiles = authors.map(sumCounts);
  authors.forEach((chunks, a) => {
    chunks.forEach((chunk, i) => {
      const own = sumCounts(chunks.filter((_, j) => j !== i));
      same.push(styleDistance(chunk, own, background).delta);
      const strangers = profiles
        .filter((_, b) => b !== a)
        .map((p) => styleDistance(chunk, p, background).delta);
      other.push(Math.min(...strangers));
    });
  });
  return fitLogistic(same, other);
}

export function buildReference(authors: ReferenceAuthor[], description: string): ReferenceStats {
  const chunksAt = (words: number) => authors.map((a) => chunkText(a.text, words).map(styleCounts));
  const counted = chunksAt(BACKGROUND_CHUNK_WORDS);
  const all = counted.flat();
  const features = Object.fromEntries(
    STYLE_FEATURES.map((f) => [f.key, stats(all.map((counts) => f.value(counts)))]),
  );
  const background = { features };
  const calibration: Calibration = {
    points: CALIBRATION_WORDS.map((words) => ({ words, ...calibrate(chunksAt(words), background) })),
  };
  return {
    description,
    authors: authors.map((a, i) => ({ name: a.name, chunks: counted[i]?.length ?? 0 })),
    features,
    calibration,
  };
}
