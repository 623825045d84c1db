// Deterministic, seeded engagement for emulated posts: numbers grow with the post's age and depend
// on hour, weekday, length, format, hashtags, questions and topic, so that analytics later finds
// real patterns (and tests get the same numbers every run).
import { unitHash } from './state.js';
import type { Account, EmulatedPost, SocialPlatform } from './types.js';

export interface Engagement {
  impressions: number;
  likes: number;
  comments: number;
  reposts: number;
  quotes: number;
  clicks: number;
  bookmarks: number;
}

/** Share of followers a typical post reaches, and the length (characters) that does best. */
const PLATFORM_SHAPE: Record<SocialPlatform, { reach: number; bestLength: number; rate: number }> = {
  linkedin: { reach: 0.3, bestLength: 1100, rate: 0.035 },
  x: { reach: 0.18, bestLength: 160, rate: 0.025 },
  medium: { reach: 0.5, bestLength: 5000, rate: 0.05 },
  bluesky: { reach: 0.35, bestLength: 200, rate: 0.045 },
  mastodon: { reach: 0.4, bestLength: 300, rate: 0.04 },
};

/** Audience attention by UTC hour: morning, lunch and early-evening peaks, quiet nights. */
export function hourFactor(hour: number): number {
  const peak = (center: number, width: number, height: number) =>
    height * Math.exp(-((hour - center) ** 2) / (2 * width ** 2));
  return 0.35 + peak(8.5, 1.5, 0.9) + peak(12.5, 1.2, 0.6) + peak(17.5, 1.5, 0.7);
}

export function weekdayFactor(day: number): number {
  return [0.6, 1.0, 1.18, 1.2, 1.12, 0.9, 0.55][day] ?? 1;
}

/** Best at the platform's sweet spot, falling off on a log scale either side. */
export function lengthFactor(platform: SocialPlatform, length: number): number {
  const distance = Math.log(Math.max(length, 1) / PLATFORM_SHAPE[platform].bestLength);
  return 0.45 + 0.75 * Math.exp(-(distance ** 2) / 1.2);
}

/** How much this account's audience cares about the post's words (stable per account and word). */
export function topicFactor(accountId: string, text: string): number {
  const words = [...new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? [])];
  if (words.length === 0) return 1;
  const mean = words.reduce((sum, word) => sum + unitHash(`${accountId}:${word}`), 0) / words.length;
  return 0.6 + 1.6 * mean;
}

function formatFactor(post: EmulatedPost): number {
  if (post.mediaIds.length > 0) return 1.3;
  if (post.format === 'thread_part') return post.replyToId ? 0.45 : 1.15;
  return 1;
}

/** Metrics of `post` as seen at `nowMs`. */
export function engagementAt(post: EmulatedPost, account: Account, nowMs: number): Engagement {
  const created = new Date(post.createdAt);
  const ageHours = Math.max(0, (nowMs - created.getTime()) / 3_600_000);
  const shape = PLATFORM_SHAPE[post.platform];
  const hashtags = (post.text.match(/#\w+/g) ?? []).length;
  const noise = 0.75 + 0.55 * unitHash(`${post.platform}:${post.id}`);
  const quality =
    hourFactor(created.getUTCHours()) *
    weekdayFactor(created.getUTCDay()) *
    lengthFactor(post.platform, post.text.length) *
    formatFactor(post) *
    topicFactor(account.id, `${post.title ?? ''} ${post.text}`) *
    (hashtags >= 1 && hashtags <= 3 ? 1.1 : hashtags > 5 ? 0.8 : 1) *
    noise;
  const growth = 1 - Math.exp(-ageHours / 6);
  const impressions = Math.round(account.followers * shape.reach * quality * growth);
  const likes = Math.round(impressions * shape.rate * Math.min(quality, 2));
  const asks = post.text.includes('?') ? 2 : 1;
  return {
    impressions,
    likes,
    comments: Math.round(likes * 0.1 * asks),
    reposts: Math.round(likes * 0.08),
    quotes: Math.round(likes * 0.02),
    clicks: /https?:\/\//.test(post.text) ? Math.round(impressions * 0.012) : 0,
    bookmarks: Math.round(likes * 0.05),
  };
}

/** Followers grow a little with every post that found an audience. */
export function followersAt(account: Account, posts: EmulatedPost[], nowMs: number): number {
  const gained = posts.reduce((sum, post) => sum + engagementAt(post, account, nowMs).likes * 0.02, 0);
  return account.followers + Math.floor(gained);
}
