// Builds the background the score is measured against, from chunks of many reference writers:
// the n-gram vocabularies (the most frequent n-grams of the background), the mean and spread of
// every feature, the weights of the similarity parts and the calibration by length. Run by
// `npm run voice:reference`; the result ships as JSON.
import { createHash } from 'node:crypto';
import { analyze } from '../../platform/nlp/index.js';
import type { Calibration } from './calibration.js';
import { chunkText } from './chunking.js';
import { type StoredImpostor, storeImpostor } from './impostors.js';
import { ngramRates } from './ngram-similarity.js';
import {
  charNgrams,
  type NgramGroup,
  type NgramVocabulary,
  syntaxNgrams,
  type Vocabularies,
} from './ngrams.js';
import {
  calibrate,
  chooseWeights,
  firstProfiles,
  type ScoredText,
  scoreBackground,
} from './reference-fit.js';
import { countsWith, FUNCTION_WORDS, type StyleCounts } from './style-counts.js';
import type { FeatureStats } from './style-distance.js';
import { STYLE_FEATURES } from './style-features.js';
import type { ScoringBackground } from './voice-similarity.js';

export interface ReferenceAuthor {
  name: string;
  text: string;
}

/** Words per chunk for the background statistics: the length of a typical post. */
export const BACKGROUND_CHUNK_WORDS = 150;
/** Text length the weights are chosen at: a LinkedIn post. */
export const WEIGHTS_CHUNK_WORDS = 180;
/** Text lengths the score curve is fitted at. */
export const CALIBRATION_WORDS = [25, 50, 100, 200, 400];
/** Vocabulary sizes: enough n-grams for ~86% of the signal, few enough to keep profiles small. */
export const VOCABULARY_SIZE: Record<NgramGroup, number> = { char: 5000, syntax: 1500 };
/** Bump when styleCounts counts something new, so stored samples are recounted once. */
const FEATURES_REVISION = 2;

export interface ReferenceStats extends ScoringBackground {
  description: string;
  /** Changes whenever stored counts must be recounted: a new revision or a new vocabulary. */
  featuresVersion: string;
  authors: { name: string; chunks: number }[];
  /** Top-1 among the writers of one background half (cross-fitted) at WEIGHTS_CHUNK_WORDS words. */
  backgroundAccuracy: number;
  calibration: Calibration;
}

function stats(values: number[]): FeatureStats {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

const FUNCTION_WORD_SET = new Set<string>(FUNCTION_WORDS);

/** The `size` n-grams most frequent over all chunks. */
function topGrams(chunks: string[], group: NgramGroup, size: number): string[] {
  const totals = new Map<string, number>();
  for (const chunk of chunks) {
    const grams =
      group === 'char' ? charNgrams(chunk) : syntaxNgrams(analyze(chunk).sentences, FUNCTION_WORD_SET);
    for (const [gram, n] of grams) totals.set(gram, (totals.get(gram) ?? 0) + n);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([gram]) => gram);
}

const significant = (n: number) => Number(n.toPrecision(4));

/** Background mean and spread of each n-gram's rate over the chunks' counts. */
function vocabularyStats(grams: string[], counted: StyleCounts[], group: NgramGroup): NgramVocabulary {
  const bare = { grams, mean: [], sd: [] };
  const rates = counted.map((c) => ngramRates(c, group, bare));
  const columns = grams.map((_, i) => stats(rates.map((r) => r[i] ?? 0)));
  return { grams, mean: columns.map((s) => significant(s.mean)), sd: columns.map((s) => significant(s.sd)) };
}

function versionOf(vocabulary: Vocabularies): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([vocabulary.char.grams, vocabulary.syntax.grams]))
    .digest('hex');
  return `${FEATURES_REVISION}.${hash.slice(0, 12)}`;
}

function backgroundOf(authors: ReferenceAuthor[]) {
  const chunks = authors.map((a) => chunkText(a.text, BACKGROUND_CHUNK_WORDS));
  const grams = {
    char: topGrams(chunks.flat(), 'char', VOCABULARY_SIZE.char),
    syntax: topGrams(chunks.flat(), 'syntax', VOCABULARY_SIZE.syntax),
  };
  const bare: Vocabularies = {
    char: { grams: grams.char, mean: [], sd: [] },
    syntax: { grams: grams.syntax, mean: [], sd: [] },
  };
  const counted = chunks.map((texts) => texts.map((t) => countsWith(t, bare)));
  const all = counted.flat();
  const features = Object.fromEntries(STYLE_FEATURES.map((f) => [f.key, stats(all.map((c) => f.value(c)))]));
  const vocabulary: Vocabularies = {
    char: vocabularyStats(grams.char, all, 'char'),
    syntax: vocabularyStats(grams.syntax, all, 'syntax'),
  };
  return { features, vocabulary, chunks: counted.map((c) => c.length) };
}

export interface BuiltReference {
  reference: ReferenceStats;
  /** ~1,000-word profiles of the background writers, shipped apart (reference-impostors.json). */
  impostors: StoredImpostor[];
}

const EVEN = { char: 0.25, syntax: 0.25, functionWords: 0.25, style: 0.25 };

function countedAt(authors: ReferenceAuthor[], words: number, vocabulary: Vocabularies) {
  return authors.map((a) => chunkText(a.text, words).map((t) => countsWith(t, vocabulary)));
}

/**
 * Cross-fitting: vocabularies and statistics from one half of the writers, scores of the other
 * half. A writer's habits that made it into the vocabulary would otherwise flatter their own
 * similarity, and the curve would promise new writers more than it can keep.
 */
function crossScores(authors: ReferenceAuthor[]) {
  const halves = [0, 1].map((h) => authors.filter((_, i) => i % 2 === h));
  const post: ScoredText[] = [];
  const byLength: ScoredText[][] = CALIBRATION_WORDS.map(() => []);
  halves.forEach((fitOn, h) => {
    const scoredOn = halves[1 - h] ?? [];
    const { features, vocabulary } = backgroundOf(fitOn);
    const background: ScoringBackground = { features, vocabulary, weights: EVEN };
    post.push(...scoreBackground(countedAt(scoredOn, WEIGHTS_CHUNK_WORDS, vocabulary), background));
    CALIBRATION_WORDS.forEach((words, i) => {
      byLength[i]?.push(...scoreBackground(countedAt(scoredOn, words, vocabulary), background));
    });
  });
  return { post, byLength };
}

export function buildReference(authors: ReferenceAuthor[], description: string): BuiltReference {
  const { post, byLength } = crossScores(authors);
  const { weights, accuracy } = chooseWeights(post);
  const { features, vocabulary, chunks } = backgroundOf(authors);
  const background: ScoringBackground = { features, vocabulary, weights };
  const impostors = firstProfiles(countedAt(authors, WEIGHTS_CHUNK_WORDS, vocabulary)).map(
    ({ index, profile }) => storeImpostor(authors[index]?.name ?? String(index), profile, background),
  );
  const reference: ReferenceStats = {
    description,
    featuresVersion: versionOf(vocabulary),
    authors: authors.map((a, i) => ({ name: a.name, chunks: chunks[i] ?? 0 })),
    features,
    vocabulary,
    weights,
    backgroundAccuracy: Math.round(accuracy * 1000) / 1000,
    calibration: calibrate(byLength, weights),
  };
  return { reference, impostors };
}
