// What a writer must know about the target platform, in words for the prompt: the hard limit (the
// contracts' PLATFORM_LIMITS, the numbers enforceLimits later fits to), the conventions that make a
// post read native there, and the length a good example of the user's writing has for it.
import { PLATFORM_LIMITS, PLATFORM_NAMES, type Platform } from '@brandwright/contracts';
import type { PostFormat } from '../port.js';

const UNITS: Record<Platform, string> = {
  x: 'characters as X counts them (a link counts as 23, an emoji as 2)',
  bluesky: 'characters',
  mastodon: 'characters (a link counts as 23)',
  linkedin: 'characters',
  medium: 'characters',
};

const CONVENTIONS: Record<Platform, string> = {
  linkedin:
    'The feed shows the first two lines before "see more", so the opening line must stand on its own. Short paragraphs separated by blank lines read best; 600 to 1,300 characters is the usual length.',
  x: 'A post is one thought, said plainly. A thread is a numbered series of posts ("1/4"), each readable on its own.',
  bluesky:
    'Conversational and plain; hashtags are rare. A thread is a numbered series of posts ("1/4"), each readable on its own.',
  mastodon:
    'Plain, friendly and never salesy. Hashtags are how posts are found there; write them in CamelCase (#OnCall) so screen readers can say them.',
  medium:
    'An article in Markdown: a "# " title line, an introduction, "## " section headings and a conclusion; 600 to 1,500 words reads best.',
};

/** Platforms where a long thought becomes a thread of short posts. */
export const THREAD_PLATFORMS: ReadonlySet<Platform> = new Set(['x', 'bluesky', 'mastodon']);

export const platformName = (platform: Platform) => PLATFORM_NAMES[platform];

/** The hard limit in words: "A post holds at most 280 characters as X counts them …". */
export function limitWords(platform: Platform, format: PostFormat): string {
  const { limit } = PLATFORM_LIMITS[platform];
  if (!Number.isFinite(limit)) return `${PLATFORM_NAMES[platform]} sets no length limit.`;
  const amount = `${limit.toLocaleString('en-US')} ${UNITS[platform]}`;
  if (format === 'thread') return `Each post of a thread holds at most ${amount}.`;
  return `A post holds at most ${amount}.`;
}

/** The platform's limit and conventions, one line each. */
export function platformLines(platform: Platform, format: PostFormat): string[] {
  return [limitWords(platform, format), CONVENTIONS[platform]];
}

/** How long the piece should be, for the request ("Length: …"); it starts with the hard limit. */
export function lengthWords(platform: Platform, format: PostFormat): string {
  const { limit } = PLATFORM_LIMITS[platform];
  if (format === 'article' || !Number.isFinite(limit))
    return 'about 600 to 1,500 words, in Markdown with a title and headings';
  const each = format === 'thread' ? ' per post of the thread' : '';
  const best = platform === 'linkedin' ? '; 600 to 1,300 reads best' : '';
  return `at most ${limit} ${UNITS[platform]}${each}${best}`;
}

/**
 * The lengths (in the platform's unit) a sample should have to show how the user writes for this
 * platform and format: short posts for X, longer ones for LinkedIn, long pieces for articles.
 */
export function sampleRange(platform: Platform, format: PostFormat): { min: number; max: number } {
  const { limit } = PLATFORM_LIMITS[platform];
  if (format === 'article' || !Number.isFinite(limit)) return { min: 1500, max: Number.POSITIVE_INFINITY };
  if (format === 'thread') return { min: 120, max: limit * 10 };
  if (platform === 'linkedin') return { min: 300, max: limit };
  return { min: 40, max: limit };
}
