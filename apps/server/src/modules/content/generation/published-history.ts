// The PublishedHistory port: the user's own published posts with how they performed, which the
// engagement model learns from. Publishing and analytics do not exist yet, so the only
// implementation says so honestly by having no posts; analytics will implement this port.
import type { Platform } from '@brandwright/contracts';

export interface PublishedPost {
  platform: Platform;
  text: string;
  /** The post's opening line. */
  hook: string;
  publishedAt: Date;
  impressions: number;
  /** Reactions, comments, reposts and clicks together. */
  engagements: number;
}

export interface PublishedHistory {
  /** The user's published posts on `platform` that have performance data, newest first. */
  postsWithPerformance(userId: string, platform: Platform): Promise<PublishedPost[]>;
}

/** Until publishing and analytics exist, nobody has a published history. */
export const noPublishedHistory: PublishedHistory = {
  async postsWithPerformance() {
    return [];
  },
};
