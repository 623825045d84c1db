// Post length as each platform counts it, computed in the browser while the user types. Mirrors the
// server's platform/nlp rules so the counter and the server's metadata agree: X weighted length
// (twitter-text), Bluesky graphemes, Mastodon with every URL as 23, LinkedIn characters; Medium has
// no body limit. Threads are counted part by part, parts separated by a blank line.
import type { ContentType, Platform } from '@brandwright/contracts';
import twitterText from 'twitter-text';

export interface LengthCount {
  platform: Platform;
  /** 1-based part number for threads; null for a single post. */
  part: number | null;
  length: number;
  limit: number | null;
  unit: 'weighted' | 'graphemes' | 'characters';
}

const LIMITS: Record<Platform, { limit: number | null; unit: LengthCount['unit'] }> = {
  x: { limit: 280, unit: 'weighted' },
  bluesky: { limit: 300, unit: 'graphemes' },
  mastodon: { limit: 500, unit: 'characters' },
  linkedin: { limit: 3000, unit: 'characters' },
  medium: { limit: null, unit: 'characters' },
};

const URL_PATTERN = /https?:\/\/\S+/g;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

export function platformLength(platform: Platform, text: string): number {
  if (platform === 'x') return twitterText.parseTweet(text).weightedLength;
  if (platform === 'bluesky') return graphemeCount(text);
  if (platform === 'mastodon') return [...text.replace(URL_PATTERN, 'x'.repeat(23))].length;
  return [...text].length;
}

/** Thread parts: paragraphs separated by one or more blank lines, empty ones dropped. */
export function threadParts(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Per-post lengths the user's connected accounts reported, where they differ (Mastodon instances). */
export type AccountLimits = Partial<Record<Platform, number>>;

/** One count per platform for a post, one per platform and part for a thread. */
export function countLengths(
  type: ContentType,
  platforms: readonly Platform[],
  text: string,
  accountLimits: AccountLimits = {},
): LengthCount[] {
  const parts = type === 'thread' ? threadParts(text) : [text];
  return platforms.flatMap((platform) =>
    parts.map((part, index) => ({
      platform,
      part: type === 'thread' ? index + 1 : null,
      length: platformLength(platform, part),
      unit: LIMITS[platform].unit,
      limit: LIMITS[platform].limit === null ? null : (accountLimits[platform] ?? LIMITS[platform].limit),
    })),
  );
}

export function isOverLimit(count: LengthCount): boolean {
  return count.limit !== null && count.length > count.limit;
}

/** Within 10 % of the limit: worth a warning before it is too long. */
export function isNearLimit(count: LengthCount): boolean {
  return count.limit !== null && !isOverLimit(count) && count.length >= count.limit * 0.9;
}
