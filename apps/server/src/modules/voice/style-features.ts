// The stylometric features compared between a text and a profile: rates computed from counts, so a
// 40-word post and a 4,000-word profile are on one scale. Each feature names its unit for people
// and a floor for its spread, used when the background corpus barely varies on it (emoji in novels).
import { FUNCTION_WORDS, PUNCTUATION, type StyleCounts } from './style-counts.js';

export interface StyleFeature {
  key: string;
  label: string;
  /** How a value is shown: "per 100 words", "words", "share of sentences", … */
  unit: string;
  /** Smallest standard deviation assumed when z-scoring. */
  sdFloor: number;
  group: 'function-words' | 'style';
  value(counts: StyleCounts): number;
}

const get = (counts: StyleCounts, key: string) => Math.max(0, counts[key] ?? 0);
const words = (c: StyleCounts) => Math.max(1, get(c, 'words'));
const sentences = (c: StyleCounts) => Math.max(1, get(c, 'sentences'));
const per100Words = (key: string) => (c: StyleCounts) => (100 * get(c, key)) / words(c);
const perSentence = (key: string) => (c: StyleCounts) => get(c, key) / sentences(c);

function meanSentenceLength(c: StyleCounts): number {
  return get(c, 'words') / sentences(c);
}

function sentenceLengthSd(c: StyleCounts): number {
  const mean = meanSentenceLength(c);
  return Math.sqrt(Math.max(0, get(c, 'sentenceWordsSq') / sentences(c) - mean * mean));
}

const functionWordFeatures: StyleFeature[] = FUNCTION_WORDS.map((word) => ({
  key: `fw:${word}`,
  label: `"${word}"`,
  unit: 'per 100 words',
  sdFloor: 0.3,
  group: 'function-words' as const,
  value: per100Words(`fw:${word}`),
}));

const style = (key: string, label: string, unit: string, sdFloor: number, value: StyleFeature['value']) =>
  ({ key, label, unit, sdFloor, group: 'style', value }) satisfies StyleFeature;

const styleFeatures: StyleFeature[] = [
  style('sentenceLength', 'sentence length', 'words on average', 2, meanSentenceLength),
  style(
    'sentenceLengthSd',
    'variation in sentence length',
    'words (standard deviation)',
    2,
    sentenceLengthSd,
  ),
  style(
    'shortSentences',
    'short sentences (8 words or fewer)',
    'share of sentences',
    0.05,
    perSentence('shortSentences'),
  ),
  style(
    'longSentences',
    'long sentences (25 words or more)',
    'share of sentences',
    0.05,
    perSentence('longSentences'),
  ),
  style('questions', 'questions', 'share of sentences', 0.05, perSentence('questions')),
  style('exclamations', 'exclamations', 'share of sentences', 0.05, perSentence('exclamations')),
  style('syllablesPerWord', 'syllables per word', 'syllables', 0.05, (c) => get(c, 'syllables') / words(c)),
  style('complexWords', 'long words (3+ syllables)', 'per 100 words', 1.5, per100Words('complexWords')),
  style('wordLength', 'word length', 'letters', 0.15, (c) => get(c, 'letters') / words(c)),
  style('contractions', 'contractions', 'per 100 words', 0.5, per100Words('contractions')),
  style('sentiment', 'sentiment', 'from -1 to 1 per sentence', 0.05, perSentence('sentiment')),
  style('emoji', 'emoji', 'per 100 words', 0.5, per100Words('emoji')),
  style('hashtags', 'hashtags', 'per 100 words', 0.5, per100Words('hashtags')),
  style('mentions', 'mentions', 'per 100 words', 0.5, per100Words('mentions')),
  style('urls', 'links', 'per 100 words', 0.3, per100Words('urls')),
  style('numbers', 'numbers', 'per 100 words', 0.5, per100Words('numbers')),
  style('allCaps', 'words in capitals', 'per 100 words', 0.3, per100Words('allCaps')),
  style('linesPerSentence', 'line breaks', 'lines per sentence', 0.1, (c) => get(c, 'lines') / sentences(c)),
  style(
    'paragraphLength',
    'paragraph length',
    'sentences per paragraph',
    0.5,
    (c) => get(c, 'sentences') / Math.max(1, get(c, 'paragraphs')),
  ),
  style(
    'listLines',
    'list lines',
    'share of lines',
    0.05,
    (c) => get(c, 'listLines') / Math.max(1, get(c, 'lines')),
  ),
  ...Object.keys(PUNCTUATION).map((name) =>
    style(
      `p:${name}`,
      `${name === 'parenthesis' ? 'parentheses' : `${name}s`}`,
      'per 100 words',
      0.3,
      per100Words(`p:${name}`),
    ),
  ),
];

export const STYLE_FEATURES: readonly StyleFeature[] = [...functionWordFeatures, ...styleFeatures];

/** Feature values of `counts`, keyed like STYLE_FEATURES. */
export function featureValues(counts: StyleCounts): Record<string, number> {
  return Object.fromEntries(STYLE_FEATURES.map((f) => [f.key, f.value(counts)]));
}
