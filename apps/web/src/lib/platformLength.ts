// The composer's live length counters: each part of a piece as its platform counts it
// (@brandwright/contracts' platformLength, the server's own rule), against the platform's usual
// per-post limit or the connected account's own. Threads are counted part by part.
import {
  type ContentType,
  type LengthUnit,
  PLATFORM_LIMITS,
  type Platform,
  platformLength,
  threadParts,
} from '@brandwright/contracts';

export { platformLength, threadParts };

export interface LengthCount {
  platform: Platform;
  /** 1-based part number for threads; null for a single post. */
  part: number | null;
  length: number;
  limit: number | null;
  unit: LengthUnit;
}

/** The per-post limit in the platform's unit (an account's own where it differs); null for Medium. */
export function limitFor(platform: Platform, accountLimit?: number): number | null {
  return platform === 'medium' ? null : (accountLimit ?? PLATFORM_LIMITS[platform].limit);
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
      unit: PLATFORM_LIMITS[platform].unit,
      limit: limitFor(platform, accountLimits[platform]),
    })),
  );
}

/** A length against its limit: a counter, or one part of a preview. */
type Measured = Pick<LengthCount, 'length' | 'limit'>;

export function isOverLimit(count: Measured): boolean {
  return count.limit !== null && count.length > count.limit;
}

/** Within 10 % of the limit: worth a warning before it is too long. */
export function isNearLimit(count: Measured): boolean {
  return count.limit !== null && !isOverLimit(count) && count.length >= count.limit * 0.9;
}
