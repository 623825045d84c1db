// Similarity of two n-gram profiles: relative frequencies over the group's fixed vocabulary,
// z-scored against the background (every n-gram then counts by how unusual its rate is, not by how
// frequent it is, as in Burrows' Delta) and compared by cosine (Smith & Aldridge's Cosine Delta).
import { NGRAM_PREFIX, NGRAM_TOTAL, type NgramGroup, type NgramVocabulary } from './ngrams.js';

/**
 * Smallest spread assumed for an n-gram, as a share of its background mean: rare n-grams barely
 * vary across 150-word chunks, and dividing by a near-zero spread would let one of them decide.
 */
const SD_FLOOR_SHARE = 0.5;

const indexes = new WeakMap<NgramVocabulary, Map<string, number>>();

function indexOf(vocabulary: NgramVocabulary): Map<string, number> {
  let index = indexes.get(vocabulary);
  if (!index) {
    index = new Map(vocabulary.grams.map((gram, i) => [gram, i]));
    indexes.set(vocabulary, index);
  }
  return index;
}

/**
 * Relative frequencies of the vocabulary's n-grams in `counts` (zeros when it has none). Walks the
 * counts' keys, not the vocabulary: a post holds a fifth of the vocabulary, and scoring resamples it.
 */
export function ngramRates(
  counts: Record<string, number>,
  group: NgramGroup,
  vocabulary: NgramVocabulary,
): Float64Array {
  const total = counts[NGRAM_TOTAL[group]] ?? 0;
  const prefix = NGRAM_PREFIX[group];
  const index = indexOf(vocabulary);
  const out = new Float64Array(vocabulary.grams.length);
  if (total <= 0) return out;
  for (const key in counts) {
    if (!key.startsWith(prefix)) continue;
    const i = index.get(key.slice(prefix.length));
    if (i !== undefined) out[i] = Math.max(0, counts[key] ?? 0) / total;
  }
  return out;
}

const scales = new WeakMap<NgramVocabulary, { mean: Float64Array; sd: Float64Array }>();

/** Means and floored spreads as typed arrays, once per vocabulary: scoring z-scores many vectors. */
function scaleOf(vocabulary: NgramVocabulary) {
  let scale = scales.get(vocabulary);
  if (!scale) {
    const mean = Float64Array.from(vocabulary.grams, (_, i) => vocabulary.mean[i] ?? 0);
    const sd = mean.map((m, i) => Math.max(vocabulary.sd[i] ?? 0, SD_FLOOR_SHARE * m, 1e-6));
    scale = { mean, sd };
    scales.set(vocabulary, scale);
  }
  return scale;
}

/** The rates as z-scores against the background. */
export function zScores(rates: Float64Array, vocabulary: NgramVocabulary): Float64Array {
  const { mean, sd } = scaleOf(vocabulary);
  const out = new Float64Array(rates.length);
  for (let i = 0; i < rates.length; i++) out[i] = ((rates[i] ?? 0) - (mean[i] ?? 0)) / (sd[i] ?? 1);
  return out;
}

/** Cosine of two vectors, 0 when either is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The vocabulary n-grams of `counts` as vocabulary indexes and counts, with the group's total. */
export interface SparseNgrams {
  index: number[];
  counts: number[];
  total: number;
}

export function sparseNgrams(
  counts: Record<string, number>,
  group: NgramGroup,
  vocabulary: NgramVocabulary,
): SparseNgrams {
  const prefix = NGRAM_PREFIX[group];
  const lookup = indexOf(vocabulary);
  const out: SparseNgrams = { index: [], counts: [], total: counts[NGRAM_TOTAL[group]] ?? 0 };
  for (const key in counts) {
    if (!key.startsWith(prefix)) continue;
    const i = lookup.get(key.slice(prefix.length));
    if (i === undefined) continue;
    out.index.push(i);
    out.counts.push(Math.max(0, counts[key] ?? 0));
  }
  return out;
}
