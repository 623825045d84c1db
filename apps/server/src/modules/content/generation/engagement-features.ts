// Features of a post that platform guidance and engagement studies associate with reach: length
// against the platform's sweet spot, the kind of hook, a question to the reader, hashtags, white
// space and the posting time. Each is scaled to 0..1 so the baseline and the fitted model share them;
// the measurements behind them are kept so every explanation can state what it measured.
import { type Platform, platformLength } from '@brandwright/contracts';
import { type HookKind, hookKind } from './hook-kind.js';

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

/** A hashtag needs a letter: "#1 mistake" is a rank, not a tag. */
const HASHTAG = /(^|\s)#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+/gu;
/** Hashtags, emoji and spaces that may follow a closing question. */
const TRAILING_TAGS = /(?:\s|#[\p{L}\p{N}_]+|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/u;

/** What a post's features are computed from, kept so explanations can state what was measured. */
export interface PostMeasures {
  platform: Platform;
  /** In the platform's length units (characters as the platform counts them), words on Medium. */
  length: number;
  lengthUnit: 'characters' | 'words';
  hookKind: HookKind;
  /** The text's last sentence (hashtags and emoji after it aside) is a question. */
  asksReader: boolean;
  hashtags: number;
  /** Non-empty lines: each line break is a visual block on the platforms we post to. */
  lines: number;
  words: number;
  postedAt?: Date;
}

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
export const countHashtags = (text: string) => (text.match(HASHTAG) ?? []).length;

export function measurePost(platform: Platform, text: string, hook: string, at?: Date): PostMeasures {
  const words = countWords(text);
  const medium = SWEET_SPOT[platform].words === true;
  return {
    platform,
    length: medium ? words : platformLength(platform, text),
    lengthUnit: medium ? 'words' : 'characters',
    hookKind: hookKind(hook),
    asksReader: text.trim().replace(TRAILING_TAGS, '').endsWith('?'),
    hashtags: countHashtags(text),
    lines: text.split('\n').filter((line) => line.trim()).length,
    words,
    ...(at ? { postedAt: at } : {}),
  };
}

function lengthFit(m: PostMeasures): number {
  const spot = SWEET_SPOT[m.platform];
  if (m.length >= spot.min && m.length <= spot.max) return 1;
  // Falls off with the log-ratio: half the sweet spot's floor (or twice its ceiling) scores 0.5.
  const ratio = m.length < spot.min ? spot.min / Math.max(1, m.length) : m.length / spot.max;
  return Math.max(0, 1 - Math.log2(ratio) / 2);
}

/**
 * 1 inside the platform's range, falling by a third per hashtag above it. Below the range it is 0:
 * missing hashtags earn nothing (the old partial credit gave points to posts with none).
 */
function hashtagFit(m: PostMeasures): number {
  const [lo, hi] = HASHTAG_RANGE[m.platform];
  if (m.hashtags < lo) return 0;
  if (m.hashtags <= hi) return 1;
  return Math.max(0, 1 - (m.hashtags - hi) / 3);
}

export const BUSINESS_HOURS = { from: 8, to: 17 } as const;
export const isWeekday = (at: Date) => at.getUTCDay() >= 1 && at.getUTCDay() <= 5;
export const inBusinessHours = (at: Date) =>
  at.getUTCHours() >= BUSINESS_HOURS.from && at.getUTCHours() <= BUSINESS_HOURS.to;

/** Business hours on weekdays; a neutral 0.5 when no time is given. */
function timeFit(at: Date | undefined): number {
  if (!at) return 0.5;
  return (isWeekday(at) ? 0.6 : 0.2) + (inBusinessHours(at) ? 0.4 : 0);
}

/** Words a line may hold before white space starts to count against a post. */
export const WORDS_PER_LINE = 40;

export function featuresFromMeasures(m: PostMeasures): Features {
  const kind = m.hookKind;
  return {
    lengthFit: lengthFit(m),
    // One kind per hook: the points and the explanation name the same single kind.
    hookQuestion: kind === 'question' ? 1 : 0,
    hookNumber: kind === 'number' ? 1 : 0,
    hookContrarian: kind === 'contrarian' ? 1 : 0,
    hookStory: kind === 'story' ? 1 : 0,
    asksReader: m.asksReader ? 1 : 0,
    hashtagFit: hashtagFit(m),
    // Lines per 40 words, capped: walls of text lose readers on every platform.
    whiteSpace: Math.min(1, m.lines / Math.max(1, Math.max(1, m.words) / WORDS_PER_LINE)),
    timeFit: timeFit(m.postedAt),
  };
}

export function featuresOf(platform: Platform, text: string, hook: string, at?: Date): Features {
  return featuresFromMeasures(measurePost(platform, text, hook, at));
}

export function featureVector(f: Features): number[] {
  return FEATURE_NAMES.map((name) => f[name]);
}
