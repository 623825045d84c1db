// What a platform tells about the connected account's limits, kept with the connection so that
// publishing splits threads at the account's real length (a Mastodon instance may allow 5,000
// characters where the default is 500) without asking the platform again for every post.
import { isPlatformError, type Session, type SocialClient } from '../../adapters/social/index.js';
import type { PlatformsLog } from './platforms.context.js';

/** The per-post length the platform reports; null when it could not say (the default applies). */
export async function reportedPostLength(
  client: SocialClient,
  session: Session,
  log: PlatformsLog,
): Promise<number | null> {
  try {
    return (await client.limits(session)).maxLength;
  } catch (error) {
    // A connection is worth more than this detail: keep it, and split at the platform's default.
    const failure = isPlatformError(error) ? error.code : (error as Error).name;
    log.warn({ platform: client.platform, failure }, 'could not read the account limits');
    return null;
  }
}
