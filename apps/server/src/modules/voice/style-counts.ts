// Stylometric counts of one text. Counts (not rates) are kept because they add up: a profile is the
// weighted sum of its samples' counts, so adding or removing a sample never re-reads the others.
import { analyze, keyPhrasesOf, type Sentence, syllableCount } from '../../platform/nlp/index.js';
import { addNgrams, charNgrams, syntaxNgrams, type Vocabularies } from './ngrams.js';
import { shippedVocabulary } from './vocabulary.js';

/** Flat map of additive counts: "words", "fw:the", "p:comma", "kp:product team", … */
export type StyleCounts = Record<string, number>;

/** The most frequent English function words: the backbone of Burrows-style attribution. */
// biome-ignore format: one word list reads better packed
export const FUNCTION_WORDS = [
  'the', 'and', 'of', 'to', 'a', 'in', 'that', 'is', 'it', 'for', 'was', 'on', 'with', 'as', 'but',
  'be', 'at', 'by', 'this', 'have', 'not', 'are', 'from', 'or', 'i', 'you', 'we', 'my', 'our', 'your',
  'me', 'us', 'he', 'she', 'they', 'his', 'her', 'their', 'so', 'if', 'all', 'would', 'will', 'can',
  'just', 'very', 'what', 'which', 'there', 'been', 'an', 'more', 'one', 'about', 'when', 'do', 'no',
  'then', 'because', 'had', 'were', 'now', 'only', 'could', 'should', 'must', 'much', 'how', 'who',
] as const;

const FUNCTION_WORD_SET = new Set<string>(FUNCTION_WORDS);

export const PUNCTUATION: Record<string, RegExp> = {
  comma: /,/g,
  semicolon: /;/g,
  colon: /:(?!\/\/)/g,
  dash: /—|–|--| - /g,
  parenthesis: /\(/g,
  quote: /["“”]/g,
  ellipsis: /…|\.\.\./g,
};

const CONTRACTION = /^(n['’]t|['’](s|re|ve|ll|m|d))$/i;
const LIST_LINE = /^\s*([-*•▪➡→✅✔]|\d+[.)])\s+/u;
const SHORT_SENTENCE = 8;
const LONG_SENTENCE = 25;

function add(counts: StyleCounts, key: string, n = 1): void {
  counts[key] = (counts[key] ?? 0) + n;
}

function countSentence(counts: StyleCounts, sentence: Sentence): void {
  const words = sentence.tokens.filter((t) => t.kind === 'word' && !CONTRACTION.test(t.text));
  const n = words.length;
  if (n === 0) return;
  add(counts, 'sentences');
  add(counts, 'sentenceWordsSq', n * n);
  if (n <= SHORT_SENTENCE) add(counts, 'shortSentences');
  if (n >= LONG_SENTENCE) add(counts, 'longSentences');
  const end = sentence.text.trim().replace(/[\s"'”’)\p{Extended_Pictographic}]+$/u, '');
  if (end.endsWith('?')) add(counts, 'questions');
  if (end.endsWith('!')) add(counts, 'exclamations');
  add(counts, 'sentiment', sentence.sentiment);
  if (sentence.sentiment > 0.1) add(counts, 'positiveSentences');
  if (sentence.sentiment < -0.1) add(counts, 'negativeSentences');
}

const KIND_COUNTS: Partial<Record<string, string>> = {
  emoji: 'emoji',
  hashtag: 'hashtags',
  mention: 'mentions',
  url: 'urls',
  number: 'numbers',
};

function countWord(counts: StyleCounts, text: string): void {
  const word = text.toLowerCase();
  const syllables = syllableCount(word);
  add(counts, 'words');
  add(counts, 'letters', word.length);
  add(counts, 'syllables', syllables);
  if (syllables >= 3) add(counts, 'complexWords');
  if (text.length > 1 && text === text.toUpperCase() && /\p{L}/u.test(text)) add(counts, 'allCaps');
  if (FUNCTION_WORD_SET.has(word)) add(counts, `fw:${word}`);
}

function countTokens(counts: StyleCounts, sentences: Sentence[]): void {
  for (const token of sentences.flatMap((s) => s.tokens)) {
    if (token.kind === 'word' && CONTRACTION.test(token.text)) add(counts, 'contractions');
    else if (token.kind === 'word') countWord(counts, token.text);
    else {
      const key = KIND_COUNTS[token.kind];
      if (key) add(counts, key);
    }
  }
}

function countLayout(counts: StyleCounts, text: string): void {
  const lines = text.split('\n').filter((line) => line.trim().length > 0);
  add(counts, 'lines', lines.length);
  add(counts, 'paragraphs', text.split(/\n\s*\n/).filter((p) => p.trim().length > 0).length);
  add(counts, 'listLines', lines.filter((line) => LIST_LINE.test(line)).length);
  // URLs carry colons and slashes that are not the writer's punctuation.
  const prose = text.replace(/https?:\/\/\S+/g, ' ');
  for (const [name, pattern] of Object.entries(PUNCTUATION))
    add(counts, `p:${name}`, prose.match(pattern)?.length ?? 0);
}

const SENTENCE_END = /[.!?…:]["'”’)\]]*(?:\s|\p{Extended_Pictographic}|\uFE0F)*$/u;

/**
 * Paragraphs as a reader sees them: a blank line ends one, and so does a line break after a
 * sentence (LinkedIn-style posts break lines between paragraphs without blank lines). A line that
 * stops mid-sentence is hard wrapping and continues the paragraph.
 */
export function visibleParagraphs(text: string): number {
  let count = 0;
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim().length > 0);
    lines.forEach((line, i) => {
      if (i === lines.length - 1 || SENTENCE_END.test(line) || LIST_LINE.test(line)) count++;
    });
  }
  return count;
}

/** Per-post habits a writer recognises: does the post ask a question, does it end with one. */
function countPost(counts: StyleCounts, text: string, sentences: Sentence[]): void {
  // A closing line of hashtags, mentions or links is not where the writer's last sentence ends.
  const ends = sentences
    .filter((s) => s.tokens.some((t) => t.kind === 'word'))
    .map((s) =>
      s.text
        .trim()
        .replace(/(?:\s*(?:[#@][\p{L}\p{N}_]+|https?:\/\/\S+))+$/u, '')
        .replace(/(?:[\s"'”’)]|\p{Extended_Pictographic}|\uFE0F)+$/u, ''),
    );
  // Marks the counts below as measured: profiles learned before them lack every one of them.
  add(counts, 'postShapes');
  if (ends.some((e) => e.endsWith('?'))) add(counts, 'questionPosts');
  if (ends.at(-1)?.endsWith('?')) add(counts, 'questionEndings');
  add(counts, 'visibleParagraphs', visibleParagraphs(text));
}

const vocabularySets = new WeakMap<Vocabularies, { char: Set<string>; syntax: Set<string> }>();

function setsOf(vocabulary: Vocabularies) {
  let sets = vocabularySets.get(vocabulary);
  if (!sets) {
    sets = { char: new Set(vocabulary.char.grams), syntax: new Set(vocabulary.syntax.grams) };
    vocabularySets.set(vocabulary, sets);
  }
  return sets;
}

/** Counts of `text` with the shipped n-gram vocabulary; `texts` is 1 so sums also count the samples. */
export function styleCounts(text: string): StyleCounts {
  return countsWith(text, shippedVocabulary);
}

/** Counts of `text`, n-grams counted only when in `vocabulary` (the reference builder's choice). */
export function countsWith(text: string, vocabulary: Vocabularies): StyleCounts {
  const counts: StyleCounts = { texts: 1 };
  const { sentences } = analyze(text);
  for (const sentence of sentences) countSentence(counts, sentence);
  countTokens(counts, sentences);
  countLayout(counts, text);
  countPost(counts, text, sentences);
  const sets = setsOf(vocabulary);
  addNgrams(counts, charNgrams(text), 'char', sets.char);
  addNgrams(counts, syntaxNgrams(sentences, FUNCTION_WORD_SET), 'syntax', sets.syntax);
  for (const { phrase, count } of keyPhrasesOf(sentences, 8)) add(counts, `kp:${phrase}`, count);
  return counts;
}

const KEEP_PHRASES = 40;

/** `base + weight × delta`, dropping counts that fall to zero and all but the top key phrases. */
export function combineCounts(base: StyleCounts, delta: StyleCounts, weight: number): StyleCounts {
  const out: StyleCounts = { ...base };
  for (const [key, value] of Object.entries(delta)) {
    const next = (out[key] ?? 0) + weight * value;
    // Pruned phrases may be subtracted later: a phrase never goes below zero.
    if (Math.abs(next) < 1e-9 || (key.startsWith('kp:') && next < 0)) delete out[key];
    else out[key] = next;
  }
  const phrases = Object.entries(out)
    .filter(([key]) => key.startsWith('kp:'))
    .sort((a, b) => b[1] - a[1]);
  for (const [key, value] of phrases.slice(KEEP_PHRASES)) if (value > 0) delete out[key];
  return out;
}

/** Sum of many texts' counts with equal weight (reference corpus, bench profiles). */
export function sumCounts(all: StyleCounts[]): StyleCounts {
  return all.reduce((acc, counts) => combineCounts(acc, counts, 1), {} as StyleCounts);
}
