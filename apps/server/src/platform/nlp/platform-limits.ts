// Post length against a platform's per-post limit. The rules themselves (how each platform counts,
// its limit, thread splitting) live in @brandwright/contracts, shared with the browser.
import { PLATFORM_LIMITS, type Platform, type PlatformLimit, platformLength } from '@brandwright/contracts';

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
