// The Bluesky SocialClient: app-password sessions against the configured service (bsky.social by
// default) or the account's own PDS, and everything else through XRPC on that PDS. The client keeps
// no secrets: tokens arrive per call and rotated ones go back to the caller to persist.
import { PlatformError } from '../errors.js';
import type { HttpSettings } from '../http.js';
import type { PlatformLimits, SocialClient } from '../port.js';
import type { BlueskyContext } from './context.js';
import { rememberHandle } from './context.js';
import { deletePost, MAX_GRAPHEMES, publish } from './publish.js';
import { accountMetrics, postMetrics, profile, recentPosts } from './read.js';
import { createSession, deleteSession, refreshSession, tokenSet } from './session.js';

export interface BlueskySettings {
  /** Entryway or PDS used to log in; https://bsky.social by default. */
  serviceUrl?: string;
  /** Where post URLs point; https://bsky.app by default. */
  appUrl?: string;
  http: HttpSettings;
}

const LIMITS: PlatformLimits = {
  maxLength: MAX_GRAPHEMES,
  counting: 'graphemes',
  maxMedia: 4,
  threads: true,
  requiresTitle: false,
};

export function createBlueskyClient(settings: BlueskySettings): SocialClient {
  const ctx: BlueskyContext = {
    settings: settings.http,
    serviceUrl: (settings.serviceUrl ?? 'https://bsky.social').replace(/\/+$/, ''),
    appUrl: (settings.appUrl ?? 'https://bsky.app').replace(/\/+$/, ''),
    handles: new Map(),
  };
  return {
    platform: 'bluesky',
    connectMethod: 'app_password',
    refreshes: true,
    async loginWithSecret(login) {
      const { answer, account } = await createSession(ctx.settings, ctx.serviceUrl, login);
      rememberHandle(ctx, answer.did, answer.handle);
      return { tokens: tokenSet(answer), account };
    },
    async refresh(tokens, account) {
      if (!tokens.refreshToken)
        throw new PlatformError(
          'bluesky',
          'INVALID_GRANT',
          'No Bluesky refresh token; reconnect the account',
        );
      const answer = await refreshSession(
        ctx.settings,
        account.serverUrl ?? ctx.serviceUrl,
        tokens.refreshToken,
      );
      rememberHandle(ctx, answer.did, answer.handle);
      return tokenSet(answer);
    },
    async revoke(session, tokens) {
      if (tokens.refreshToken)
        await deleteSession(ctx.settings, session.account.serverUrl ?? ctx.serviceUrl, tokens.refreshToken);
    },
    profile: (session) => profile(ctx, session),
    limits: async () => LIMITS,
    publish: (session, post) => publish(ctx, session, post),
    delete: (session, postId) => deletePost(ctx, session, postId),
    postMetrics: (session, post) => postMetrics(ctx, session, post),
    accountMetrics: (session) => accountMetrics(ctx, session),
    recentPosts: (session, since) => recentPosts(ctx, session, since),
  };
}
