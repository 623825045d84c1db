// Metadata computed from a piece's text on every save: words, reading time, hashtags and mentions
// (twitter-text's extractors, the same rules X applies), and the length of the text as each target
// platform counts it against its limit (platform/nlp checkLength).
import type { ContentMetadata, ContentType, Platform } from '@brandwright/contracts';
import twitterText from 'twitter-text';
import { checkLength } from '../../platform/nlp/index.js';

// twitter-text is CommonJS: its named exports are only reachable through the default import.
const { extractHashtags, extractMentions } = twitterText;

export const WORDS_PER_MINUTE = 230;

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

export function wordCount(text: string): number {
  let count = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** Markdown without its markup, so URLs of links and formatting marks are not counted as words. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|`|\\)/g, '')
    .replace(/(^|\W)_(\S[^_]*\S|\S)_(?=\W|$)/g, '$1$2');
}

/** First-seen spelling of each item, compared case-insensitively (#AI and #ai are one hashtag). */
function uniqueInsensitive(items: string[]): string[] {
  const seen = new Map<string, string>();
  for (const item of items) if (!seen.has(item.toLowerCase())) seen.set(item.toLowerCase(), item);
  return [...seen.values()];
}

/** Threads are posted part by part (parts separated by blank lines): the longest part must fit. */
function postedParts(type: ContentType, text: string): string[] {
  if (type !== 'thread') return [text];
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 ? parts : [text];
}

function lengthOn(platform: Platform, parts: string[]) {
  const checks = parts.map((part) => checkLength(platform, part));
  const longest = checks.reduce((a, b) => (b.length > a.length ? b : a));
  return {
    length: longest.length,
    // JSON has no Infinity: an unlimited platform says null.
    limit: Number.isFinite(longest.limit) ? longest.limit : null,
    unit: longest.unit,
    fits: checks.every((c) => c.fits),
  };
}

/** `text` is the plain text (for articles, the Markdown rendition; its markup is ignored). */
export function computeMetadata(type: ContentType, text: string, platforms: Platform[]): ContentMetadata {
  const plain = type === 'article' ? markdownToPlainText(text) : text;
  const words = wordCount(plain);
  const parts = postedParts(type, plain);
  const perPlatform: ContentMetadata['perPlatform'] = {};
  for (const platform of platforms) perPlatform[platform] = lengthOn(platform, parts);
  return {
    wordCount: words,
    readingTimeMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    hashtags: uniqueInsensitive(extractHashtags(plain)),
    mentions: uniqueInsensitive(extractMentions(plain)),
    perPlatform,
  };
}
