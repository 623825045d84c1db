// Routes a request on a platform's own origin to that emulated platform. Each platform mirrors the
// real paths at its root: a client whose base URL is the x origin cannot tell it from api.x.com.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http.js';
import { handleBluesky } from './bluesky/index.js';
import type { PlatformHandler } from './handler.js';
import { handleLinkedIn } from './linkedin/index.js';
import { handleMastodon } from './mastodon/index.js';
import { handleMedium } from './medium/index.js';
import type { SocialState } from './state.js';
import type { SocialPlatform } from './types.js';
import { handleX } from './x/index.js';

export type { PlatformHandler } from './handler.js';

const PLATFORM_HANDLERS: Record<SocialPlatform, PlatformHandler> = {
  bluesky: handleBluesky,
  linkedin: handleLinkedIn,
  mastodon: handleMastodon,
  medium: handleMedium,
  x: handleX,
};

/** What each platform answers for a path it does not serve. */
const NOT_FOUND: Record<SocialPlatform, (path: string) => unknown> = {
  linkedin: (path) => ({ status: 404, message: `Resource ${path} does not exist` }),
  x: () => ({ errors: [{ message: 'Sorry, that page does not exist', code: 34 }] }),
  medium: () => ({ errors: [{ message: 'Not found.', code: -1 }] }),
  bluesky: () => ({ error: 'NotFound', message: 'Not Found' }),
  mastodon: () => ({ error: 'Not Found' }),
};

export async function handleSocial(
  platform: SocialPlatform,
  state: SocialState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  url: URL,
): Promise<void> {
  if (await PLATFORM_HANDLERS[platform](state, req, res, path, url)) return;
  sendJson(res, 404, NOT_FOUND[platform](path));
}
