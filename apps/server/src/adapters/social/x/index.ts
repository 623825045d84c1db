// The X (API v2) adapter: a SocialClient over x.com (consent) and api.x.com (everything else).
// Base URLs are configurable so the bundled emulator can stand in; plain http is accepted only for
// loopback hosts. Behaviour and the uncertain parts of X's contract: docs/platforms/x.md.
import { PLATFORM_LIMITS } from '@brandwright/contracts';
import { type HttpSettings, isLoopbackHttp } from '../http.js';
import type { PlatformLimits, SocialClient } from '../port.js';
import type { XContext } from './api.js';
import { authorizationUrl, exchangeCode, refresh, revoke } from './oauth.js';
import { deleteTweet, publish, X_MAX_MEDIA } from './publish.js';
import { accountMetrics, postMetrics, profile, recentPosts } from './reads.js';

export { X_SCOPES } from './oauth.js';

export const X_LIMITS: PlatformLimits = {
  maxLength: PLATFORM_LIMITS.x.limit,
  counting: PLATFORM_LIMITS.x.unit,
  maxMedia: X_MAX_MEDIA,
  threads: true,
  requiresTitle: false,
};

/** True when a base URL is http on loopback; throws for http anywhere else. */
function needsInsecure(urls: string[]): boolean {
  let insecure = false;
  for (const raw of urls) {
    const url = new URL(raw);
    if (url.protocol === 'https:') continue;
    if (!isLoopbackHttp(raw))
      throw new Error(`X base URL ${url.origin} must use https (plain http only on loopback)`);
    insecure = true;
  }
  return insecure;
}

export function createXClient(settings: {
  authUrl: string;
  apiUrl: string;
  http: HttpSettings;
}): SocialClient {
  const ctx: XContext = {
    authUrl: settings.authUrl.replace(/\/+$/, ''),
    apiUrl: settings.apiUrl.replace(/\/+$/, ''),
    http: settings.http,
    insecure: needsInsecure([settings.authUrl, settings.apiUrl]),
  };
  return {
    platform: 'x',
    connectMethod: 'oauth',
    refreshes: true,
    authorizationUrl: (request) => authorizationUrl(ctx, request),
    exchangeCode: (exchange) => exchangeCode(ctx, exchange),
    refresh: (tokens, _account, app) => refresh(ctx, tokens, app),
    revoke: (session, tokens, app) => revoke(ctx, session, tokens, app),
    profile: (session) => profile(ctx, session),
    limits: async () => X_LIMITS,
    publish: (session, post) => publish(ctx, session, post),
    delete: (session, postId) => deleteTweet(ctx, session, postId),
    postMetrics: (session, post) => postMetrics(ctx, session, post),
    accountMetrics: (session) => accountMetrics(ctx, session),
    recentPosts: (session, since) => recentPosts(ctx, session, since),
  };
}
