// The Mastodon SocialClient: one adapter for every instance. Apps are registered per instance (the
// caller caches them), accounts connect by OAuth with PKCE, and every call goes to the instance in
// Session.account.serverUrl. Tokens never expire, so there is no refresh.
import type { HttpSettings } from '../http.js';
import type { SocialClient } from '../port.js';
import type { MastodonContext } from './api.js';
import { authorizationUrl, exchangeCode, registerApp, revoke } from './oauth.js';
import { deleteStatus, type MediaPolling, publish } from './publish.js';
import { accountMetrics, limits, postMetrics, profile, recentPosts } from './read.js';

export interface MastodonSettings {
  /** Shown to users on the instance's consent page and under posts. */
  clientName: string;
  website?: string;
  http: HttpSettings;
  /** How media still being processed is awaited; defaults to 250 ms doubling, up to 60 s. */
  mediaPolling?: MediaPolling;
}

export function createMastodonClient(settings: MastodonSettings): SocialClient {
  const ctx: MastodonContext = {
    settings: settings.http,
    clientName: settings.clientName,
    website: settings.website,
    instances: new Map(),
  };
  const polling = settings.mediaPolling ?? { intervalMs: 250, timeoutMs: 60_000 };
  return {
    platform: 'mastodon',
    connectMethod: 'instance_oauth',
    refreshes: false,
    registerApp: (serverUrl, redirectUri) => registerApp(ctx, serverUrl, redirectUri),
    authorizationUrl,
    exchangeCode: (exchange) => exchangeCode(ctx, exchange),
    revoke: (session, tokens, app) => revoke(ctx, session, tokens, app),
    profile: (session) => profile(ctx, session),
    limits: (session) => limits(ctx, session),
    publish: (session, post) => publish(ctx, session, post, polling),
    delete: (session, postId) => deleteStatus(ctx, session, postId),
    postMetrics: (session, post) => postMetrics(ctx, session, post),
    accountMetrics: (session) => accountMetrics(ctx, session),
    recentPosts: (session, since) => recentPosts(ctx, session, since),
  };
}
