// The PublishedHistory port: the user's own published posts with how they performed, which the
// engagement model learns from. Analytics implements it (wired in composition/engagement-history.ts);
// `version` changes whenever new metrics land, so a fitted model is reused until then.
import type { Platform, RateDenominator } from '@brandwright/contracts';

export interface PublishedPost {
  platform: Platform;
  text: string;
  /** The post's opening line. */
  hook: string;
  publishedAt: Date;
  /** Reactions, comments, reposts and clicks together. */
  engagements: number;
  /** What the rate is divided by on this post: impressions, or followers at posting time. */
  denominator: RateDenominator;
  /** Impressions or followers, as `denominator` says. */
  base: number;
}

export interface PublishedHistory {
  /** The user's published posts on `platform` that have performance data, newest first. */
  postsWithPerformance(userId: string, platform: Platform): Promise<PublishedPost[]>;
  /** Changes whenever the user's performance data changes (the analytics cache version). */
  version(userId: string): Promise<string>;
}

/** For tests and deployments without analytics: nobody has a published history. */
export const noPublishedHistory: PublishedHistory = {
  async postsWithPerformance() {
    return [];
  },
  async version() {
    return '0';
  },
};
