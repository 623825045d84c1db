// What each platform accepts as text, shared by the server (validation, generation, publishing)
// and the browser (live counters, the schedule preview) so that both always agree: post length as
// each platform counts it, its per-post limit, and splitting long text into a numbered thread whose
// every part fits. X: weighted length (twitter-text: URLs 23, CJK and emoji 2). Bluesky: graphemes.
// Mastodon: code points with every URL counted as 23. LinkedIn: code points. Medium: no body limit.
import twitterText from 'twitter-text';
import type { Platform } from './brand.js';

export type LengthUnit = 'weighted' | 'graphemes' | 'characters';

export interface PlatformLimit {
  limit: number;
  unit: LengthUnit;
}

export const PLATFORM_LIMITS: Record<Platform, PlatformLimit> = {
  x: { limit: 280, unit: 'weighted' },
  bluesky: { limit: 300, unit: 'graphemes' },
  mastodon: { limit: 500, unit: 'characters' },
  linkedin: { limit: 3000, unit: 'characters' },
  medium: { limit: Number.POSITIVE_INFINITY, unit: 'characters' },
};

/** Longer threads read as spam and hit per-user posting limits; shorten or publish as an article. */
export const MAX_THREAD_PARTS = 25;

// twitter-text is CommonJS: its named exports are only reachable through the default import.
const { parseTweet } = twitterText;

/** Length of `text` as X counts it against the 280 limit. */
export function xWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as a reader sees them: "👍🏽" and "é" (e + combining accent) count as one each. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

const URL_PATTERN = /https?:\/\/\S+/g;
const MASTODON_URL_LENGTH = 23;

export function platformLength(platform: Platform, text: string): number {
  if (platform === 'x') return xWeightedLength(text);
  if (platform === 'bluesky') return graphemeCount(text);
  if (platform === 'mastodon') return [...text.replace(URL_PATTERN, 'x'.repeat(MASTODON_URL_LENGTH))].length;
  return [...text].length;
}

/** The parts of a thread written part by part: paragraphs separated by blank lines, empty ones dropped. */
export function threadParts(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** A sentence too long for a part alone, as words, and words too long as graphemes. */
function brokenSentence(sentence: string, fits: (piece: string) => boolean): string[] {
  const out: string[] = [];
  for (const { segment: word } of wordSegmenter.segment(sentence)) {
    if (fits(word)) out.push(word);
    else for (const { segment: g } of graphemeSegmenter.segment(word)) out.push(g);
  }
  return out;
}

/** Pieces of one line no part may split: its sentences, or the pieces of a sentence too long alone. */
function lineAtoms(line: string, fits: (piece: string) => boolean): string[] {
  const out: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(line)) {
    // A list marker ("5. ") segments as a sentence of its own; it stays with its item.
    const marker = out.length === 1 && /^(?:\d+[.)]|[-•→*])\s*$/u.test(out[0] ?? '');
    if (marker && fits(`${out[0]}${segment}`)) out[0] = `${out[0]}${segment}`;
    else if (fits(segment)) out.push(segment);
    else out.push(...brokenSentence(segment, fits));
  }
  return out;
}

/**
 * The pieces of a text, line by line, each line's last piece carrying its line break: a list stays
 * one item per line and paragraphs stay apart when the pieces are packed back into parts.
 */
function atoms(text: string, fits: (piece: string) => boolean): string[] {
  const out: string[] = [];
  const lines = text.trim().split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    const pieces = line ? lineAtoms(line, fits) : [];
    const end = i < lines.length - 1 ? '\n' : '';
    if (pieces.length === 0) {
      if (out.length > 0) out[out.length - 1] += end;
      return;
    }
    pieces[pieces.length - 1] = `${(pieces.at(-1) ?? '').trimEnd()}${end}`;
    out.push(...pieces);
  });
  return out;
}

function pack(pieces: string[], fits: (part: string) => boolean): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current + piece;
    if (current && !fits(candidate.trim())) {
      parts.push(current.trim());
      current = piece;
    } else current = candidate;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/**
 * Splits `text` into the fewest parts that each fit, numbered " (i/n)" when there is more than one.
 * Text that fits comes back as one unnumbered part. `limit` overrides the platform's usual one (a
 * Mastodon instance may allow more than 500).
 */
export function splitIntoThread(
  platform: Platform,
  text: string,
  limit = PLATFORM_LIMITS[platform].limit,
): string[] {
  const trimmed = text.trim();
  if (platformLength(platform, trimmed) <= limit) return [trimmed];
  let count = 2;
  // The suffix length depends on the part count, which depends on the suffix: iterate to a fixed point.
  for (;;) {
    const suffix = ` (${count}/${count})`;
    const budget = (part: string) => platformLength(platform, part + suffix) <= limit;
    const parts = pack(atoms(trimmed, budget), budget);
    if (parts.length <= count) return parts.map((p, i) => `${p} (${i + 1}/${parts.length})`);
    count = parts.length;
  }
}

// PLATFORM_NAMES lives in brand.ts beside platformSchema: a page that only names platforms then
// does not load X's length rules (twitter-text) with this module. Re-exported for existing imports.
export { PLATFORM_NAMES } from './brand.js';
