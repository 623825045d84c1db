// The combined similarity of a text to a profile: character n-grams, syntax n-grams (function
// words and POS tags), function-word rates and the other style features, each compared as
// z-scores against the background by cosine, and weighed by weights chosen on the background
// corpus (reference-fit.ts). Texts and profiles are prepared once into z-score vectors, so
// comparing one text with many profiles (impostors) or many redraws of a text stays cheap.
import { cosine, ngramRates, zScores } from './ngram-similarity.js';
import type { Vocabularies } from './ngrams.js';
import type { StyleCounts } from './style-counts.js';
import type { Background } from './style-distance.js';
import { STYLE_FEATURES } from './style-features.js';

export interface SimilarityParts {
  char: number;
  syntax: number;
  functionWords: number;
  style: number;
}

export type SimilarityWeights = SimilarityParts;

export const SIMILARITY_PARTS = ['char', 'syntax', 'functionWords', 'style'] as const;

/** What scoring needs from the reference statistics. */
export interface ScoringBackground extends Background {
  vocabulary: Vocabularies;
  weights: SimilarityWeights;
}

/** A text's or profile's z-score vectors, computed once. */
export interface Prepared {
  counts: StyleCounts;
  char: Float64Array;
  syntax: Float64Array;
  functionWords: Float64Array;
  style: Float64Array;
}

const FUNCTION_WORD_FEATURES = STYLE_FEATURES.filter((f) => f.group === 'function-words');
const OTHER_FEATURES = STYLE_FEATURES.filter((f) => f.group === 'style');

function featureZ(counts: StyleCounts, features: typeof STYLE_FEATURES, background: Background) {
  return Float64Array.from(features, (f) => {
    const stats = background.features[f.key] ?? { mean: 0, sd: 1 };
    return (f.value(counts) - stats.mean) / Math.max(stats.sd, f.sdFloor);
  });
}

export function prepare(counts: StyleCounts, background: ScoringBackground): Prepared {
  const { char, syntax } = background.vocabulary;
  return prepareRates(
    counts,
    ngramRates(counts, 'char', char),
    ngramRates(counts, 'syntax', syntax),
    background,
  );
}

/** `prepare` with the n-gram rates already at hand (the interval's redraws build them directly). */
export function prepareRates(
  counts: StyleCounts,
  charRates: Float64Array,
  syntaxRates: Float64Array,
  background: ScoringBackground,
): Prepared {
  const { char, syntax } = background.vocabulary;
  return {
    counts,
    char: zScores(charRates, char),
    syntax: zScores(syntaxRates, syntax),
    functionWords: featureZ(counts, FUNCTION_WORD_FEATURES, background),
    style: featureZ(counts, OTHER_FEATURES, background),
  };
}

/** Cosine of each part's z-scores (for function words and style: 1 − Cosine Delta). */
export function partsOf(text: Prepared, profile: Prepared): SimilarityParts {
  return {
    char: cosine(text.char, profile.char),
    syntax: cosine(text.syntax, profile.syntax),
    functionWords: cosine(text.functionWords, profile.functionWords),
    style: cosine(text.style, profile.style),
  };
}

export function combine(parts: SimilarityParts, weights: SimilarityWeights): number {
  return SIMILARITY_PARTS.reduce((sum, part) => sum + parts[part] * weights[part], 0);
}

/** The weighted similarity: higher is more alike, 1 at most. */
export function similarityOf(text: Prepared, profile: Prepared, background: ScoringBackground): number {
  return combine(partsOf(text, profile), background.weights);
}
