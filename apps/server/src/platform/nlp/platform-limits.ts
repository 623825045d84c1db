// Post length as each platform counts it, and splitting long text into a numbered thread whose
// every part fits. X: weighted length (twitter-text: URLs 23, CJK/emoji 2). Bluesky: graphemes.
// Mastodon: code points with every URL counted as 23. LinkedIn: code points. Medium: no body limit.
import type { Platform } from '@brandwright/contracts';
import { graphemeCount, xWeightedLength } from './lengths.js';

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

const URL_PATTERN = /https?:\/\/\S+/g;
const MASTODON_URL_LENGTH = 23;

function mastodonLength(text: string): number {
  const withoutUrls = text.replace(URL_PATTERN, 'x'.repeat(MASTODON_URL_LENGTH));
  return [...withoutUrls].length;
}

export function platformLength(platform: Platform, text: string): number {
  if (platform === 'x') return xWeightedLength(text);
  if (platform === 'bluesky') return graphemeCount(text);
  if (platform === 'mastodon') return mastodonLength(text);
  return [...text].length;
}

export interface LengthCheck extends PlatformLimit {
  length: number;
  fits: boolean;
}

/** `limit` overrides the platform default (a Mastodon instance may allow more than 500). */
export function checkLength(
  platform: Platform,
  text: string,
  limit = PLATFORM_LIMITS[platform].limit,
): LengthCheck {
  const length = platformLength(platform, text);
  return { length, limit, unit: PLATFORM_LIMITS[platform].unit, fits: length <= limit };
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Pieces no part may split: sentences, or words and then graphemes of a sentence too long alone. */
function atoms(text: string, fits: (piece: string) => boolean): string[] {
  const out: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(text.replace(/\s+/g, ' ').trim())) {
    if (fits(segment)) out.push(segment);
    else
      for (const { segment: word } of wordSegmenter.segment(segment)) {
        if (fits(word)) out.push(word);
        else for (const { segment: g } of graphemeSegmenter.segment(word)) out.push(g);
      }
  }
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
 * Text that fits comes back as one unnumbered part.
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
