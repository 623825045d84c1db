// Features of a post that platform guidance and engagement studies associate with reach: length
// against the platform's sweet spot, the kind of hook, a question to the reader, hashtags, white
// space and the posting time. Each is scaled to 0..1 so the baseline and the fitted model share them.
import { type Platform, platformLength } from '@brandwright/contracts';

export const FEATURE_NAMES = [
  'lengthFit',
  'hookQuestion',
  'hookNumber',
  'hookContrarian',
  'hookStory',
  'asksReader',
  'hashtagFit',
  'whiteSpace',
  'timeFit',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/**
 * Length sweet spots (platform length units; Medium in words): common guidance, e.g. X posts of
 * 70–140 characters, LinkedIn posts of 1,300–2,000 characters, Medium articles of ~7 minutes.
 */
export const SWEET_SPOT: Record<Platform, { min: number; max: number; words?: true }> = {
  x: { min: 70, max: 140 },
  bluesky: { min: 80, max: 220 },
  mastodon: { min: 100, max: 400 },
  linkedin: { min: 1300, max: 2000 },
  medium: { min: 1200, max: 2000, words: true },
};

/** Hashtag counts that help rather than read as spam, per platform (inclusive range). */
export const HASHTAG_RANGE: Record<Platform, [number, number]> = {
  x: [1, 2],
  bluesky: [0, 2],
  mastodon: [1, 4],
  linkedin: [3, 5],
  medium: [0, 0],
};

const NUMBER_START = /^\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const CONTRARIAN = /\b(unpopular opinion|stop|nobody|most people|myth|wrong|overrated|never)\b/i;
const STORY =
  /\b(i|we)\s+(was|were|had|spent|learned|made|lost|started|quit|built)\b|\b(last|years? ago|when i)\b/i;

function lengthFit(platform: Platform, text: string): number {
  const spot = SWEET_SPOT[platform];
  const length = spot.words ? text.split(/\s+/).filter(Boolean).length : platformLength(platform, text);
  if (length >= spot.min && length <= spot.max) return 1;
  // Falls off with the log-ratio: half the sweet spot's floor (or twice its ceiling) scores 0.5.
  const ratio = length < spot.min ? spot.min / Math.max(1, length) : length / spot.max;
  return Math.max(0, 1 - Math.log2(ratio) / 2);
}

function hashtagFit(platform: Platform, text: string): number {
  const count = (text.match(/(^|\s)#[\p{L}\p{N}_]+/gu) ?? []).length;
  const [lo, hi] = HASHTAG_RANGE[platform];
  if (count >= lo && count <= hi) return 1;
  return Math.max(0, 1 - (count < lo ? lo - count : count - hi) / 3);
}

/** Business hours on weekdays; a neutral 0.5 when no time is given. */
function timeFit(at: Date | undefined): number {
  if (!at) return 0.5;
  const weekday = at.getUTCDay() >= 1 && at.getUTCDay() <= 5;
  const hour = at.getUTCHours();
  const good = hour >= 8 && hour <= 17;
  return (weekday ? 0.6 : 0.2) + (good ? 0.4 : 0);
}

export function featuresOf(platform: Platform, text: string, hook: string, at?: Date): Features {
  const words = Math.max(1, text.split(/\s+/).filter(Boolean).length);
  const paragraphs = text.split(/\n\s*\n|\n/).filter((p) => p.trim()).length;
  return {
    lengthFit: lengthFit(platform, text),
    hookQuestion: hook.trim().endsWith('?') ? 1 : 0,
    hookNumber: NUMBER_START.test(hook) ? 1 : 0,
    hookContrarian: CONTRARIAN.test(hook) ? 1 : 0,
    hookStory: STORY.test(hook) ? 1 : 0,
    asksReader: /\?\s*(#[\p{L}\p{N}_]+\s*)*$/u.test(text.trim()) || /\?\s*\n/.test(text) ? 1 : 0,
    hashtagFit: hashtagFit(platform, text),
    // Paragraphs per 40 words, capped: walls of text lose readers on every platform.
    whiteSpace: Math.min(1, paragraphs / Math.max(1, words / 40)),
    timeFit: timeFit(at),
  };
}

export function featureVector(f: Features): number[] {
  return FEATURE_NAMES.map((name) => f[name]);
}
