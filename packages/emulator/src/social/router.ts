// Routes /<platform>/… to the emulated platform that owns it. Each platform mirrors the real paths
// under its prefix: a client whose base URL is `${emulator}/x` cannot tell it from api.x.com.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleBluesky } from './bluesky/index.js';
import type { PlatformHandler } from './handler.js';
import { handleLinkedIn } from './linkedin/index.js';
import { handleMastodon } from './mastodon/index.js';
import { handleMedium } from './medium/index.js';
import type { SocialState } from './state.js';
import type { SocialPlatform } from './types.js';
import { handleX } from './x/index.js';

export type { PlatformHandler } from './handler.js';

/** Each emulated platform registers here. */
const PLATFORM_HANDLERS: Partial<Record<SocialPlatform, PlatformHandler>> = {
  bluesky: handleBluesky,
  linkedin: handleLinkedIn,
  mastodon: handleMastodon,
  medium: handleMedium,
  x: handleX,
};

export async function handleSocial(
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  url: URL,
): Promise<boolean> {
  const match = /^\/(linkedin|x|medium|bluesky|mastodon)(\/.*)?$/.exec(path);
  const handler = match && PLATFORM_HANDLERS[match[1] as SocialPlatform];
  if (!match || !handler) return false;
  return handler(state, req, res, match[2] ?? '/', url);
}
